import { Temporal } from 'temporal-polyfill';
import { type AgencyCalendar, addBusinessDays, localDateOf, nextBusinessDayOnOrAfter } from './agency-calendar.js';
import { assertCalendar, assertCount, assertMoment, parseLocalDate } from './checks.js';

export type DurationUnit = 'hours' | 'calendar_days' | 'business_days' | 'months';
/** How long the agency has, as statute or policy words it: "within 30 business days". */
export interface Duration {
  amount: number;
  unit: DurationUnit;
}
export interface DeadlineOptions {
  /** A due date falling on a weekend or holiday moves to the next business day. */
  rollToBusinessDay?: boolean;
}

const hourMs = 3_600_000;
const units: readonly DurationUnit[] = ['hours', 'calendar_days', 'business_days', 'months'];

/**
 * The due moment for something that must happen within `duration` of `anchor`.
 * - hours: exact elapsed time, anchor + amount hours (a clock change does not move it); never rolled.
 * - calendar_days: end of the agency-local day `amount` days after the anchor's local date.
 * - business_days: end of the local day addBusinessDays(anchor's local date, amount).
 * - months: end of the local day `amount` months later, clamped (31 January + 1 month = 28/29 February).
 * With rollToBusinessDay a day-based due date on a weekend or holiday moves to the next business day.
 */
export function dueMoment(cal: AgencyCalendar, anchor: Date, duration: Duration, options: DeadlineOptions = {}): Date {
  assertCalendar(cal);
  assertMoment(anchor, 'anchor');
  assertDuration(duration);
  if (duration.unit === 'hours') {
    const due = new Date(anchor.getTime() + duration.amount * hourMs);
    assertMoment(due, 'due moment');
    return due;
  }
  const start = localDateOf(cal, anchor);
  let dueDate = localDueDate(cal, start, duration);
  if (options.rollToBusinessDay) dueDate = nextBusinessDayOnOrAfter(cal, dueDate);
  return endOfLocalDay(cal, dueDate);
}

/**
 * The last millisecond of a local date: one before the start of the next day in cal.timeZone.
 * Temporal finds that start, so 23- and 25-hour days (and zones that skip midnight) come out right.
 */
export function endOfLocalDay(cal: AgencyCalendar, date: string): Date {
  assertCalendar(cal);
  const nextDay = parseLocalDate(date).add({ days: 1 });
  return new Date(nextDay.toZonedDateTime({ timeZone: cal.timeZone }).epochMilliseconds - 1);
}

function localDueDate(cal: AgencyCalendar, start: string, duration: Duration): string {
  switch (duration.unit) {
    case 'business_days':
      return addBusinessDays(cal, start, duration.amount);
    case 'calendar_days':
      return Temporal.PlainDate.from(start).add({ days: duration.amount }).toString();
    default:
      // Temporal's default overflow is 'constrain': a missing day clamps to the month's last.
      return Temporal.PlainDate.from(start).add({ months: duration.amount }).toString();
  }
}

const wording: Record<'en' | 'es', Record<DurationUnit, [one: string, many: string]>> = {
  en: {
    hours: ['hour', 'hours'],
    calendar_days: ['calendar day', 'calendar days'],
    business_days: ['business day', 'business days'],
    months: ['month', 'months'],
  },
  // "Día calendario" is the usual US Spanish for a calendar day (Spain says "día natural").
  es: {
    hours: ['hora', 'horas'],
    calendar_days: ['día calendario', 'días calendario'],
    business_days: ['día hábil', 'días hábiles'],
    months: ['mes', 'meses'],
  },
};

/** Plain words for a duration: "30 business days", "1 month" / "30 días hábiles", "1 mes". */
export function describeDuration(duration: Duration, language: 'en' | 'es'): string {
  assertDuration(duration);
  const words = wording[language];
  if (!words) throw new RangeError(`language must be 'en' or 'es', got ${JSON.stringify(language)}`);
  const [one, many] = words[duration.unit];
  return `${duration.amount} ${duration.amount === 1 ? one : many}`;
}

function assertDuration(duration: Duration): void {
  if (typeof duration !== 'object' || duration === null || !units.includes(duration.unit)) {
    throw new RangeError(`duration unit must be one of ${units.join(', ')}, got ${JSON.stringify(duration?.unit)}`);
  }
  assertCount(duration.amount, `duration amount in ${duration.unit}`);
}
