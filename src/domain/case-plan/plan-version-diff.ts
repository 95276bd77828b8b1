// PLAN-5, PLAN-6: what changed between two kept versions of a plan's objectives, for the review
// screen and the version history. Objectives keep their id across versions, so matching is by id;
// every id of either version lands in exactly one category.

export type ObjectiveStatus = 'open' | 'achieved' | 'dropped';

export interface VersionedObjective {
  id: string;
  text: string;
  measure: string;
  targetDate: string | null;
  status: ObjectiveStatus;
  needIds: readonly string[];
}

export const objectiveFields = ['text', 'measure', 'targetDate', 'status', 'needIds'] as const;
export type ObjectiveField = (typeof objectiveFields)[number];

/** One field's old and new value, typed by the field. */
export type FieldChange = { [F in ObjectiveField]: { field: F; before: VersionedObjective[F]; after: VersionedObjective[F] } }[ObjectiveField];

export interface ObjectiveChange {
  id: string;
  before: VersionedObjective;
  after: VersionedObjective;
  /** In `objectiveFields` order; for an achieved or dropped objective, the status change and any other edit. */
  changes: FieldChange[];
}

export interface DroppedObjective {
  id: string;
  /** The objective as last seen: the new version when it was marked dropped, the old one when removed. */
  objective: VersionedObjective;
  /** True when the objective is missing from the new version rather than marked dropped. */
  removed: boolean;
  /** Field changes when marked dropped; empty when removed. */
  changes: FieldChange[];
}

export interface PlanVersionDiff {
  /** In the new version only, in its order. */
  added: VersionedObjective[];
  /** Edited without becoming achieved or dropped (reopening counts here). */
  changed: ObjectiveChange[];
  /** Became achieved in the new version. */
  achieved: ObjectiveChange[];
  /** Became dropped, or left out of the new version. */
  dropped: DroppedObjective[];
  unchanged: number;
}

// Need ids are a set: the order they were picked in is not a change to the plan.
const sameNeeds = (a: readonly string[], b: readonly string[]) => {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((id) => right.has(id));
};

/** Which fields differ between two versions of one objective, with their old and new values. */
export function objectiveChanges(before: VersionedObjective, after: VersionedObjective): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of objectiveFields) {
    const differs = field === 'needIds' ? !sameNeeds(before.needIds, after.needIds) : before[field] !== after[field];
    if (differs) changes.push({ field, before: before[field], after: after[field] } as FieldChange);
  }
  return changes;
}

function byId(objectives: readonly VersionedObjective[], which: string): Map<string, VersionedObjective> {
  const map = new Map<string, VersionedObjective>();
  for (const objective of objectives) {
    if (map.has(objective.id)) throw new RangeError(`objective ${objective.id} appears twice in the ${which} version`);
    map.set(objective.id, objective);
  }
  return map;
}

/**
 * PLAN-5: the differences from one plan version to the next. Objectives of the new version come
 * first, in its order; objectives removed from it follow as dropped, in the old version's order.
 * An objective already dropped or achieved that stays so is not "dropped" or "achieved" again: it
 * is unchanged, or changed if edited.
 */
export function diffPlanVersions(previous: readonly VersionedObjective[], next: readonly VersionedObjective[]): PlanVersionDiff {
  const old = byId(previous, 'previous');
  byId(next, 'next');
  const diff: PlanVersionDiff = { added: [], changed: [], achieved: [], dropped: [], unchanged: 0 };
  for (const after of next) {
    const before = old.get(after.id);
    if (!before) {
      diff.added.push(after);
      continue;
    }
    const changes = objectiveChanges(before, after);
    const becameAchieved = after.status === 'achieved' && before.status !== 'achieved';
    const becameDropped = after.status === 'dropped' && before.status !== 'dropped';
    if (becameAchieved) diff.achieved.push({ id: after.id, before, after, changes });
    else if (becameDropped) diff.dropped.push({ id: after.id, objective: after, removed: false, changes });
    else if (changes.length > 0) diff.changed.push({ id: after.id, before, after, changes });
    else diff.unchanged += 1;
  }
  const kept = new Set(next.map((o) => o.id));
  for (const before of previous) {
    if (!kept.has(before.id)) diff.dropped.push({ id: before.id, objective: before, removed: true, changes: [] });
  }
  return diff;
}

/** True when the two versions have no difference at all. */
export const isEmptyDiff = (diff: PlanVersionDiff): boolean =>
  diff.added.length === 0 && diff.changed.length === 0 && diff.achieved.length === 0 && diff.dropped.length === 0;
