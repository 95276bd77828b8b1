// PLAN-1, PLAN-2: what a case plan still lacks before it may be submitted. Each gap names a stable
// code (the web maps codes to words in one table) and the path of the field, so a screen can take
// the worker straight to it. Paths use array positions in the input, and items also carry the id
// of the goal, objective, action step or need they are about, which survives reordering.

/** The four parts every plan addresses (PLAN-2). */
export const planParts = ['safety', 'childNeeds', 'permanency', 'wellBeing'] as const;
export type PlanPart = (typeof planParts)[number];

export interface PlanActionStep {
  id: string;
  text: string;
  /** Who does it: a person or provider id, or a name; blank when nobody has taken it on yet. */
  responsible: string | null;
  dueDate: string | null;
}

export interface PlanObjective {
  id: string;
  goalId: string;
  part: PlanPart;
  text: string;
  /** How the change in behaviour will be seen (PLAN-1 "measurable", PLAN-6 "behaviour, not attendance"). */
  measure: string;
  /** Defaults to the plan's start date. */
  startDate: string | null;
  targetDate: string | null;
  /** Prioritised FCA needs this objective works on (FCA-4 need → objective). */
  needIds: readonly string[];
  actionSteps: readonly PlanActionStep[];
}

export interface PlanGoal {
  id: string;
  text: string;
}

export interface CasePlanDraft {
  startDate: string | null;
  goals: readonly PlanGoal[];
  objectives: readonly PlanObjective[];
}

export interface PlanContext {
  /** The permanency part is required only when a child is out of home. */
  outOfHome: boolean;
  /** Prioritised FCA needs, in priority order (stable ids); each must be addressed (PLAN-2, FCA-4). */
  prioritisedNeedIds: readonly string[];
}

export type PlanGapCode =
  | 'part_empty'
  | 'goal_without_text'
  | 'goal_without_objective'
  | 'objective_without_goal'
  | 'objective_without_text'
  | 'objective_without_measure'
  | 'objective_without_target_date'
  | 'objective_target_date_invalid'
  | 'objective_target_before_start'
  | 'objective_without_action'
  | 'action_without_text'
  | 'action_without_responsible'
  | 'action_without_due_date'
  | 'need_not_addressed';

export interface PlanGap {
  code: PlanGapCode;
  /** The field to fix, e.g. `objectives.2.measure`, `parts.permanency`, `needs.0`. */
  path: string;
  /** The id of the goal, objective, action step or need; the part name for `part_empty`. */
  subjectId: string;
}

// A real YYYY-MM-DD date: a UTC round trip rejects 2026-02-30 without any local time zone.
function isCalendarDate(text: string): boolean {
  const moment = /^\d{4}-\d{2}-\d{2}$/.test(text) ? new Date(`${text}T00:00:00Z`) : null;
  return moment !== null && !Number.isNaN(moment.getTime()) && moment.toISOString().startsWith(text);
}
const blank = (text: string | null | undefined) => !text || text.trim() === '';

/** The parts this plan must fill: all four out of home, all but permanency for an in-home case. */
export function requiredParts(context: Pick<PlanContext, 'outOfHome'>): PlanPart[] {
  return planParts.filter((part) => part !== 'permanency' || context.outOfHome);
}

/**
 * The prioritised needs no objective traces to, in priority order. Dropped objectives no longer
 * address anything, so a need whose only objective was dropped is open again (PLAN-6).
 */
export function unaddressedNeeds(prioritisedNeedIds: readonly string[], objectives: readonly { needIds: readonly string[]; status?: string }[]): string[] {
  const traced = new Set(objectives.filter((o) => o.status !== 'dropped').flatMap((o) => o.needIds));
  return [...new Set(prioritisedNeedIds)].filter((id) => !traced.has(id));
}

/**
 * PLAN-1, PLAN-2: every gap that stops the plan being submitted, in a stable order (parts, goals,
 * objectives with their action steps, then needs). An empty list means it may be submitted.
 */
export function planGaps(plan: CasePlanDraft, context: PlanContext): PlanGap[] {
  const gaps: PlanGap[] = [];
  for (const part of requiredParts(context)) {
    if (!plan.objectives.some((o) => o.part === part)) gaps.push({ code: 'part_empty', path: `parts.${part}`, subjectId: part });
  }
  const goalIds = new Set(plan.goals.map((g) => g.id));
  plan.goals.forEach((goal, i) => {
    if (blank(goal.text)) gaps.push({ code: 'goal_without_text', path: `goals.${i}.text`, subjectId: goal.id });
    if (!plan.objectives.some((o) => o.goalId === goal.id)) gaps.push({ code: 'goal_without_objective', path: `goals.${i}`, subjectId: goal.id });
  });
  plan.objectives.forEach((objective, i) => {
    gaps.push(...objectiveGaps(objective, `objectives.${i}`, plan.startDate, goalIds));
  });
  for (const id of unaddressedNeeds(context.prioritisedNeedIds, plan.objectives)) {
    gaps.push({ code: 'need_not_addressed', path: `needs.${context.prioritisedNeedIds.indexOf(id)}`, subjectId: id });
  }
  return gaps;
}

function objectiveGaps(objective: PlanObjective, path: string, planStart: string | null, goalIds: ReadonlySet<string>): PlanGap[] {
  const gaps: PlanGap[] = [];
  const gap = (code: PlanGapCode, field: string, subjectId = objective.id) => gaps.push({ code, path: field ? `${path}.${field}` : path, subjectId });
  if (!goalIds.has(objective.goalId)) gap('objective_without_goal', 'goalId');
  if (blank(objective.text)) gap('objective_without_text', 'text');
  if (blank(objective.measure)) gap('objective_without_measure', 'measure');
  const start = objective.startDate ?? planStart;
  if (blank(objective.targetDate)) gap('objective_without_target_date', 'targetDate');
  else if (!isCalendarDate(objective.targetDate!)) gap('objective_target_date_invalid', 'targetDate');
  // ISO dates compare as strings; a start that is not a date is the start field's problem, not this one's.
  else if (start && isCalendarDate(start) && objective.targetDate! < start) gap('objective_target_before_start', 'targetDate');
  if (objective.actionSteps.length === 0) gap('objective_without_action', 'actionSteps');
  objective.actionSteps.forEach((step, j) => {
    if (blank(step.text)) gap('action_without_text', `actionSteps.${j}.text`, step.id);
    if (blank(step.responsible)) gap('action_without_responsible', `actionSteps.${j}.responsible`, step.id);
    if (blank(step.dueDate)) gap('action_without_due_date', `actionSteps.${j}.dueDate`, step.id);
  });
  return gaps;
}
