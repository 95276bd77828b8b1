import type { DecisionStatus, InvestigationDecisionCode, ReadinessCode } from '../../../api/investigation-types';
import type { MessageKey } from '../../../i18n/en';
import { humaniseCode, type Translator } from '../../../i18n/translate';

/** Message keys for the decision's codes, so every screen words them the same way (INV-7). */

const decisionKeys: Record<InvestigationDecisionCode, MessageKey> = {
  close: 'inv.decision.code.close',
  close_with_referral: 'inv.decision.code.close_with_referral',
  open_in_home: 'inv.decision.code.open_in_home',
  open_out_of_home: 'inv.decision.code.open_out_of_home',
};

const statusKeys: Record<DecisionStatus, MessageKey> = {
  draft: 'inv.decision.status.draft',
  pending: 'inv.decision.status.pending',
  approved: 'inv.decision.status.approved',
  returned: 'inv.decision.status.returned',
};

const readinessKeys: Record<ReadinessCode, MessageKey> = {
  decision_chosen: 'inv.readiness.decision_chosen',
  children_seen: 'inv.readiness.children_seen',
  safety_plans_settled: 'inv.readiness.safety_plans_settled',
  unsafe_protected: 'inv.readiness.unsafe_protected',
  safety_assessment: 'inv.readiness.safety_assessment',
  risk_assessment: 'inv.readiness.risk_assessment',
  findings: 'inv.readiness.findings',
  no_pending_override: 'inv.readiness.no_pending_override',
  reason_if_not_recommended: 'inv.readiness.reason_if_not_recommended',
  community_referral: 'inv.readiness.community_referral',
};

export const isDecisionCode = (code: unknown): code is InvestigationDecisionCode => typeof code === 'string' && Object.hasOwn(decisionKeys, code);

/** The decision in words; a code this version does not know is shown as it is rather than hidden. */
export const decisionText = (t: Translator['t'], code: string): string => (isDecisionCode(code) ? t(decisionKeys[code]) : humaniseCode(code));
export const decisionStatusKey = (status: string): MessageKey =>
  Object.hasOwn(statusKeys, status) ? statusKeys[status as DecisionStatus] : 'inv.decision.status.draft';
export const readinessKey = (code: string): MessageKey | null => (Object.hasOwn(readinessKeys, code) ? readinessKeys[code as ReadinessCode] : null);

/** Which workspace section fixes an unmet readiness item; null when it is fixed on the decision form itself. */
export function readinessSection(code: string): 'safety' | 'risk' | 'findings' | 'contacts' | 'safety-plans' | null {
  if (code === 'safety_assessment') return 'safety';
  if (code === 'children_seen') return 'contacts';
  if (code === 'safety_plans_settled') return 'safety-plans';
  if (code === 'risk_assessment' || code === 'no_pending_override') return 'risk';
  if (code === 'findings') return 'findings';
  return null;
}

/** The name of the section an unmet readiness item links to. */
const sectionLabels = {
  safety: 'inv.nav.safety',
  risk: 'inv.nav.risk',
  findings: 'inv.nav.findings',
  contacts: 'inv.nav.contacts',
  'safety-plans': 'inv.nav.safetyPlans',
} as const;
export const readinessSectionLabel = (section: keyof typeof sectionLabels): MessageKey => sectionLabels[section];
