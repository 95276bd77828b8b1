import type { PlanGapCode } from '../../../../domain/case-plan/plan-completeness.js';

/**
 * The English sentence for each gap the completeness rules name (PLAN-1, PLAN-2); clients key on
 * the gap `code` and say it in their own words.
 */
export const gapMessages: Record<PlanGapCode, string> = {
  part_empty: 'Add at least one objective for this part of the plan',
  goal_without_text: 'Write the goal in the family’s words',
  goal_without_objective: 'Add an objective for this goal',
  objective_without_goal: 'Choose the goal this objective serves',
  objective_without_text: 'Say what will be done differently',
  objective_without_measure: 'Say how the change in behaviour will be seen',
  objective_without_target_date: 'Give a target date',
  objective_target_date_invalid: 'Use a real date',
  objective_target_before_start: 'The target date cannot be before the start',
  objective_without_action: 'Add at least one action step',
  action_without_text: 'Say what the step is',
  action_without_responsible: 'Say who is responsible',
  action_without_due_date: 'Give a due date',
  need_not_addressed: 'Add an objective that works on this prioritised need',
};
