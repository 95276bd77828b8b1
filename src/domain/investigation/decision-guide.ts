import type { DecisionGuide } from '../../profiles/profile-schema.js';

export type InvestigationDecision = DecisionGuide['rules'][number]['recommend'][number];
export type SafetyDecision = NonNullable<DecisionGuide['rules'][number]['when']['safety']>[number];
export type RiskLevel = NonNullable<DecisionGuide['rules'][number]['when']['risk']>[number];

/** What the guide looks at: the safety decision, the final risk level, any finding substantiated. */
export interface DecisionFacts {
  safetyDecision: SafetyDecision | null;
  riskLevel: RiskLevel | null;
  /** Any allegation found substantiated or indicated (NCANDS 1 or 2). */
  substantiated: boolean;
}

/**
 * INV-7: the decisions the profile's guide recommends. The first rule whose every condition holds
 * wins; a condition on a fact not known yet (no completed assessment) does not hold, so an
 * incomplete record only matches rules that do not ask about what is missing. No match → none.
 */
export function recommendedDecisions(guide: DecisionGuide, facts: DecisionFacts): InvestigationDecision[] {
  const rule = guide.rules.find(({ when }) => {
    if (when.safety && (facts.safetyDecision === null || !when.safety.includes(facts.safetyDecision))) return false;
    if (when.risk && (facts.riskLevel === null || !when.risk.includes(facts.riskLevel))) return false;
    if (when.substantiated !== undefined && when.substantiated !== facts.substantiated) return false;
    return true;
  });
  return rule ? [...rule.recommend] : [];
}

/** Findings that count as "substantiated" for the guide: NCANDS dispositions 1 and 2. */
export const substantiatingFindings = ['substantiated', 'indicated'] as const;

export const isSubstantiated = (findings: ReadonlyArray<string | null>) =>
  findings.some((f) => f !== null && (substantiatingFindings as readonly string[]).includes(f));
