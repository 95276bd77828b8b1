import type { ApprovalItem } from '../../api/types';

/**
 * What the approval queue shows about the investigation's requests (INV-3, INV-5, INV-6, INV-7),
 * read defensively from each kind's `summary` (src/server/features/investigations/*.approval.ts):
 * a field of the wrong type is left out rather than shown wrong.
 */

interface Base {
  investigationId: string;
  number: string | null;
}

export type InvestigationApprovalSummary =
  | (Base & {
      kind: 'risk_override';
      overrideKind: 'policy' | 'discretionary' | null;
      scoredLevel: string | null;
      requestedLevel: string | null;
      reason: string | null;
    })
  | (Base & {
      kind: 'investigation_decision';
      decision: string | null;
      recommended: string[];
      differs: boolean;
      reason: string | null;
      childNames: string[];
      safetyDecision: string | null;
      riskLevel: string | null;
      findingCounts: Record<string, number>;
      childrenNeverSeen: string[];
      unseenException: string | null;
    })
  | (Base & { kind: 'extension'; currentDueAt: string | null; requestedDueOn: string | null; reason: string | null })
  | (Base & { kind: 'placement'; reason: string | null; childNames: string[] })
  | (Base & {
      kind: 'safety_plan';
      safetyPlanId: string | null;
      threatsCount: number | null;
      actionCount: number | null;
      familyAgreement: string[];
      nextReviewOn: string | null;
    });

const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value : null);
const count = (value: unknown) => (typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null);
const texts = (value: unknown) => (Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : []);

export function investigationSummaryOf(item: Pick<ApprovalItem, 'kind' | 'summary' | 'subjectType' | 'subjectId'>): InvestigationApprovalSummary | null {
  const summary = item.summary ?? {};
  const investigationId = text(summary.investigationId) ?? (item.subjectType === 'investigation' ? item.subjectId : null);
  if (!investigationId) return null;
  const base = { investigationId, number: text(summary.number) ?? text(summary.investigationNumber) };
  switch (item.kind) {
    case 'risk_override': {
      const kind = summary.overrideKind === 'policy' || summary.overrideKind === 'discretionary' ? summary.overrideKind : null;
      return {
        ...base,
        kind: 'risk_override',
        overrideKind: kind,
        scoredLevel: text(summary.scoredLevel),
        requestedLevel: text(summary.requestedLevel),
        reason: text(summary.reason),
      };
    }
    case 'investigation_decision': {
      const decision = text(summary.decision);
      const recommended = texts(summary.recommended);
      // Trust the server's own comparison; work it out only when it did not send one.
      const differs = typeof summary.differs === 'boolean' ? summary.differs : decision !== null && recommended.length > 0 && !recommended.includes(decision);
      const counts = typeof summary.findingCounts === 'object' && summary.findingCounts !== null ? (summary.findingCounts as Record<string, unknown>) : {};
      return {
        ...base,
        kind: 'investigation_decision',
        decision,
        recommended,
        differs,
        reason: text(summary.reason),
        childNames: texts(summary.childNames),
        safetyDecision: text(summary.safetyDecision),
        riskLevel: text(summary.riskLevel),
        findingCounts: Object.fromEntries(Object.entries(counts).filter((entry): entry is [string, number] => count(entry[1]) !== null)),
        childrenNeverSeen: texts(summary.childrenNeverSeen),
        unseenException: text(summary.unseenException),
      };
    }
    case 'extension':
      return {
        ...base,
        kind: 'extension',
        currentDueAt: text(summary.currentDueAt),
        requestedDueOn: text(summary.requestedDueOn),
        reason: text(summary.reason),
      };
    case 'placement':
      return { ...base, kind: 'placement', reason: text(summary.reason), childNames: texts(summary.childNames) };
    case 'safety_plan':
      return {
        ...base,
        kind: 'safety_plan',
        safetyPlanId: text(summary.safetyPlanId),
        threatsCount: count(summary.threatsCount),
        actionCount: count(summary.actionCount),
        familyAgreement: texts(summary.familyAgreement),
        nextReviewOn: text(summary.nextReviewOn),
      };
    default:
      return null;
  }
}
