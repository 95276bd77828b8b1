export interface InstrumentSummary {
  recommended: { decision: string; responsePriority: string | null };
  differs: boolean;
}

/** `summary.instrument` of a screening decision, when the screener completed the instrument (INT-4). */
export function instrumentSummaryOf(summary: Record<string, unknown>): InstrumentSummary | null {
  const instrument = summary.instrument as { recommended?: { decision?: unknown; responsePriority?: unknown }; differs?: unknown } | null | undefined;
  const decision = instrument?.recommended?.decision;
  if (typeof decision !== 'string') return null;
  const priority = instrument?.recommended?.responsePriority;
  return { recommended: { decision, responsePriority: typeof priority === 'string' ? priority : null }, differs: instrument?.differs === true };
}
