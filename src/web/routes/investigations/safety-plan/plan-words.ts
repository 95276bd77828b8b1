import type { ReviewOutcome, ResponsibleKind, SafetyDecision, SafetyPlanStatus, SignerRole } from '../../../api/safety-plans';
import type { Language } from '../../../api/types';
import type { PlansMessageKey } from '../../../i18n/en-plans';

/** The words for safety plan codes (INV-4), so a missing translation is a type error, not a blank. */

export const planStatusKey: Record<SafetyPlanStatus, PlansMessageKey> = {
  draft: 'plans.status.draft',
  pending_approval: 'plans.status.pending_approval',
  active: 'plans.status.active',
  ended: 'plans.status.ended',
};

export const responsibleKindKey: Record<ResponsibleKind, PlansMessageKey> = {
  family_network: 'plans.responsibleKind.family_network',
  parent: 'plans.responsibleKind.parent',
  provider: 'plans.responsibleKind.provider',
  agency: 'plans.responsibleKind.agency',
};

export const signerRoleKey: Record<SignerRole, PlansMessageKey> = {
  parent: 'plans.signerRole.parent',
  caregiver: 'plans.signerRole.caregiver',
  child: 'plans.signerRole.child',
  family_network: 'plans.signerRole.family_network',
  provider: 'plans.signerRole.provider',
  worker: 'plans.signerRole.worker',
  other: 'plans.signerRole.other',
};

export const reviewOutcomeKey: Record<ReviewOutcome, PlansMessageKey> = {
  continue: 'plans.reviewOutcome.continue',
  revise: 'plans.reviewOutcome.revise',
  end: 'plans.reviewOutcome.end',
};

export const safetyDecisionKey: Record<SafetyDecision, PlansMessageKey> = {
  safe: 'plans.safetyDecision.safe',
  safe_with_plan: 'plans.safetyDecision.safe_with_plan',
  unsafe: 'plans.safetyDecision.unsafe',
};

export const languageKey: Record<Language, PlansMessageKey> = {
  en: 'plans.language.en',
  es: 'plans.language.es',
};

/** A plan that is still being worked on or in force: the investigation has at most one. */
export const isOpenPlan = (status: SafetyPlanStatus) => status !== 'ended';

/** A review date on or before today (both `YYYY-MM-DD` in agency time) is due. */
export const isReviewDue = (nextReviewOn: string | null | undefined, today: string) => Boolean(nextReviewOn && nextReviewOn <= today);
