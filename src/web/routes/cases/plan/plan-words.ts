import type {
  agreementOutcomes,
  casePlanStatuses,
  evidenceSources,
  objectiveStatuses,
  progressRatings,
  responsibleKinds,
  reviewOutcomes,
  signerRoles,
} from '../../../../server/features/cases/plan/plan.schema';
import type { PlanGapCode, PlanPart } from '../../../../domain/case-plan/plan-completeness';
import type { MessageKey } from '../../../i18n/en';

/** The case plan's codes in the user's words (PLAN-1, PLAN-5, PLAN-6). A missing code is a type error. */

export const planStatusKey: Record<(typeof casePlanStatuses)[number], MessageKey> = {
  draft: 'cplan.status.draft',
  submitted: 'cplan.status.submitted',
  approved: 'cplan.status.approved',
  returned: 'cplan.status.returned',
};

export const partKey: Record<PlanPart, MessageKey> = {
  safety: 'cplan.part.safety',
  childNeeds: 'cplan.part.childNeeds',
  permanency: 'cplan.part.permanency',
  wellBeing: 'cplan.part.wellBeing',
};

export const objectiveStatusKey: Record<(typeof objectiveStatuses)[number], MessageKey> = {
  open: 'cplan.objectiveStatus.open',
  achieved: 'cplan.objectiveStatus.achieved',
  dropped: 'cplan.objectiveStatus.dropped',
};

export const responsibleKindKey: Record<(typeof responsibleKinds)[number], MessageKey> = {
  participant: 'cplan.kind.participant',
  provider: 'cplan.kind.provider',
  agency: 'cplan.kind.agency',
};

export const signerRoleKey: Record<(typeof signerRoles)[number], MessageKey> = {
  parent: 'cplan.role.parent',
  child: 'cplan.role.child',
  caregiver: 'cplan.role.caregiver',
};

export const agreementOutcomeKey: Record<(typeof agreementOutcomes)[number], MessageKey> = {
  agreed: 'cplan.outcome.agreed',
  disagreed: 'cplan.outcome.disagreed',
  not_reached: 'cplan.outcome.not_reached',
};

export const evidenceSourceKey: Record<(typeof evidenceSources)[number], MessageKey> = {
  parent: 'cplan.from.parent',
  child: 'cplan.from.child',
  provider: 'cplan.from.provider',
  worker: 'cplan.from.worker',
  other: 'cplan.from.other',
};

export const reviewOutcomeKey: Record<(typeof reviewOutcomes)[number], MessageKey> = {
  continue: 'cplan.next.continue',
  achieved: 'cplan.next.achieved',
  revise: 'cplan.next.revise',
  drop: 'cplan.next.drop',
};

const ratingKey: Record<(typeof progressRatings)[number], MessageKey> = {
  no_change: 'cplan.rating.no_change',
  some_change: 'cplan.rating.some_change',
  substantial_change: 'cplan.rating.substantial_change',
  sustained_change: 'cplan.rating.sustained_change',
};

export const gapKey: Record<PlanGapCode, MessageKey> = {
  part_empty: 'cplan.gap.part_empty',
  goal_without_text: 'cplan.gap.goal_without_text',
  goal_without_objective: 'cplan.gap.goal_without_objective',
  objective_without_goal: 'cplan.gap.objective_without_goal',
  objective_without_text: 'cplan.gap.objective_without_text',
  objective_without_measure: 'cplan.gap.objective_without_measure',
  objective_without_target_date: 'cplan.gap.objective_without_target_date',
  objective_target_date_invalid: 'cplan.gap.objective_target_date_invalid',
  objective_target_before_start: 'cplan.gap.objective_target_before_start',
  objective_without_action: 'cplan.gap.objective_without_action',
  action_without_text: 'cplan.gap.action_without_text',
  action_without_responsible: 'cplan.gap.action_without_responsible',
  action_without_due_date: 'cplan.gap.action_without_due_date',
  need_not_addressed: 'cplan.gap.need_not_addressed',
};

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

/** A rating from the profile's scale: the placeholder scale's words, or the code made readable for an agency's own. */
export function ratingText(t: T, code: string): string {
  if (code in ratingKey) return t(ratingKey[code as keyof typeof ratingKey]);
  return code.replaceAll('_', ' ');
}

/** One gap in the user's words. `needText` finds the need a `need_not_addressed` gap names. */
export function gapText(t: T, gap: { code: string; subjectId: string }, needText: (id: string) => string): string {
  const key = gapKey[gap.code as PlanGapCode];
  if (!key) return t('cplan.gap.unknown');
  if (gap.code === 'part_empty') return t(key, { part: gap.subjectId in partKey ? t(partKey[gap.subjectId as PlanPart]) : gap.subjectId });
  if (gap.code === 'need_not_addressed') return t(key, { need: needText(gap.subjectId) });
  return t(key);
}
