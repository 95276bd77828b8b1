import { Temporal } from 'temporal-polyfill';
import type { AgencyCalendar } from './agency-calendar.js';

// Shared input checks for the time module. Not re-exported from index.ts: callers pass plain
// strings and numbers, and every public function turns bad input into a RangeError here.

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** A strict YYYY-MM-DD date. Temporal alone would also accept times, offsets and six-digit years. */
export function parseLocalDate(date: string, what = 'date'): Temporal.PlainDate {
  if (typeof date !== 'string' || !isoDate.test(date)) {
    throw new RangeError(`${what} must be a YYYY-MM-DD date, got ${JSON.stringify(date)}`);
  }
  try {
    return Temporal.PlainDate.from(date, { overflow: 'reject' });
  } catch {
    throw new RangeError(`${what} ${date} is not a real calendar date`);
  }
}

export function assertCount(amount: number, what: string): void {
  if (!Number.isSafeInteger(amount) || amount < 0) {
    throw new RangeError(`${what} must be a whole number of zero or more, got ${amount}`);
  }
}

export function assertMoment(moment: Date, what: string): void {
  if (!(moment instanceof Date) || Number.isNaN(moment.getTime())) {
    throw new RangeError(`${what} must be a valid Date`);
  }
}

// Checking a zone builds Temporal zone data; remember the ones that passed.
const knownZones = new Set<string>();

export function assertCalendar(cal: AgencyCalendar): void {
  if (typeof cal !== 'object' || cal === null) throw new RangeError('an agency calendar is required');
  if (!knownZones.has(cal.timeZone)) {
    try {
      if (typeof cal.timeZone !== 'string') throw new TypeError();
      Temporal.Instant.fromEpochMilliseconds(0).toZonedDateTimeISO(cal.timeZone);
    } catch {
      throw new RangeError(`unknown time zone ${JSON.stringify(cal.timeZone)}; use an IANA name such as America/New_York`);
    }
    knownZones.add(cal.timeZone);
  }
  if (!Array.isArray(cal.holidays)) throw new RangeError('holidays must be a list of holiday rules');
  const weekend = cal.weekend;
  if (weekend === undefined) return;
  if (!Array.isArray(weekend) || !weekend.every((d) => Number.isInteger(d) && d >= 1 && d <= 7)) {
    throw new RangeError('weekend must list ISO weekdays from 1 (Monday) to 7 (Sunday)');
  }
  if (new Set(weekend).size === 7) throw new RangeError('weekend cannot cover all seven days');
}
