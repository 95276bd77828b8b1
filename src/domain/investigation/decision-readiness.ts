import type { ClosureRules } from '../../profiles/profile-schema.js';
import type { InvestigationDecision, SafetyDecision } from './decision-guide.js';

/** A decision that departs from the guide must say why, in at least this many characters. */
export const minimumReasonLength = 10;
/** The documented efforts behind an exception to seeing every child, in at least this many characters. */
export const minimumEffortsLength = 20;

/** Each thing the decision step checks before the decision may go to the supervisor (INV-7). */
export const readinessCodes = [
  'decision_chosen',
  'safety_assessment',
  'risk_assessment',
  'findings',
  'no_pending_override',
  'reason_if_not_recommended',
  'community_referral',
  'children_seen',
  'safety_plans_settled',
  'unsafe_protected',
] as const;
export type ReadinessCode = (typeof readinessCodes)[number];

/** An exception the investigator recorded for the children never seen face to face (INV-1). */
export interface UnseenException {
  code: string;
  efforts: string | null;
}

export interface DecisionRecord {
  track: 'investigation' | 'family_assessment';
  safetyComplete: boolean;
  riskComplete: boolean;
  /** Every allegation has a finding (only asked on the investigation track). */
  findingsComplete: boolean;
  overridePending: boolean;
  decision: InvestigationDecision | null;
  recommended: readonly InvestigationDecision[];
  reason: string | null;
  communityReferral: string | null;
  safetyDecision: SafetyDecision | null;
  /** Alleged victims and other children in the home never seen face to face, by name. */
  childrenNeverSeen: readonly string[];
  unseenException: UnseenException | null;
  /** Contacts recorded as attempted: the documented efforts an exception rests on. */
  attemptedContacts: number;
  /** Safety plans in force or waiting for approval; a closing investigation would orphan them. */
  unsettledPlans: number;
  /** A safety plan the supervisor approved and that is in force. */
  approvedPlanInForce: boolean;
  closureRules: ClosureRules;
}

export interface ReadinessItem {
  code: ReadinessCode;
  met: boolean;
  names?: string[];
}

export const differsFromGuide = (decision: InvestigationDecision | null, recommended: readonly InvestigationDecision[]) =>
  decision !== null && !recommended.includes(decision);

export const isClosing = (decision: InvestigationDecision | null) => decision === 'close' || decision === 'close_with_referral';

/** The recorded exception counts only if the profile allows it and its efforts are on record. */
export function exceptionHolds(record: Pick<DecisionRecord, 'unseenException' | 'attemptedContacts' | 'closureRules'>): boolean {
  const recorded = record.unseenException;
  if (!recorded) return false;
  const allowed = record.closureRules.childrenSeen.exceptions.find((e) => e.code === recorded.code);
  if (!allowed) return false;
  return record.attemptedContacts >= allowed.minimumAttempts && (recorded.efforts?.trim().length ?? 0) >= minimumEffortsLength;
}

/** federal-standards §4: an unsafe child leaves the investigation in care or under an approved plan. */
function unsafeProtected(record: DecisionRecord): boolean {
  const allowed = record.closureRules.unsafe.allowed;
  if (record.decision === 'open_out_of_home') return allowed.includes('open_out_of_home');
  if (record.decision === 'open_in_home') return allowed.includes('open_in_home_with_approved_safety_plan') && record.approvedPlanInForce;
  return false;
}

/**
 * INV-1, INV-4, INV-6, INV-7: what must be true before a decision goes to the supervisor, and again
 * when the supervisor approves it. Items about the chosen decision are listed only once a decision
 * is chosen, so nothing shows as done before there is something to check. The family-assessment
 * track makes no findings. Closing needs every child in the home seen (or an allowed exception)
 * and no safety plan left in force; an unsafe child can only leave with placement or an approved plan.
 */
export function decisionReadiness(record: DecisionRecord): ReadinessItem[] {
  const items: ReadinessItem[] = [
    { code: 'decision_chosen', met: record.decision !== null },
    { code: 'safety_assessment', met: record.safetyComplete },
    { code: 'risk_assessment', met: record.riskComplete },
  ];
  if (record.track === 'investigation') items.push({ code: 'findings', met: record.findingsComplete });
  items.push({ code: 'no_pending_override', met: !record.overridePending });
  if (record.decision === null) return items;
  items.push({
    code: 'reason_if_not_recommended',
    met: !differsFromGuide(record.decision, record.recommended) || (record.reason?.trim().length ?? 0) >= minimumReasonLength,
  });
  if (record.decision === 'close_with_referral') items.push({ code: 'community_referral', met: (record.communityReferral?.trim().length ?? 0) > 0 });
  if (record.safetyDecision === 'unsafe') items.push({ code: 'unsafe_protected', met: unsafeProtected(record) });
  if (isClosing(record.decision)) {
    items.push({ code: 'children_seen', met: record.childrenNeverSeen.length === 0 || exceptionHolds(record), names: [...record.childrenNeverSeen] });
    items.push({ code: 'safety_plans_settled', met: record.unsettledPlans === 0 });
  }
  return items;
}

/** The words a 422 uses for each unmet item, so the investigator knows what to do next. */
export const readinessMessages: Record<ReadinessCode, string> = {
  decision_chosen: 'Choose a decision.',
  safety_assessment: 'Complete the safety assessment.',
  risk_assessment: 'Complete the risk assessment.',
  findings: 'Record a finding for every allegation.',
  no_pending_override: 'Wait for the supervisor to decide the risk level override.',
  reason_if_not_recommended: `The decision differs from the guide's recommendation: give the reason (at least ${minimumReasonLength} characters).`,
  community_referral: 'Name the community service the family is referred to.',
  children_seen: `See every alleged victim and child in the home face to face before closing, or record an allowed exception with the efforts made (at least ${minimumEffortsLength} characters and the attempted contacts the profile asks for).`,
  safety_plans_settled: 'End each safety plan in force with a reason (a review that ends it), or open a case to carry it, before closing.',
  unsafe_protected: 'The safety decision is unsafe: open an out-of-home case (placement), or an in-home case with a safety plan the supervisor approved.',
};
