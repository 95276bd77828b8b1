import type { Transaction } from 'kysely';
import { type InstrumentResult, type Threat, threatsOf } from '../../../../domain/instruments/index.js';
import type { DB } from '../../../db/schema.js';
import { findAssessments, overrideOf, type StoredOverride } from './assessments.repo.js';

type Trx = Transaction<DB>;

export type SafetyDecision = 'safe' | 'safe_with_plan' | 'unsafe';

export interface AssessmentOutcomes {
  /** The decision of the completed safety assessment; null until it is completed. */
  safetyDecision: SafetyDecision | null;
  safetyComplete: boolean;
  riskComplete: boolean;
  /** The final risk level: the scored one, or an approved override's; null until completed. */
  riskLevel: string | null;
  overridePending: boolean;
  safetyAssessmentId: string | null;
  /** The threats the safety assessment found (answered so far, when it is still a draft). */
  threats: Threat[];
}

/** The scored level, and the final one: an override's level counts only once a supervisor approved it (INV-5). */
export function riskLevelOf(result: InstrumentResult | null, override: StoredOverride | null) {
  const scored = result?.complete ? result.level : null;
  return { scored, final: override?.status === 'approved' ? override.finalLevel : scored, override };
}

export const safetyDecisionOf = (result: InstrumentResult | null): SafetyDecision | null =>
  result?.complete && result.decision ? (result.decision.outcome as SafetyDecision) : null;

/**
 * What the safety and risk assessments concluded, for the decision guide (INV-7) and the safety
 * plan (INV-4). Reads only; the caller has already checked access and audits its own read.
 */
export async function assessmentOutcomes(trx: Trx, investigationId: string): Promise<AssessmentOutcomes> {
  const { safety, risk } = await findAssessments(trx, investigationId);
  const safetyComplete = safety?.response.status === 'completed';
  const riskComplete = risk?.response.status === 'completed';
  const override = risk ? overrideOf(risk.response) : null;
  return {
    safetyDecision: safetyComplete ? safetyDecisionOf(safety!.response.result as unknown as InstrumentResult) : null,
    safetyComplete,
    riskComplete,
    riskLevel: riskComplete ? riskLevelOf(risk!.response.result as unknown as InstrumentResult, override).final : null,
    overridePending: override?.status === 'pending',
    safetyAssessmentId: safety?.response.id ?? null,
    threats: safety ? threatsOf(safety.definition, safety.response.answers) : [],
  };
}
