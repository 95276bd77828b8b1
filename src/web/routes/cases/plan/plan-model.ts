import type { PlanPart } from '../../../../domain/case-plan/plan-completeness';
import type { CasePlan, PlanSave } from '../../../api/case-plan';

/**
 * The plan's editable model (PLAN-1, PLAN-2): goals, and objectives kept in one flat list in the
 * order the server has them, so the form's field names are the server's paths (`objectives.2.measure`)
 * and its field errors and gaps land on the right field. The screen shows each goal's objectives under it.
 */

export type ResponsibleKind = 'participant' | 'provider' | 'agency';

export interface StepValues {
  id: string;
  text: string;
  responsibleKind: ResponsibleKind | '';
  responsiblePersonId: string;
  responsibleName: string;
  dueDate: string;
}

export interface ObjectiveValues {
  id: string;
  goalId: string;
  part: PlanPart | '';
  text: string;
  measure: string;
  startDate: string;
  targetDate: string;
  status: 'open' | 'achieved' | 'dropped';
  needIds: string[];
  /** One finding a line. */
  findings: string;
  actionSteps: StepValues[];
}

export interface PlanValues {
  startDate: string;
  goals: { id: string; text: string }[];
  objectives: ObjectiveValues[];
}

export const FORM = 'case-plan';

export function toPlanValues(plan: CasePlan): PlanValues {
  return {
    startDate: plan.startDate ?? '',
    goals: plan.goals.map((g) => ({ id: g.id, text: g.text })),
    objectives: plan.objectives.map((o) => ({
      id: o.id,
      goalId: o.goalId,
      part: o.part,
      text: o.text,
      measure: o.measure,
      startDate: o.startDate ?? '',
      targetDate: o.targetDate ?? '',
      status: o.status,
      needIds: [...o.needIds],
      findings: o.findings.join('\n'),
      actionSteps: o.actionSteps.map((s) => ({
        id: s.id,
        text: s.text,
        responsibleKind: s.responsibleKind ?? '',
        responsiblePersonId: s.responsiblePersonId ?? '',
        responsibleName: s.responsibleName ?? '',
        dueDate: s.dueDate ?? '',
      })),
    })),
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** A checkbox group gives an array; a group of one checkbox can give its value or false. */
const asIds = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v) => typeof v === 'string') : typeof value === 'string' && value ? [value] : [];

/** The body of PUT /api/plans/:planId: blanks become null, a step names only who the kind asks for. */
export function toPlanSave(values: PlanValues, version: number): PlanSave {
  return {
    version,
    startDate: orNull(values.startDate),
    goals: values.goals.map((g) => ({ id: g.id, text: g.text.trim() })),
    objectives: values.objectives.map((o) => ({
      id: o.id,
      goalId: o.goalId,
      // An objective is given a part when added; '' only if a field was cleared by hand.
      part: (o.part || 'safety') as PlanPart,
      text: o.text.trim(),
      measure: o.measure.trim(),
      startDate: orNull(o.startDate),
      targetDate: orNull(o.targetDate),
      status: o.status,
      needIds: [...new Set(asIds(o.needIds))],
      findings: o.findings
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== ''),
      actionSteps: o.actionSteps.map((s) => ({
        id: s.id,
        text: s.text.trim(),
        responsibleKind: s.responsibleKind || null,
        responsiblePersonId: s.responsibleKind === 'participant' ? orNull(s.responsiblePersonId) : null,
        responsibleName: s.responsibleKind === 'provider' || s.responsibleKind === 'agency' ? orNull(s.responsibleName) : null,
        dueDate: orNull(s.dueDate),
      })),
    })),
  };
}

export const newGoal = (newId: () => string = () => crypto.randomUUID()) => ({ id: newId(), text: '' });

export function newObjective(goalId: string, part: PlanPart, newId: () => string = () => crypto.randomUUID()): ObjectiveValues {
  return { id: newId(), goalId, part, text: '', measure: '', startDate: '', targetDate: '', status: 'open', needIds: [], findings: '', actionSteps: [] };
}

export function newStep(newId: () => string = () => crypto.randomUUID()): StepValues {
  return { id: newId(), text: '', responsibleKind: '', responsiblePersonId: '', responsibleName: '', dueDate: '' };
}

/** Removing a goal removes its objectives too: an objective must serve a goal of the plan. */
export function withoutGoal(values: PlanValues, goalId: string): PlanValues {
  return { ...values, goals: values.goals.filter((g) => g.id !== goalId), objectives: values.objectives.filter((o) => o.goalId !== goalId) };
}

/** The flat positions of a goal's objectives, in plan order. */
export const objectiveIndexes = (values: Pick<PlanValues, 'objectives'>, goalId: string) =>
  values.objectives.flatMap((o, i) => (o.goalId === goalId ? [i] : []));

/** Every field name of the form in page order, for the error summary and the server's field paths. */
export function planFieldNames(values: PlanValues): string[] {
  const names = ['startDate'];
  values.goals.forEach((goal, g) => {
    names.push(`goals.${g}.text`);
    for (const i of objectiveIndexes(values, goal.id)) {
      const o = values.objectives[i];
      names.push(...['part', 'status', 'text', 'measure', 'startDate', 'targetDate', 'needIds', 'findings'].map((f) => `objectives.${i}.${f}`));
      o?.actionSteps.forEach((_, j) => {
        names.push(...['text', 'responsibleKind', 'responsiblePersonId', 'responsibleName', 'dueDate'].map((f) => `objectives.${i}.actionSteps.${j}.${f}`));
      });
    }
  });
  return names;
}

/**
 * The form field a gap's path points to (the element to focus): a field by its own name, a
 * responsible person by its kind, an objective with no step by its "add a step" button, an empty
 * part by the first "add an objective" button, an unaddressed need by its line in the needs list.
 */
export function gapTarget(path: string, goalCount: number): string {
  let match = path.match(/^objectives\.(\d+)\.actionSteps\.(\d+)\.responsible$/);
  if (match) return `objectives.${match[1]}.actionSteps.${match[2]}.responsibleKind`;
  match = path.match(/^objectives\.(\d+)\.actionSteps$/);
  if (match) return `objectives.${match[1]}.addStep`;
  match = path.match(/^objectives\.(\d+)$/);
  if (match) return `objectives.${match[1]}.text`;
  match = path.match(/^goals\.(\d+)$/);
  if (match) return `goals.${match[1]}.addObjective`;
  if (path.startsWith('parts.')) return goalCount > 0 ? 'goals.0.addObjective' : 'addGoal';
  if (path === 'goals') return 'addGoal';
  return path;
}
