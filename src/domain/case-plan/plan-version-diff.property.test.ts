import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffPlanVersions, type PlanVersionDiff, type VersionedObjective } from './plan-version-diff.js';

// Small value sets, so two versions often share objectives and often differ in one field only.
const anyFields = fc.record({
  text: fc.constantFrom('bedtime by 8', 'school every day'),
  measure: fc.constantFrom('log', 'report'),
  targetDate: fc.constantFrom(null, '2026-06-30', '2026-09-30'),
  status: fc.constantFrom<VersionedObjective['status']>('open', 'achieved', 'dropped'),
  needIds: fc.shuffledSubarray(['n1', 'n2', 'n3']),
});
const anyVersion: fc.Arbitrary<VersionedObjective[]> = fc
  .uniqueArray(fc.constantFrom('o1', 'o2', 'o3', 'o4', 'o5', 'o6'), { maxLength: 6 })
  .chain((ids) => fc.tuple(...ids.map((id) => anyFields.map((fields) => ({ id, ...fields })))));

const idsIn = (diff: PlanVersionDiff) => ({
  added: diff.added.map((o) => o.id),
  changed: diff.changed.map((o) => o.id),
  achieved: diff.achieved.map((o) => o.id),
  dropped: diff.dropped.map((o) => o.id),
});

describe('plan version diff properties (PLAN-5)', () => {
  it('a version compared with itself, or with a copy, has no differences', () => {
    fc.assert(
      fc.property(anyVersion, (version) => {
        expect(diffPlanVersions(version, structuredClone(version))).toEqual({ added: [], changed: [], achieved: [], dropped: [], unchanged: version.length });
      }),
    );
  });

  it('every objective id of either version is in exactly one category', () => {
    fc.assert(
      fc.property(anyVersion, anyVersion, (previous, next) => {
        const diff = diffPlanVersions(previous, next);
        const listed = Object.values(idsIn(diff)).flat();
        const all = new Set([...previous, ...next].map((o) => o.id));
        expect(new Set(listed).size).toBe(listed.length);
        expect(listed.length + diff.unchanged).toBe(all.size);
        for (const id of listed) expect(all.has(id)).toBe(true);
      }),
    );
  });

  it('swapping the versions turns additions into removals and removals into additions', () => {
    fc.assert(
      fc.property(anyVersion, anyVersion, (a, b) => {
        const forward = diffPlanVersions(a, b);
        const backward = diffPlanVersions(b, a);
        const removed = (diff: PlanVersionDiff) => diff.dropped.filter((d) => d.removed).map((d) => d.id);
        expect(forward.added.map((o) => o.id).sort()).toEqual(removed(backward).sort());
        expect(removed(forward).sort()).toEqual(backward.added.map((o) => o.id).sort());
        expect(forward.unchanged).toBe(backward.unchanged);
      }),
    );
  });

  it('a changed objective has at least one field change, and each change is real', () => {
    fc.assert(
      fc.property(anyVersion, anyVersion, (previous, next) => {
        const diff = diffPlanVersions(previous, next);
        for (const entry of [...diff.changed, ...diff.achieved]) {
          expect(entry.changes.length).toBeGreaterThan(0);
          for (const change of entry.changes) expect(change.before).not.toEqual(change.after);
        }
        for (const entry of diff.achieved) expect(entry.after.status).toBe('achieved');
        for (const entry of diff.dropped) expect(entry.removed || entry.objective.status === 'dropped').toBe(true);
      }),
    );
  });
});
