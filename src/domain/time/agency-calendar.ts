import { Temporal } from 'temporal-polyfill';
import { type HolidayRule, holidaysInYear } from './holidays.js';
import { assertCalendar, assertCount, assertMoment, parseLocalDate } from './checks.js';

/** Where and when an agency works: its time zone, its days off, and its weekend. */
export interface AgencyCalendar {
  /** IANA zone, e.g. America/New_York. Business days are that zone's calendar dates. */
  timeZone: string;
  /** Treated as immutable: holiday dates are cached per rule list. */
  holidays: readonly HolidayRule[];
  /** ISO weekdays (1 = Monday … 7 = Sunday); default Saturday and Sunday. */
  weekend?: readonly number[];
}

const defaultWeekend: readonly number[] = [6, 7];
// Longer than any real run of closed days; past it the calendar can never yield a business day.
const longestClosure = 1_000;

const holidayCache = new WeakMap<readonly HolidayRule[], Map<number, ReadonlySet<string>>>();

/** Is the agency open on this local date (not a weekend day, not a holiday)? */
export function isBusinessDay(cal: AgencyCalendar, date: string): boolean {
  assertCalendar(cal);
  return isOpen(cal, parseLocalDate(date));
}

/** The agency-local calendar date of an instant: 03:00 UTC on 1 February is still 31 January in New York. */
export function localDateOf(cal: AgencyCalendar, moment: Date): string {
  assertCalendar(cal);
  assertMoment(moment, 'moment');
  return Temporal.Instant.fromEpochMilliseconds(moment.getTime()).toZonedDateTimeISO(cal.timeZone).toPlainDate().toString();
}

/**
 * The n-th business day after `date`. The start day never counts, even when it is a business
 * day, so n = 1 from a Friday is the following Monday; n = 0 returns `date` unchanged.
 */
export function addBusinessDays(cal: AgencyCalendar, date: string, n: number): string {
  assertCalendar(cal);
  assertCount(n, 'number of business days');
  let day = parseLocalDate(date);
  for (let counted = 0; counted < n; counted++) day = nextOpenDay(cal, day.add({ days: 1 }));
  return day.toString();
}

/**
 * How many business days d satisfy from < d <= to, so businessDaysBetween(d, addBusinessDays(d, n))
 * is n. Zero when `to` is on or before `from` (never negative).
 */
export function businessDaysBetween(cal: AgencyCalendar, from: string, to: string): number {
  assertCalendar(cal);
  const end = parseLocalDate(to, 'to');
  let day = parseLocalDate(from, 'from').add({ days: 1 });
  let count = 0;
  for (; Temporal.PlainDate.compare(day, end) <= 0; day = day.add({ days: 1 })) {
    if (isOpen(cal, day)) count++;
  }
  return count;
}

/** `date` itself when the agency is open that day, otherwise the next day it is. */
export function nextBusinessDayOnOrAfter(cal: AgencyCalendar, date: string): string {
  assertCalendar(cal);
  return nextOpenDay(cal, parseLocalDate(date)).toString();
}

function nextOpenDay(cal: AgencyCalendar, from: Temporal.PlainDate): Temporal.PlainDate {
  let day = from;
  for (let tried = 0; !isOpen(cal, day); tried++) {
    if (tried > longestClosure) throw new RangeError(`the calendar has no business day within ${longestClosure} days of ${from.toString()}`);
    day = day.add({ days: 1 });
  }
  return day;
}

function isOpen(cal: AgencyCalendar, day: Temporal.PlainDate): boolean {
  if ((cal.weekend ?? defaultWeekend).includes(day.dayOfWeek)) return false;
  return !holidayDates(cal.holidays, day.year).has(day.toString());
}

function holidayDates(rules: readonly HolidayRule[], year: number): ReadonlySet<string> {
  let byYear = holidayCache.get(rules);
  if (!byYear) {
    byYear = new Map();
    holidayCache.set(rules, byYear);
  }
  let dates = byYear.get(year);
  if (!dates) {
    dates = new Set(holidaysInYear(rules, year).map((h) => h.date));
    byYear.set(year, dates);
  }
  return dates;
}
