import type { FamilyAssessmentContent } from './family-assessment.schema.js';

interface Row {
  personId: string | null;
  domain: string;
  field: string;
  from: string;
  to: string;
  changed: boolean;
}

const row = (personId: string | null, domain: string, field: string, from: string, to: string): Row => ({
  personId,
  domain,
  field,
  from,
  to,
  changed: from !== to,
});

/**
 * FCA-1: two versions side by side, per member per domain per field, then the family-level fields
 * and the needs (matched by their stable id, with their priority).
 */
export function compareRows(a: FamilyAssessmentContent, b: FamilyAssessmentContent, domains: readonly string[]): Row[] {
  const rows: Row[] = [];
  const personIds = [...new Set([...a.members, ...b.members].map((m) => m.personId))];
  for (const personId of personIds) {
    const ma = a.members.find((m) => m.personId === personId);
    const mb = b.members.find((m) => m.personId === personId);
    for (const domain of domains) {
      const da = ma?.domains.find((d) => d.domain === domain);
      const db = mb?.domains.find((d) => d.domain === domain);
      if (!da && !db) continue;
      for (const field of ['strengths', 'needs', 'evidence'] as const) rows.push(row(personId, domain, field, da?.[field] ?? '', db?.[field] ?? ''));
    }
  }
  rows.push(row(null, 'family', 'protectiveFactors', a.protectiveFactors, b.protectiveFactors));
  rows.push(row(null, 'family', 'naturalSupports', a.naturalSupports, b.naturalSupports));
  rows.push(row(null, 'family', 'familyResponse', a.sharing.familyResponse, b.sharing.familyResponse));
  const needIds = [...new Set([...a.needs, ...b.needs].map((n) => n.id))];
  const describe = (list: FamilyAssessmentContent['needs'], id: string) => {
    const i = list.findIndex((n) => n.id === id);
    return i < 0 ? '' : `${i + 1}. ${list[i]!.text}`;
  };
  for (const id of needIds) rows.push(row(null, 'needs', id, describe(a.needs, id), describe(b.needs, id)));
  return rows;
}
