import { Temporal } from 'temporal-polyfill';
import type { ProfileVersion } from '../../../../profiles/profile-schema.js';

type VisitStandard = ProfileVersion['visitStandards'][number];
type RiskLevel = VisitStandard['riskLevels'][number];
export type Frequency = { visits: number; per: 'week' | 'month'; inResidenceShare?: number | undefined };

/** The profile's standard for a case: set (with its source), left to the agency, or not decidable yet. */
export type StandardFound =
  | { kind: 'set'; frequency: Frequency; source: string }
  | { kind: 'agency_to_set'; note: string | null }
  | { kind: 'risk_unknown' }
  | { kind: 'none' };

/**
 * VIS-1: which of the profile's visit standards applies to a case of this type and risk level. With
 * no risk level yet (the risk assessment is not complete), a case type whose rows all say the same
 * still has its answer; otherwise it waits for the risk level.
 */
export function standardFor(standards: readonly VisitStandard[], caseType: VisitStandard['caseType'], riskLevel: RiskLevel | null): StandardFound {
  const forType = standards.filter((s) => s.caseType === caseType);
  if (forType.length === 0) return { kind: 'none' };
  const rows = riskLevel ? forType.filter((s) => s.riskLevels.includes(riskLevel)) : forType;
  const distinct = new Set(rows.map((s) => JSON.stringify(s.frequency)));
  if (rows.length === 0) return { kind: 'none' };
  if (distinct.size > 1) return { kind: 'risk_unknown' };
  const frequency = rows[0]!.frequency;
  return 'value' in frequency ? { kind: 'set', frequency: frequency.value, source: frequency.source } : { kind: 'agency_to_set', note: frequency.note ?? null };
}

export interface ChildDue {
  personId: string;
  periodStart: string;
  /** The last day of the period: the visit is due by then. */
  dueBy: string;
  required: number;
  seen: number;
  remaining: number;
  lastSeenOn: string | null;
  /** met: enough visits this period; due: not yet; overdue: not yet, and the last full period fell short too. */
  status: 'met' | 'due' | 'overdue';
}

function periodOf(day: Temporal.PlainDate, per: Frequency['per']) {
  if (per === 'month') {
    const start = day.with({ day: 1 });
    return { start, end: start.add({ months: 1 }).subtract({ days: 1 }) };
  }
  const start = day.subtract({ days: day.dayOfWeek - 1 }); // weeks run Monday to Sunday
  return { start, end: start.add({ days: 6 }) };
}

/**
 * VIS-1: what is due for each child in the current week or month under a set standard, given the
 * days each was seen. The period before counts against the child only if the case was open for all
 * of it (a case opened mid-month owes nothing for that month).
 */
export function visitsDue(
  frequency: Frequency,
  today: string,
  caseOpenedOn: string,
  children: ReadonlyArray<{ personId: string; seenOn: readonly string[] }>,
): ChildDue[] {
  const now = Temporal.PlainDate.from(today);
  const current = periodOf(now, frequency.per);
  const previous = periodOf(current.start.subtract({ days: 1 }), frequency.per);
  const within = (d: string, p: { start: Temporal.PlainDate; end: Temporal.PlainDate }) => d >= p.start.toString() && d <= p.end.toString();
  const previousCounts = caseOpenedOn <= previous.start.toString();
  return children.map((child) => {
    const seen = child.seenOn.filter((d) => within(d, current)).length;
    const seenBefore = child.seenOn.filter((d) => within(d, previous)).length;
    const remaining = Math.max(0, frequency.visits - seen);
    const status = remaining === 0 ? 'met' : previousCounts && seenBefore < frequency.visits ? 'overdue' : 'due';
    const past = child.seenOn.filter((d) => d <= today);
    return {
      personId: child.personId,
      periodStart: current.start.toString(),
      dueBy: current.end.toString(),
      required: frequency.visits,
      seen,
      remaining,
      // ISO dates sort as text; the latest is the last.
      lastSeenOn: [...past].sort().at(-1) ?? null,
      status,
    };
  });
}
