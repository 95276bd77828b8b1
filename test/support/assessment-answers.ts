/**
 * Answers to the demonstration instruments (src/profiles/instruments/safety-assessment.ts and
 * family-risk.ts) that give a chosen outcome. Plain data, so the API tests and the browser journey
 * answer the same questions the same way.
 */

export type SafetyOutcome = 'safe' | 'safe_with_plan' | 'unsafe';
export type RiskLevel = 'low' | 'moderate' | 'high' | 'very_high';

const capacities = (answer: 'yes' | 'no') => ({ pc_sees_danger: answer, pc_protected_before: answer, pc_network: answer, pc_works_with_agency: answer });
const noThreats = {
  threat_serious_harm: 'no',
  threat_unexplained_injury: 'no',
  threat_needs_unmet: 'no',
  threat_hazardous_home: 'no',
  threat_substance_use: 'no',
  threat_adult_violence: 'no',
  threat_caregiver_condition: 'no',
  threat_not_protecting: 'no',
  threat_sexual_abuse: 'no',
  threat_no_access: 'no',
  threat_other: 'no',
};

/** Answers to the demonstration safety assessment giving `outcome`; child vulnerability is answered for each child. */
export function safetyAnswers(outcome: SafetyOutcome, childIds: string[]): Record<string, unknown> {
  const perChild = (answer: 'yes' | 'no') => Object.fromEntries(childIds.map((id) => [id, answer]));
  const vulnerability = { cv_under_six: perChild('no'), cv_limited_self_protection: perChild('no'), cv_rarely_seen: perChild('no') };
  if (outcome === 'safe') return { ...capacities('yes'), ...noThreats, ...vulnerability };
  if (outcome === 'safe_with_plan') {
    // One threat (the mother cannot keep the child from her partner), controlled by the family network.
    return {
      ...capacities('yes'),
      ...noThreats,
      threat_not_protecting: 'yes',
      ...vulnerability,
      interventions_in_home: ['family_network', 'person_leaves'],
      interventions_control: 'yes',
    };
  }
  return { ...capacities('no'), ...noThreats, threat_serious_harm: 'yes', threat_not_protecting: 'yes', ...vulnerability, interventions_in_home: ['none'] };
}

const riskBaseline = {
  prior_reports: 'none',
  prior_injury: 'no',
  children_in_home: 'one_or_two',
  youngest_under_two: 'no',
  housing_unstable: 'no',
  child_needs: ['none'],
  substance_use: 'never',
  mental_health: 'no',
  adult_violence: 'none',
  harsh_discipline: 'no',
  caregiver_in_care_as_child: 'no',
};

/** Answers to the demonstration family risk assessment scoring `level` (abuse index 0, 3, 5, 7). */
export function riskAnswers(level: RiskLevel): Record<string, unknown> {
  if (level === 'low') return { ...riskBaseline };
  const moderate = { ...riskBaseline, adult_violence: 'repeated', harsh_discipline: 'yes' };
  if (level === 'moderate') return moderate;
  const high = { ...moderate, prior_injury: 'yes', caregiver_in_care_as_child: 'yes' };
  if (level === 'high') return high;
  return { ...high, prior_reports: 'two_or_more', substance_use: 'current' };
}
