import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import type { AgencyCalendar } from './agency-calendar.js';
import { type Duration, describeDuration, dueMoment, endOfLocalDay } from './deadline.js';
import { usFederalHolidays } from './holidays.js';

const HOUR = 3_600_000;
const newYork: AgencyCalendar = { timeZone: 'America/New_York', holidays: usFederalHolidays() };
const wallClock = (moment: Date, timeZone = 'America/New_York') =>
  Temporal.Instant.fromEpochMilliseconds(moment.getTime()).toZonedDateTimeISO(timeZone).toPlainDateTime().toString();

describe('worked deadlines, checked by hand', () => {
  it('GA 30 business days from a report received Friday 2026-11-20 14:00 ends Wednesday 2027-01-06', () => {
    // Day 1 is Monday 23 Nov. Nov: 23,24,25 (1-3), Thanksgiving 26 skipped, 27 (4), 30 (5).
    // Dec: 1-4 (6-9), 7-11 (10-14), 14-18 (15-19), 21-24 (20-23), Christmas Fri 25 skipped,
    // 28-31 (24-27). Jan 2027: New Year Fri 1 skipped, 4, 5, 6 (28-30). MLK Day (18 Jan) is
    // never reached. Wednesday 6 Jan ends at local midnight EST (UTC-5) = 05:00 UTC on the 7th.
    const received = new Date('2026-11-20T14:00:00-05:00');
    const due = dueMoment(newYork, received, { amount: 30, unit: 'business_days' });
    expect(due.toISOString()).toBe('2027-01-07T04:59:59.999Z');
    expect(wallClock(due)).toBe('2027-01-06T23:59:59.999');
  });

  it('an agency that also closes the day after Thanksgiving gets one more day: Thursday 2027-01-07', () => {
    const cal: AgencyCalendar = {
      ...newYork,
      holidays: [...newYork.holidays, { name: 'Day after Thanksgiving', kind: 'day_after', of: 'Thanksgiving Day', days: 1 }],
    };
    const due = dueMoment(cal, new Date('2026-11-20T14:00:00-05:00'), { amount: 30, unit: 'business_days' });
    expect(due.toISOString()).toBe('2027-01-08T04:59:59.999Z');
  });

  it('72 hours across the 2026-11-01 fall back is 72 elapsed hours, so the wall clock reads an hour earlier', () => {
    // 09:00 EDT Saturday 31 Oct = 13:00 UTC; +72 h = 13:00 UTC Tuesday 3 Nov = 08:00 EST.
    const received = new Date('2026-10-31T09:00:00-04:00');
    const due = dueMoment(newYork, received, { amount: 72, unit: 'hours' });
    expect(due.toISOString()).toBe('2026-11-03T13:00:00.000Z');
    expect(wallClock(due)).toBe('2026-11-03T08:00:00');
    expect(due.getTime() - received.getTime()).toBe(72 * HOUR);
  });

  it('72 hours across the 2026-03-08 spring forward reads an hour later on the wall clock', () => {
    // 09:00 EST Friday 6 Mar = 14:00 UTC; +72 h = 14:00 UTC Monday 9 Mar = 10:00 EDT.
    const received = new Date('2026-03-06T09:00:00-05:00');
    // Rolling is ignored for hours: Monday 10:00 stands even though it is 72 hours to the minute.
    const due = dueMoment(newYork, received, { amount: 72, unit: 'hours' }, { rollToBusinessDay: true });
    expect(due.toISOString()).toBe('2026-03-09T14:00:00.000Z');
    expect(wallClock(due)).toBe('2026-03-09T10:00:00');
  });

  it('1 calendar day from 23:30 on Saturday 2026-03-07 ends at midnight on the 23-hour Sunday', () => {
    // Local date 7 Mar + 1 = Sunday 8 Mar, which loses 02:00-03:00. Its end is midnight EDT
    // (UTC-4) = 04:00 UTC on the 9th: only 23.5 hours after the report, not 24.5.
    const received = new Date('2026-03-07T23:30:00-05:00');
    const due = dueMoment(newYork, received, { amount: 1, unit: 'calendar_days' });
    expect(due.toISOString()).toBe('2026-03-09T03:59:59.999Z');
    expect(due.getTime() + 1 - received.getTime()).toBe(23.5 * HOUR);
    // Rolled to a business day, Sunday moves to the end of Monday 9 March.
    expect(dueMoment(newYork, received, { amount: 1, unit: 'calendar_days' }, { rollToBusinessDay: true }).toISOString()).toBe('2026-03-10T03:59:59.999Z');
  });

  it('31 January + 1 month clamps to the end of February', () => {
    const oneMonth: Duration = { amount: 1, unit: 'months' };
    // 28 Feb 2026 ends at midnight EST = 05:00 UTC on 1 March.
    expect(dueMoment(newYork, new Date('2026-01-31T12:00:00-05:00'), oneMonth).toISOString()).toBe('2026-03-01T04:59:59.999Z');
    // 2028 is a leap year: 29 February.
    expect(dueMoment(newYork, new Date('2028-01-31T12:00:00-05:00'), oneMonth).toISOString()).toBe('2028-03-01T04:59:59.999Z');
    // 28 Feb 2026 is a Saturday; rolled, it becomes Monday 2 March.
    expect(dueMoment(newYork, new Date('2026-01-31T12:00:00-05:00'), oneMonth, { rollToBusinessDay: true }).toISOString()).toBe('2026-03-03T04:59:59.999Z');
  });

  it('starts from the agency-local date: 03:00 UTC on 1 Feb is still 31 Jan in New York but not in London', () => {
    const received = new Date('2026-02-01T03:00:00Z');
    const oneMonth: Duration = { amount: 1, unit: 'months' };
    expect(dueMoment(newYork, received, oneMonth).toISOString()).toBe('2026-03-01T04:59:59.999Z'); // end of 28 Feb EST
    const london: AgencyCalendar = { timeZone: 'Europe/London', holidays: [] };
    expect(dueMoment(london, received, oneMonth).toISOString()).toBe('2026-03-01T23:59:59.999Z'); // end of 1 Mar GMT
  });

  it('business days from a report received on the observed Independence Day, Friday 2026-07-03', () => {
    const received = new Date('2026-07-03T10:00:00-04:00');
    // Day 1 is Monday 6 July; 6-10 are days 1-5 and 13-17 days 6-10. End of Friday 17 July, EDT.
    expect(dueMoment(newYork, received, { amount: 10, unit: 'business_days' }).toISOString()).toBe('2026-07-18T03:59:59.999Z');
    // Zero business days is the end of the day received; rolled, the holiday gives way to Monday.
    expect(dueMoment(newYork, received, { amount: 0, unit: 'business_days' }).toISOString()).toBe('2026-07-04T03:59:59.999Z');
    expect(dueMoment(newYork, received, { amount: 0, unit: 'business_days' }, { rollToBusinessDay: true }).toISOString()).toBe('2026-07-07T03:59:59.999Z');
  });
});

describe('end of a local day', () => {
  it.each([
    ['America/New_York', '2026-11-01', '2026-11-02T04:59:59.999Z', 25], // fall back: 25-hour day
    ['America/New_York', '2026-03-08', '2026-03-09T03:59:59.999Z', 23], // spring forward: 23-hour day
    ['Europe/London', '2026-03-29', '2026-03-29T22:59:59.999Z', 23],
    ['Europe/London', '2026-10-25', '2026-10-25T23:59:59.999Z', 25],
    ['Pacific/Honolulu', '2026-03-08', '2026-03-09T09:59:59.999Z', 24], // no daylight saving
  ])('in %s, %s ends at %s after %i hours', (timeZone, date, expected, hours) => {
    const cal: AgencyCalendar = { timeZone, holidays: [] };
    const end = endOfLocalDay(cal, date);
    expect(end.toISOString()).toBe(expected);
    const previousEnd = endOfLocalDay(cal, Temporal.PlainDate.from(date).subtract({ days: 1 }).toString());
    expect(end.getTime() - previousEnd.getTime()).toBe(hours * HOUR);
  });
});

describe('describing a duration', () => {
  it.each<[Duration, string, string]>([
    [{ amount: 1, unit: 'hours' }, '1 hour', '1 hora'],
    [{ amount: 72, unit: 'hours' }, '72 hours', '72 horas'],
    [{ amount: 1, unit: 'calendar_days' }, '1 calendar day', '1 día calendario'],
    [{ amount: 10, unit: 'calendar_days' }, '10 calendar days', '10 días calendario'],
    [{ amount: 1, unit: 'business_days' }, '1 business day', '1 día hábil'],
    [{ amount: 30, unit: 'business_days' }, '30 business days', '30 días hábiles'],
    [{ amount: 1, unit: 'months' }, '1 month', '1 mes'],
    [{ amount: 6, unit: 'months' }, '6 months', '6 meses'],
    [{ amount: 0, unit: 'hours' }, '0 hours', '0 horas'],
  ])('%o reads "%s" and "%s"', (duration, english, spanish) => {
    expect(describeDuration(duration, 'en')).toBe(english);
    expect(describeDuration(duration, 'es')).toBe(spanish);
  });
});

describe('bad input', () => {
  const anchor = new Date('2026-11-20T14:00:00Z');
  it.each([
    ['a negative amount', () => dueMoment(newYork, anchor, { amount: -1, unit: 'calendar_days' }), /zero or more/],
    ['a fractional amount', () => dueMoment(newYork, anchor, { amount: 1.5, unit: 'hours' }), /whole number/],
    ['an unknown unit', () => dueMoment(newYork, anchor, { amount: 1, unit: 'weeks' as 'hours' }), /unit must be one of/],
    ['an invalid anchor', () => dueMoment(newYork, new Date(Number.NaN), { amount: 1, unit: 'hours' }), /anchor must be a valid Date/],
    ['an unknown zone', () => endOfLocalDay({ timeZone: 'EST5EDT6', holidays: [] }, '2026-11-20'), /unknown time zone/],
    ['a malformed date', () => endOfLocalDay(newYork, '20261120'), /YYYY-MM-DD/],
    ['a negative description', () => describeDuration({ amount: -3, unit: 'months' }, 'en'), /zero or more/],
    ['an unknown language', () => describeDuration({ amount: 3, unit: 'months' }, 'fr' as 'en'), /language/],
  ])('rejects %s with a RangeError', (_label, call, message) => {
    expect(call).toThrow(RangeError);
    expect(call).toThrow(message);
  });
});
