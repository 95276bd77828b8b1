import { expect } from 'vitest';
import { type RiskLevel, riskAnswers, type SafetyOutcome, safetyAnswers } from './assessment-answers.js';
import type { Client } from './harness.js';

/**
 * Completes the investigation's assessments through the API with answers that give a chosen
 * outcome, for tests of what follows from them (safety plans, decisions). The answers fit the
 * demonstration instruments src/profiles/instruments/safety-assessment.ts and family-risk.ts.
 */

export { type RiskLevel, riskAnswers, type SafetyOutcome, safetyAnswers };

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
