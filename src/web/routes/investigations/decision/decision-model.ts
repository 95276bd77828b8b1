import type { DecisionStatus, InvestigationDecisionCode } from '../../../api/investigation-types';
import type { MessageKey } from '../../../i18n/en';

/**
 * The decision form's rules (INV-7), the same as the server's readiness check
 * (src/domain/investigation/decision-readiness.ts): a decision outside the guide's recommendations
 * needs a reason of 10 or more characters; closing with a referral names the referral.
 */

export const MINIMUM_DECISION_REASON = 10;
/** The efforts behind an exception for children never seen (INV-1), as the server's minimumEffortsLength. */
export const MINIMUM_EFFORTS = 20;

export interface DecisionValues {
  decision: InvestigationDecisionCode | '';
  reason: string;
  communityReferral: string;
  /** The profile's exception for children never seen face to face; '' for none. */
  unseenExceptionCode: string;
  unseenEfforts: string;
}

export const isClosingDecision = (decision: string) => decision === 'close' || decision === 'close_with_referral';

export type DecisionField = keyof DecisionValues;

/** True when the choice is not one the guide recommends, so the supervisor needs the reason. */
export const departsFromGuide = (decision: string, recommended: readonly string[]) => decision !== '' && !recommended.includes(decision);

/** A draft or returned decision can still change; one waiting for or given approval cannot. */
export const isDecisionEditable = (status: DecisionStatus | null) => status === null || status === 'draft' || status === 'returned';

export function validateDecision(values: DecisionValues, recommended: readonly string[]): { field: DecisionField; key: MessageKey }[] {
  const problems: { field: DecisionField; key: MessageKey }[] = [];
  if (!values.decision) problems.push({ field: 'decision', key: 'inv.decision.error.decision' });
  if (departsFromGuide(values.decision, recommended) && values.reason.trim().length < MINIMUM_DECISION_REASON) {
    problems.push({ field: 'reason', key: 'inv.decision.error.reason' });
  }
  if (values.decision === 'close_with_referral' && !values.communityReferral.trim())
    problems.push({ field: 'communityReferral', key: 'inv.decision.error.referral' });
  if (isClosingDecision(values.decision) && values.unseenExceptionCode && values.unseenEfforts.trim().length < MINIMUM_EFFORTS) {
    problems.push({ field: 'unseenEfforts', key: 'inv.decision.error.efforts' });
  }
  return problems;
}

/** What is sent: a referral only with "close with referral", texts trimmed. */
export function toDecisionBody(values: DecisionValues) {
  if (!values.decision) throw new Error('toDecisionBody needs a chosen decision');
  return {
    decision: values.decision,
    reason: values.reason.trim(),
    communityReferral: values.decision === 'close_with_referral' ? values.communityReferral.trim() : '',
    // An exception only means something when closing; any other decision clears it.
    unseenException:
      isClosingDecision(values.decision) && values.unseenExceptionCode ? { code: values.unseenExceptionCode, efforts: values.unseenEfforts.trim() } : null,
  };
}

export const sameDecision = (a: DecisionValues, b: DecisionValues) =>
  a.decision === b.decision &&
  a.reason.trim() === b.reason.trim() &&
  a.communityReferral.trim() === b.communityReferral.trim() &&
  a.unseenExceptionCode === b.unseenExceptionCode &&
  a.unseenEfforts.trim() === b.unseenEfforts.trim();
