import type { InstrumentRecommendation } from '../../../api/instruments';

/**
 * Whether the screener's choice differs from what the instrument recommends, by the same rule the
 * server uses when it tells the supervisor (screening-instrument.service.ts): another decision, or
 * another response priority where the instrument names one. Nothing differs before a decision is
 * chosen.
 */
export function differsFromRecommendation(recommendation: InstrumentRecommendation | null, chosen: { decision: string; responsePriority: string }): boolean {
  if (!recommendation || chosen.decision === '') return false;
  if (recommendation.decision !== chosen.decision) return true;
  return recommendation.responsePriority !== null && recommendation.responsePriority !== chosen.responsePriority;
}
