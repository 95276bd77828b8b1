import { describe, expect, it } from 'vitest';
import { type CasePlanDraft, type PlanObjective, planGaps, unaddressedNeeds } from './plan-completeness.js';

// The Rivera family's plan: one goal, one objective per part, every need traced.
const step = (id: string) => ({ id, text: 'Attend the parenting group each Tuesday', responsible: 'mother', dueDate: '2026-04-30' });
const objective = (id: string, part: PlanObjective['part'], needIds: string[] = []): PlanObjective => ({
  id,
  goalId: 'goal-home',
  part,
  text: 'Ms Rivera puts the children to bed by 8 pm on school nights',
  measure: 'Bedtime log checked at each home visit shows 8 pm on 4 of 5 nights',
  startDate: null,
  targetDate: '2026-06-30',
  needIds,
  actionSteps: [step(`${id}-step`)],
});
const complete: CasePlanDraft = {
  startDate: '2026-03-01',
  goals: [{ id: 'goal-home', text: 'The children live safely at home with their mother' }],
  objectives: [
    objective('obj-safety', 'safety', ['need-supervision']),
    objective('obj-needs', 'childNeeds', ['need-school']),
    objective('obj-permanency', 'permanency'),
    objective('obj-wellbeing', 'wellBeing', ['need-dental']),
  ],
};
const outOfHome = { outOfHome: true, prioritisedNeedIds: ['need-supervision', 'need-school', 'need-dental'] };
const withObjective = (i: number, change: Partial<PlanObjective>): CasePlanDraft => ({
  ...complete,
  objectives: complete.objectives.map((o, j) => (j === i ? { ...o, ...change } : o)),
});

describe('planGaps (PLAN-1, PLAN-2)', () => {
  it('a complete plan may be submitted', () => {
    expect(planGaps(complete, outOfHome)).toEqual([]);
  });

  it('requires the permanency part only when a child is out of home', () => {
    const noPermanency = { ...complete, objectives: complete.objectives.filter((o) => o.part !== 'permanency') };
    expect(planGaps(noPermanency, { ...outOfHome, outOfHome: false })).toEqual([]);
    expect(planGaps(noPermanency, outOfHome)).toEqual([{ code: 'part_empty', path: 'parts.permanency', subjectId: 'permanency' }]);
  });

  it('points at the objective field that is missing', () => {
    expect(planGaps(withObjective(2, { measure: '  ' }), outOfHome)).toEqual([
      { code: 'objective_without_measure', path: 'objectives.2.measure', subjectId: 'obj-permanency' },
    ]);
    expect(planGaps(withObjective(0, { targetDate: null, text: '' }), outOfHome)).toEqual([
      { code: 'objective_without_text', path: 'objectives.0.text', subjectId: 'obj-safety' },
      { code: 'objective_without_target_date', path: 'objectives.0.targetDate', subjectId: 'obj-safety' },
    ]);
  });

  it('a target date before the start is a gap, whether the start is the plan’s or the objective’s own', () => {
    const before = { code: 'objective_target_before_start', path: 'objectives.1.targetDate', subjectId: 'obj-needs' };
    expect(planGaps(withObjective(1, { targetDate: '2026-02-28' }), outOfHome)).toEqual([before]);
    expect(planGaps(withObjective(1, { startDate: '2026-07-01' }), outOfHome)).toEqual([before]);
    expect(planGaps(withObjective(1, { targetDate: '2026-03-01' }), outOfHome)).toEqual([]); // same day is allowed
    expect(planGaps(withObjective(1, { targetDate: '2026-02-30' }), outOfHome)).toEqual([{ ...before, code: 'objective_target_date_invalid' }]);
  });

  it('every objective needs an action step, and every step someone responsible and a due date', () => {
    expect(planGaps(withObjective(3, { actionSteps: [] }), outOfHome)).toEqual([
      { code: 'objective_without_action', path: 'objectives.3.actionSteps', subjectId: 'obj-wellbeing' },
    ]);
    const unowned = { ...step('late-step'), responsible: null, dueDate: null };
    expect(planGaps(withObjective(3, { actionSteps: [step('ok-step'), unowned] }), outOfHome)).toEqual([
      { code: 'action_without_responsible', path: 'objectives.3.actionSteps.1.responsible', subjectId: 'late-step' },
      { code: 'action_without_due_date', path: 'objectives.3.actionSteps.1.dueDate', subjectId: 'late-step' },
    ]);
  });

  it('keeps the hierarchy whole: every goal has an objective, every objective a goal of this plan', () => {
    const plan = { ...withObjective(0, { goalId: 'goal-gone' }), goals: [...complete.goals, { id: 'goal-school', text: '' }] };
    expect(planGaps(plan, outOfHome)).toEqual([
      { code: 'goal_without_text', path: 'goals.1.text', subjectId: 'goal-school' },
      { code: 'goal_without_objective', path: 'goals.1', subjectId: 'goal-school' },
      { code: 'objective_without_goal', path: 'objectives.0.goalId', subjectId: 'obj-safety' },
    ]);
  });

  it('names each prioritised need no objective works on (FCA-4)', () => {
    expect(planGaps(withObjective(1, { needIds: [] }), outOfHome)).toEqual([{ code: 'need_not_addressed', path: 'needs.1', subjectId: 'need-school' }]);
  });

  it('lists the gaps of an empty plan part by part', () => {
    expect(planGaps({ startDate: null, goals: [], objectives: [] }, { outOfHome: false, prioritisedNeedIds: ['need-school'] }).map((g) => g.path)).toEqual([
      'parts.safety',
      'parts.childNeeds',
      'parts.wellBeing',
      'needs.0',
    ]);
  });
});

describe('unaddressedNeeds (PLAN-2, FCA-4)', () => {
  it('keeps priority order and ignores needs the objectives trace to', () => {
    expect(unaddressedNeeds(['n1', 'n2', 'n3'], [{ needIds: ['n2'] }, { needIds: ['n9'] }])).toEqual(['n1', 'n3']);
  });

  it('a dropped objective no longer addresses its need; an achieved one still does', () => {
    expect(
      unaddressedNeeds(
        ['n1', 'n2'],
        [
          { needIds: ['n1'], status: 'dropped' },
          { needIds: ['n2'], status: 'achieved' },
        ],
      ),
    ).toEqual(['n1']);
  });

  it('lists a need given twice once', () => {
    expect(unaddressedNeeds(['n1', 'n1'], [])).toEqual(['n1']);
  });
});
