import type { InvestigationDecision } from './decision-guide.js';

/** A decision that departs from the guide must say why, in at least this many characters. */
export const minimumReasonLength = 10;

export type ReadinessCode =
  | 'safety_assessment'
  | 'risk_assessment'
  | 'findings'
  | 'no_pending_override'
  | 'reason_if_not_recommended'
  | 'community_referral';

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
}

export interface ReadinessItem { code: ReadinessCode; met: boolean }

export const differsFromGuide = (decision: InvestigationDecision | null, recommended: readonly InvestigationDecision[]) =>
  decision !== null && !recommended.includes(decision);

/**
 * INV-6, INV-7: what must be true before a decision goes to the supervisor. The family-assessment
 * track makes no findings, so it has no `findings` item. A reason is needed only when the chosen
 * decision is outside the guide's recommendations; a referral only for "close with referral".
 */
export function decisionReadiness(record: DecisionRecord): ReadinessItem[] {
  const items: ReadinessItem[] = [
    { code: 'safety_assessment', met: record.safetyComplete },
    { code: 'risk_assessment', met: record.riskComplete },
  ];
  if (record.track === 'investigation') items.push({ code: 'findings', met: record.findingsComplete });
  items.push({ code: 'no_pending_override', met: !record.overridePending });
  items.push({
    code: 'reason_if_not_recommended',
    met: !differsFromGuide(record.decision, record.recommended) || (record.reason?.trim().length ?? 0) >= minimumReasonLength,
  });
  items.push({ code: 'community_referral', met: record.decision !== 'close_with_referral' || (record.communityReferral?.trim().length ?? 0) > 0 });
  return items;
}

/** The words a 422 uses for each unmet item, so the investigator knows what to do next. */
export const readinessMessages: Record<ReadinessCode, string> = {
  safety_assessment: 'Complete the safety assessment.',
  risk_assessment: 'Complete the risk assessment.',
  findings: 'Record a finding for every allegation.',
  no_pending_override: 'Wait for the supervisor to decide the risk level override.',
  reason_if_not_recommended: `The decision differs from the guide's recommendation: give the reason (at least ${minimumReasonLength} characters).`,
  community_referral: 'Name the community service the family is referred to.',
};
