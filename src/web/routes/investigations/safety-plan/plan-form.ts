import type { Language } from '../../../api/types';
import type { ResponsibleKind, SafetyPlan, SafetyPlanAction, SafetyPlanContent } from '../../../api/safety-plans';

/**
 * The safety plan builder's form state and the pure rules around it (INV-4): turning a plan into
 * form values and back, which threats are not yet controlled, and the unsaved draft kept on this
 * device. No React here, so it is unit-tested directly.
 */

/** The responsible-person select's value for "someone not on the report" (a provider, a neighbour…). */
export const TYPED_RESPONSIBLE = 'typed';

export interface ActionValues {
  id: string;
  threat: string;
  action: string;
  /** A person on the report (their id), `TYPED_RESPONSIBLE`, or '' when not chosen yet. */
  responsible: string;
  /** Only used (and sent) when `responsible` is `TYPED_RESPONSIBLE`. */
  responsibleName: string;
  responsibleKind: ResponsibleKind | '';
  monitoring: string;
  frequency: string;
}

export interface PlanFormValues {
  language: Language;
  nextReviewOn: string;
  actions: ActionValues[];
}

export type PlanPerson = SafetyPlan['people'][number];

export const blankAction = (threat: string, id: string): ActionValues => ({
  id,
  threat,
  action: '',
  responsible: '',
  responsibleName: '',
  responsibleKind: '',
  monitoring: '',
  frequency: '',
});

/** A row the worker has not started: it is left out when saving rather than refused. */
export const isBlankAction = (action: ActionValues) =>
  !action.action.trim() && !action.responsible && !action.responsibleName.trim() && !action.monitoring.trim() && !action.frequency.trim();

/** Children on the report are protected by the plan; they are never the ones responsible for it. */
export const responsibleCandidates = (people: PlanPerson[]) => people.filter((person) => person.role !== 'alleged_victim');

/** A sensible first guess for "who is this person to the plan", which the worker can change. */
export function defaultKindFor(person: PlanPerson | undefined): ResponsibleKind {
  if (!person) return 'provider';
  return person.role === 'parent' ? 'parent' : 'family_network';
}

/**
 * The saved plan as form values. Every threat gets at least one row, so the worker sees each
 * threat with a place to say how it is controlled.
 */
export function toFormValues(plan: Pick<SafetyPlan, 'language' | 'nextReviewOn' | 'actions' | 'threats' | 'people'>, newId: () => string): PlanFormValues {
  const known = new Set(plan.people.map((person) => person.personId));
  const actions: ActionValues[] = plan.actions.map((action) => {
    const onReport = action.responsiblePersonId !== null && known.has(action.responsiblePersonId);
    return {
      id: action.id,
      threat: action.threat,
      action: action.action,
      responsible: onReport ? action.responsiblePersonId! : action.responsibleName ? TYPED_RESPONSIBLE : '',
      responsibleName: onReport ? '' : action.responsibleName,
      responsibleKind: action.responsibleKind ?? '',
      monitoring: action.monitoring,
      frequency: action.frequency,
    };
  });
  for (const threat of plan.threats) {
    if (!actions.some((action) => action.threat === threat.key)) actions.push(blankAction(threat.key, newId()));
  }
  return { language: plan.language, nextReviewOn: plan.nextReviewOn ?? '', actions };
}

export interface ContentToSave {
  content: SafetyPlanContent;
  /** For each action sent, its row in the form, so server errors (`actions.2.monitoring`) land on the right field. */
  formIndexOf: number[];
}

/** The form as the API's plan content: blank rows left out, a chosen person's name filled in. */
export function toContent(values: PlanFormValues, people: PlanPerson[]): ContentToSave {
  const formIndexOf: number[] = [];
  const actions: SafetyPlanAction[] = [];
  values.actions.forEach((row, index) => {
    if (isBlankAction(row)) return;
    const person = people.find((candidate) => candidate.personId === row.responsible);
    formIndexOf.push(index);
    actions.push({
      id: row.id,
      threat: row.threat,
      action: row.action.trim(),
      responsiblePersonId: person ? person.personId : null,
      responsibleName: person ? person.name : row.responsible === TYPED_RESPONSIBLE ? row.responsibleName.trim() : '',
      responsibleKind: row.responsibleKind || defaultKindFor(person),
      monitoring: row.monitoring.trim(),
      frequency: row.frequency.trim(),
    });
  });
  return { content: { language: values.language, nextReviewOn: values.nextReviewOn || null, actions }, formIndexOf };
}

/** `actions.1.monitoring` from the server, as the form's own path for that field. */
export function formPathFor(serverPath: string, formIndexOf: number[]): string {
  const match = /^actions\.(\d+)\.(.+)$/.exec(serverPath);
  if (!match) return serverPath;
  const formIndex = formIndexOf[Number(match[1])];
  if (formIndex === undefined) return serverPath;
  const field = match[2] === 'responsiblePersonId' ? 'responsible' : match[2];
  return `actions.${formIndex}.${field}`;
}

/** An action that controls its threat on paper: what is done, by whom, and how and how often it is checked (as the server checks on submit). */
export function isCompleteAction(action: ActionValues): boolean {
  const hasResponsible = action.responsible === TYPED_RESPONSIBLE ? action.responsibleName.trim() !== '' : action.responsible !== '';
  return action.action.trim() !== '' && hasResponsible && action.monitoring.trim() !== '' && action.frequency.trim() !== '';
}

/** The threats no complete action controls yet: what still stands between the draft and submission. */
export function uncoveredThreats(values: Pick<PlanFormValues, 'actions'>, threatKeys: string[]): string[] {
  return threatKeys.filter((key) => !values.actions.some((action) => action.threat === key && isCompleteAction(action)));
}

/** The field-level problems a worker can fix before saving: a started row needs the action itself. */
export function actionProblems(
  action: ActionValues,
): Partial<Record<'action' | 'responsibleName', 'plans.action.actionRequired' | 'plans.action.responsibleNameRequired'>> {
  if (isBlankAction(action)) return {};
  const problems: ReturnType<typeof actionProblems> = {};
  if (!action.action.trim()) problems.action = 'plans.action.actionRequired';
  if (action.responsible === TYPED_RESPONSIBLE && !action.responsibleName.trim()) problems.responsibleName = 'plans.action.responsibleNameRequired';
  return problems;
}

/** Unsaved edits kept with the version they were made on, so a refresh never loses them and never overwrites a newer plan. */
export interface StoredPlanDraft {
  baseVersion: number;
  values: PlanFormValues;
}

export function isStoredPlanDraft(value: unknown): value is StoredPlanDraft {
  if (!value || typeof value !== 'object') return false;
  const draft = value as Partial<StoredPlanDraft>;
  return typeof draft.baseVersion === 'number' && !!draft.values && Array.isArray(draft.values.actions);
}

/** The plan's content as one comparable string (the server compares the same fields to decide whether a save changed anything). */
export function contentKey(content: SafetyPlanContent): string {
  return JSON.stringify([
    content.language,
    content.nextReviewOn ?? null,
    content.actions.map((a) => [a.id, a.threat, a.action, a.responsiblePersonId, a.responsibleName, a.responsibleKind, a.monitoring, a.frequency]),
  ]);
}

/** True when the form says something the saved plan does not: the family would sign, and the supervisor approve, something else. */
export function hasUnsavedChanges(values: PlanFormValues, plan: Pick<SafetyPlan, 'language' | 'nextReviewOn' | 'actions' | 'people'>): boolean {
  return contentKey(toContent(values, plan.people).content) !== contentKey(plan);
}
