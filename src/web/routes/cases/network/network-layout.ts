import type { NetworkMember, Relationship } from '../../../api/case-network';

/**
 * Where each person sits in the genogram and the ecomap (ENG-1). Pure, so it is tested without a
 * browser: generations come from the recorded relationships (parent_of, grandparent_of, …) starting
 * from the children; the ecomap puts the household in the middle and everyone else around it.
 */

export type Shape = 'square' | 'circle' | 'diamond';

export interface GenogramNode {
  member: NetworkMember;
  x: number;
  y: number;
  shape: Shape;
  generation: number;
}

export interface GenogramLine {
  from: string;
  to: string;
  kind: 'parent' | 'partner' | 'sibling';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export const NODE_SIZE = 44;
const COLUMN = 150;
const ROW = 140;
const MARGIN = 40;

/** Age in whole years on `today` (YYYY-MM-DD); the browser's copy of the domain's `ageOn` (src/domain/investigation/household.ts), without its Temporal polyfill. */
export function ageOn(member: Pick<NetworkMember, 'dateOfBirth' | 'approximateAge'>, today: string): number | null {
  if (member.dateOfBirth) {
    const [y, m, d] = member.dateOfBirth.split('-').map(Number) as [number, number, number];
    const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
    return ty - y - (tm < m || (tm === m && td < d) ? 1 : 0);
  }
  return member.approximateAge;
}

const shapeOf = (sex: NetworkMember['sex']): Shape => (sex === 'male' ? 'square' : sex === 'female' ? 'circle' : 'diamond');

/** Generation offsets a relationship implies: `personId` is `kind` of `relatedPersonId`. */
const offsets: Partial<Record<Relationship['kind'], number>> = {
  parent_of: -1,
  child_of: 1,
  grandparent_of: -2,
  grandchild_of: 2,
  sibling_of: 0,
  partner_of: 0,
};

/** Spreads generations along the relationships until nothing changes (each pass settles at least one). */
function spread(generation: Map<string, number>, relationships: Relationship[], limit: number) {
  for (let pass = 0; pass <= limit; pass += 1) {
    let changed = false;
    for (const r of relationships) {
      const offset = offsets[r.kind];
      if (offset === undefined) continue;
      const a = generation.get(r.personId);
      const b = generation.get(r.relatedPersonId);
      if (a === undefined && b !== undefined) {
        generation.set(r.personId, b + offset);
        changed = true;
      } else if (b === undefined && a !== undefined) {
        generation.set(r.relatedPersonId, a - offset);
        changed = true;
      }
    }
    if (!changed) return;
  }
}

const isChild = (m: NetworkMember, today: string) => {
  const age = ageOn(m, today);
  return (age !== null && age < 18) || m.role === 'alleged_victim';
};

/**
 * The relationships to draw: those recorded, and for a parent the report found in the home, a line to
 * each child in the home that no recorded relationship already joins them to (the report says who is a
 * parent in the household, not of whom, so the household's children are theirs unless recorded otherwise).
 */
export function drawnRelationships(members: NetworkMember[], relationships: Relationship[], today: string): Relationship[] {
  const joined = new Set(relationships.flatMap((r) => [`${r.personId}|${r.relatedPersonId}`, `${r.relatedPersonId}|${r.personId}`]));
  const implied: Relationship[] = [];
  for (const parent of members.filter((m) => m.role === 'parent' && m.livesInHome === true)) {
    for (const child of members.filter((m) => m.livesInHome === true && isChild(m, today))) {
      if (!joined.has(`${parent.personId}|${child.personId}`)) implied.push({ personId: parent.personId, relatedPersonId: child.personId, kind: 'parent_of' });
    }
  }
  return [...relationships, ...implied];
}

/** Generation of each person: the children are 0, their parents −1, grandparents −2. */
export function generations(members: NetworkMember[], relationships: Relationship[], today: string): Map<string, number> {
  const generation = new Map<string, number>();
  for (const m of members) if (isChild(m, today)) generation.set(m.personId, 0);
  spread(generation, relationships, members.length);
  // A parent no relationship reaches is still the children's generation's parent; then spread again.
  for (const m of members) if (!generation.has(m.personId) && m.role === 'parent') generation.set(m.personId, -1);
  spread(generation, relationships, members.length);
  for (const m of members) if (!generation.has(m.personId)) generation.set(m.personId, -1);
  return generation;
}

const sideOrder = (m: NetworkMember) => (m.side === 'maternal' ? 0 : m.side === 'paternal' ? 2 : 1);

/** The genogram: everyone but the natural supports, one row per generation, maternal side left. */
export function genogramLayout(members: NetworkMember[], recorded: Relationship[], today: string) {
  const family = members.filter((m) => m.role !== 'natural_support');
  const relationships = drawnRelationships(family, recorded, today);
  const generation = generations(family, relationships, today);
  const rows = [...new Set(family.map((m) => generation.get(m.personId)!))].sort((a, b) => a - b);
  const widest = Math.max(1, ...rows.map((g) => family.filter((m) => generation.get(m.personId) === g).length));
  const width = widest * COLUMN + MARGIN * 2;
  const nodes: GenogramNode[] = [];
  rows.forEach((g, rowIndex) => {
    const row = family
      .filter((m) => generation.get(m.personId) === g)
      .sort((a, b) => sideOrder(a) - sideOrder(b) || Number(b.livesInHome ?? false) - Number(a.livesInHome ?? false) || a.firstName.localeCompare(b.firstName));
    const offset = (width - row.length * COLUMN) / 2;
    row.forEach((member, i) => {
      nodes.push({ member, x: offset + i * COLUMN + COLUMN / 2, y: MARGIN + rowIndex * ROW + NODE_SIZE / 2, shape: shapeOf(member.sex), generation: g });
    });
  });
  const at = new Map(nodes.map((n) => [n.member.personId, n]));
  const lines: GenogramLine[] = [];
  for (const r of relationships) {
    const a = at.get(r.personId);
    const b = at.get(r.relatedPersonId);
    if (!a || !b) continue;
    if (r.kind === 'partner_of' || r.kind === 'sibling_of') {
      lines.push({ from: r.personId, to: r.relatedPersonId, kind: r.kind === 'partner_of' ? 'partner' : 'sibling', x1: a.x, y1: a.y, x2: b.x, y2: b.y });
    } else if (offsets[r.kind] !== undefined) {
      const [parent, child] = a.generation < b.generation ? [a, b] : [b, a];
      lines.push({
        from: parent.member.personId,
        to: child.member.personId,
        kind: 'parent',
        x1: parent.x,
        y1: parent.y + NODE_SIZE / 2,
        x2: child.x,
        y2: child.y - NODE_SIZE / 2,
      });
    }
  }
  return { width, height: MARGIN * 2 + rows.length * ROW - (ROW - NODE_SIZE) + 30, nodes, lines };
}

export interface EcomapNode {
  member: NetworkMember;
  x: number;
  y: number;
}

export const ECOMAP_SIZE = 560;
export const HOUSEHOLD_RADIUS = 80;

/** The ecomap: the household in the middle, every other member around it, joined by their tie. */
export function ecomapLayout(members: NetworkMember[]) {
  const centre = ECOMAP_SIZE / 2;
  const household = members.filter((m) => m.livesInHome === true);
  const around = members.filter((m) => m.livesInHome !== true);
  const radius = centre - 70;
  const nodes: EcomapNode[] = around.map((member, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, around.length);
    return { member, x: centre + radius * Math.cos(angle), y: centre + radius * Math.sin(angle) };
  });
  return { size: ECOMAP_SIZE, centre, household, nodes };
}
