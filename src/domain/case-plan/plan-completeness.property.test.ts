import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CasePlanDraft, type PlanGap, planGaps, planParts, type PlanObjective, unaddressedNeeds } from './plan-completeness.js';

// Complete plans are built so each required field is filled; the properties then break one field
// at a time, or hand in loose data, and check the gaps point back into the input.

const needPool = ['n1', 'n2', 'n3', 'n4', 'n5'];
const text = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== '');
const day = fc.integer({ min: 0, max: 700 }).map((n) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10));

const completePlan: fc.Arbitrary<{ plan: CasePlanDraft; needs: string[] }> = fc
  .record({
    goalCount: fc.integer({ min: 1, max: 3 }),
    extra: fc.array(fc.constantFrom(...planParts), { maxLength: 3 }),
    planStart: fc.option(day, { nil: null }),
    seeds: fc.array(fc.tuple(text, text, fc.option(day, { nil: null }), fc.nat(400), fc.subarray(needPool), fc.integer({ min: 1, max: 3 })), {
      minLength: 7,
      maxLength: 7,
    }),
  })
  .map(({ goalCount, extra, planStart, seeds }) => {
    const goals = Array.from({ length: goalCount }, (_, i) => ({ id: `g${i}`, text: `goal ${i}` }));
    const parts = [...planParts, ...extra];
    const objectives: PlanObjective[] = parts.map((part, i) => {
      const [objText, measure, ownStart, days, needIds, steps] = seeds[i];
      const start = ownStart ?? planStart ?? '2026-01-01';
      const target = new Date(Date.parse(`${start}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
      return {
        id: `o${i}`,
        goalId: goals[i % goalCount].id,
        part,
        text: objText,
        measure,
        startDate: ownStart,
        targetDate: target,
        needIds,
        actionSteps: Array.from({ length: steps }, (_, j) => ({ id: `o${i}s${j}`, text: 'step', responsible: 'worker', dueDate: target })),
      };
    });
    // Every goal gets an objective: the first goalCount objectives go to goals 0..goalCount-1.
    return { plan: { startDate: planStart, goals, objectives }, needs: [...new Set(objectives.flatMap((o) => o.needIds))] };
  });

// Does a gap's path lead to the thing its subjectId names?
function pathLeadsToSubject(plan: CasePlanDraft, needs: readonly string[], gap: PlanGap): boolean {
  const [root, index, field, stepIndex] = gap.path.split('.');
  if (root === 'parts') return index === gap.subjectId && (planParts as readonly string[]).includes(index);
  if (root === 'needs') return needs[Number(index)] === gap.subjectId;
  if (root === 'goals') return plan.goals[Number(index)]?.id === gap.subjectId;
  const objective = plan.objectives[Number(index)];
  if (field === 'actionSteps' && stepIndex !== undefined) return objective?.actionSteps[Number(stepIndex)]?.id === gap.subjectId;
  return root === 'objectives' && objective?.id === gap.subjectId;
}

describe('plan completeness properties (PLAN-1, PLAN-2)', () => {
  it('a plan with every field filled and every need traced has no gaps, in home or out', () => {
    fc.assert(
      fc.property(completePlan, fc.boolean(), ({ plan, needs }, outOfHome) => {
        expect(planGaps(plan, { outOfHome, prioritisedNeedIds: needs })).toEqual([]);
      }),
    );
  });

  it('blanking one required field gives exactly one gap, at that field', () => {
    const fields = ['text', 'measure', 'targetDate'] as const;
    const codes = { text: 'objective_without_text', measure: 'objective_without_measure', targetDate: 'objective_without_target_date' };
    fc.assert(
      fc.property(completePlan, fc.nat(), fc.constantFrom(...fields), fc.constantFrom('', '   ', null), ({ plan, needs }, pick, field, empty) => {
        const i = pick % plan.objectives.length;
        const broken = { ...plan, objectives: plan.objectives.map((o, j) => (j === i ? { ...o, [field]: empty } : o)) };
        expect(planGaps(broken, { outOfHome: true, prioritisedNeedIds: needs })).toEqual([
          { code: codes[field], path: `objectives.${i}.${field}`, subjectId: plan.objectives[i].id },
        ]);
      }),
    );
  });

  it('every gap’s path leads to the item its subject id names, even for loose input', () => {
    const looseObjective = fc.record({
      id: fc.string({ maxLength: 3 }),
      goalId: fc.constantFrom('g0', 'g1', 'gx'),
      part: fc.constantFrom(...planParts),
      text: fc.string({ maxLength: 3 }),
      measure: fc.string({ maxLength: 3 }),
      startDate: fc.option(fc.oneof(day, fc.string({ maxLength: 10 })), { nil: null }),
      targetDate: fc.option(fc.oneof(day, fc.string({ maxLength: 10 }), fc.constant('2026-13-45')), { nil: null }),
      needIds: fc.subarray(needPool),
      actionSteps: fc.array(
        fc.record({
          id: fc.string({ maxLength: 3 }),
          text: fc.string({ maxLength: 3 }),
          responsible: fc.option(fc.string({ maxLength: 3 }), { nil: null }),
          dueDate: fc.option(day, { nil: null }),
        }),
        { maxLength: 3 },
      ),
    });
    const loosePlan = fc.record({
      startDate: fc.option(day, { nil: null }),
      goals: fc.array(fc.record({ id: fc.constantFrom('g0', 'g1', 'g2'), text: fc.string({ maxLength: 3 }) }), { maxLength: 3 }),
      objectives: fc.array(looseObjective, { maxLength: 6 }),
    });
    fc.assert(
      fc.property(loosePlan, fc.subarray(needPool), fc.boolean(), (plan, needs, outOfHome) => {
        for (const gap of planGaps(plan, { outOfHome, prioritisedNeedIds: needs })) expect(pathLeadsToSubject(plan, needs, gap)).toBe(true);
      }),
    );
  });

  it('the unaddressed needs are exactly the prioritised needs no live objective traces to', () => {
    const anyObjectives = fc.array(fc.record({ needIds: fc.subarray(needPool), status: fc.constantFrom('open', 'achieved', 'dropped') }), { maxLength: 5 });
    fc.assert(
      fc.property(fc.subarray(needPool), anyObjectives, (needs, objectives) => {
        const open = unaddressedNeeds(needs, objectives);
        for (const need of needs) {
          const traced = objectives.some((o) => o.status !== 'dropped' && o.needIds.includes(need));
          expect(open.includes(need)).toBe(!traced);
        }
        expect(open.every((need) => needs.includes(need))).toBe(true);
      }),
    );
  });

  it('adding an objective never leaves more needs unaddressed', () => {
    fc.assert(
      fc.property(fc.subarray(needPool), fc.array(fc.subarray(needPool), { maxLength: 4 }), fc.subarray(needPool), (needs, traced, more) => {
        const before = unaddressedNeeds(
          needs,
          traced.map((needIds) => ({ needIds })),
        );
        const after = unaddressedNeeds(
          needs,
          [...traced, more].map((needIds) => ({ needIds })),
        );
        expect(after.every((need) => before.includes(need))).toBe(true);
      }),
    );
  });
});
