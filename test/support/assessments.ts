import { expect } from 'vitest';
import type { Client } from './harness.js';

/**
 * Completes the investigation's assessments through the API with answers that give a chosen
 * outcome, for tests of what follows from them (safety plans, decisions). The answers fit the
 * demonstration instruments src/profiles/instruments/safety-assessment.ts and family-risk.ts.
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
    return { ...capacities('yes'), ...noThreats, threat_not_protecting: 'yes', ...vulnerability, interventions_in_home: ['family_network', 'person_leaves'], interventions_control: 'yes' };
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

async function complete(client: Client, investigationId: string, kind: 'safety' | 'risk', answersFor: (childIds: string[]) => Record<string, unknown>) {
  const current = await client.get(`/api/investigations/${investigationId}/assessments/${kind}`);
  expect(current.statusCode, current.body).toBe(200);
  const { childIds, response } = current.json();
  const saved = await client.put(`/api/investigations/${investigationId}/assessments/${kind}`, {
    answers: answersFor(childIds),
    ...(response ? { version: response.version } : {}),
    complete: true,
  });
  expect(saved.statusCode, saved.body).toBe(200);
  return saved.json();
}

/** Completes the safety assessment with the given decision (an unsafe one also asks for a placement approval). */
export async function completeSafetyAssessment(client: Client, investigationId: string, outcome: SafetyOutcome) {
  const assessment = await complete(client, investigationId, 'safety', (childIds) => safetyAnswers(outcome, childIds));
  expect(assessment.safetyDecision).toBe(outcome);
  return assessment;
}

/** Completes the risk assessment so that it scores the given level. */
export async function completeRiskAssessment(client: Client, investigationId: string, level: RiskLevel) {
  const assessment = await complete(client, investigationId, 'risk', () => riskAnswers(level));
  expect(assessment.riskLevel.scored).toBe(level);
  return assessment;
}
