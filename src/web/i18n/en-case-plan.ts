/** English for the case plan's problems (PLAN-1, PLAN-5, PLAN-6; issue 12). Screens come later. */
export const enCasePlan = {
  'problem.casePlan.exists': 'This case already has a plan. Revise the approved version to change it.',
  'problem.casePlan.openVersion': 'A version of this plan is already being worked on. Finish that one first.',
  'problem.casePlan.notEditable': 'This version of the plan can no longer change. Revise the approved plan to change it.',
  'problem.casePlan.incomplete': 'The plan is not ready for approval yet: {count} thing(s) to finish.',
  'problem.casePlan.notCurrent': 'Only the latest approved version of the plan can be revised.',
  'problem.casePlan.outdated': 'The plan has changed since it was shown. Show the family the current version, then record their agreement.',
  'problem.casePlan.notInForce': 'Progress is reviewed against the plan in force: the latest approved version.',
  'problem.casePlan.notSubmitted': 'This version of the plan is not waiting for approval.',
} as const;

export type CasePlanMessageKey = keyof typeof enCasePlan;
