import { describe, expect, it } from 'vitest';
import { diffPlanVersions, isEmptyDiff, type VersionedObjective } from './plan-version-diff.js';

const objective = (id: string, change: Partial<VersionedObjective> = {}): VersionedObjective => ({
  id,
  text: `Objective ${id}`,
  measure: 'Seen at each monthly visit',
  targetDate: '2026-06-30',
  status: 'open',
  needIds: ['need-school', 'need-dental'],
  ...change,
});

describe('diffPlanVersions (PLAN-5, PLAN-6)', () => {
  // The six-month review of the Rivera plan.
  const first = [objective('bedtime'), objective('school'), objective('dentist'), objective('anger'), objective('housing', { status: 'dropped' })];
  const review = [
    objective('bedtime', { needIds: ['need-dental', 'need-school'] }), // same needs, other order
    objective('school', { measure: 'Attendance report shows 95 % of days', targetDate: '2026-09-30' }),
    objective('dentist', { status: 'achieved' }),
    objective('housing', { status: 'dropped' }),
    objective('transport'),
    // 'anger' is left out of the new version
  ];
  const diff = diffPlanVersions(first, review);

  it('sorts each objective into one category', () => {
    expect(diff.added.map((o) => o.id)).toEqual(['transport']);
    expect(diff.changed.map((o) => o.id)).toEqual(['school']);
    expect(diff.achieved.map((o) => o.id)).toEqual(['dentist']);
    expect(diff.dropped.map((o) => [o.id, o.removed])).toEqual([['anger', true]]);
    expect(diff.unchanged).toBe(2); // bedtime (needs reordered only) and housing (still dropped)
  });

  it('names each changed field with its old and new value', () => {
    expect(diff.changed[0].changes).toEqual([
      { field: 'measure', before: 'Seen at each monthly visit', after: 'Attendance report shows 95 % of days' },
      { field: 'targetDate', before: '2026-06-30', after: '2026-09-30' },
    ]);
    expect(diff.achieved[0].changes).toEqual([{ field: 'status', before: 'open', after: 'achieved' }]);
  });

  it('an objective marked dropped is dropped, not removed, and keeps its other edits', () => {
    const dropped = diffPlanVersions([objective('anger')], [objective('anger', { status: 'dropped', text: 'Replaced by the family team' })]);
    expect(dropped.dropped).toEqual([
      {
        id: 'anger',
        objective: objective('anger', { status: 'dropped', text: 'Replaced by the family team' }),
        removed: false,
        changes: [
          { field: 'text', before: 'Objective anger', after: 'Replaced by the family team' },
          { field: 'status', before: 'open', after: 'dropped' },
        ],
      },
    ]);
  });

  it('reopening an achieved objective is a change, and a changed set of needs is a change', () => {
    const reopened = diffPlanVersions([objective('dentist', { status: 'achieved' })], [objective('dentist', { needIds: ['need-dental'] })]);
    expect(reopened.changed[0].changes).toEqual([
      { field: 'status', before: 'achieved', after: 'open' },
      { field: 'needIds', before: ['need-school', 'need-dental'], after: ['need-dental'] },
    ]);
  });

  it('a version compared with itself has no differences', () => {
    expect(isEmptyDiff(diffPlanVersions(first, first))).toBe(true);
    expect(diffPlanVersions(first, first).unchanged).toBe(5);
    expect(isEmptyDiff(diff)).toBe(false);
  });

  it('refuses a version with one id twice: the versions could not be matched', () => {
    expect(() => diffPlanVersions([objective('a'), objective('a')], [])).toThrow(RangeError);
    expect(() => diffPlanVersions([], [objective('a'), objective('a')])).toThrow(RangeError);
  });
});
