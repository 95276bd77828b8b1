import type { Measure, UnitReportInvestigation, UnitReportRange } from '../../api/unit-report';

/** The pure parts of the unit report (SUP-1): the URL's date range, measures in words, overdue first. */

const isoDate = (value: unknown): string | undefined => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? value.trim() : undefined);

/** `?from=&to=` from the URL; a malformed date is dropped rather than sent. */
export function parseUnitReportSearch(search: Record<string, unknown>): UnitReportRange {
  return { from: isoDate(search.from), to: isoDate(search.to) };
}

/** A range whose end comes before its start cannot be asked for. */
export const rangeProblem = (range: UnitReportRange): 'unitReport.rangeBackwards' | null =>
  range.from && range.to && range.to < range.from ? 'unitReport.rangeBackwards' : null;

export type MeasureWords = { kind: 'none' } | { kind: 'share'; met: number; due: number; pct: number };

/** "8 of 10 (80%)", or nothing due; the percentage is the server's when it sent one. */
export function describeMeasure(measure: Measure): MeasureWords {
  if (measure.due <= 0) return { kind: 'none' };
  const pct = measure.pct ?? Math.round((measure.met / measure.due) * 100);
  return { kind: 'share', met: measure.met, due: measure.due, pct };
}

/** Overdue investigations first, then the other open ones, then closed; otherwise in the server's order (soonest response first). */
export function overdueFirst(items: UnitReportInvestigation[]): UnitReportInvestigation[] {
  const rank = (item: UnitReportInvestigation) => (item.overdue ? 0 : item.status === 'open' ? 1 : 2);
  return [...items].sort((a, b) => rank(a) - rank(b));
}

/**
 * Whether the first face-to-face contact came within the response time: words, not a colour. A
 * closed investigation that never saw the child missed it (INV-1); an open one is still running.
 */
export function responseOutcome(
  item: Pick<UnitReportInvestigation, 'responseDueAt' | 'firstContactAt'> & { status?: string },
): 'met' | 'missed' | 'never_seen' | 'pending' {
  if (!item.firstContactAt) return item.status && item.status !== 'open' ? 'never_seen' : 'pending';
  if (!item.responseDueAt) return 'met';
  return new Date(item.firstContactAt).getTime() <= new Date(item.responseDueAt).getTime() ? 'met' : 'missed';
}
