import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { type AgencyCalendar, addBusinessDays, businessDaysBetween, isBusinessDay, localDateOf, nextBusinessDayOnOrAfter } from './agency-calendar.js';
import { type HolidayRule, holidaysInYear, usFederalHolidays } from './holidays.js';
import { anyCalendar, anyDate, anyMoment } from './test-arbitraries.js';

const newYork: AgencyCalendar = { timeZone: 'America/New_York', holidays: usFederalHolidays() };
const compare = (a: string, b: string) => Temporal.PlainDate.compare(Temporal.PlainDate.from(a), Temporal.PlainDate.from(b));

describe('business days in worked examples', () => {
  it('counts from the day after the start: 1 business day from Friday 2026-11-20 is Monday 2026-11-23', () => {
    expect(addBusinessDays(newYork, '2026-11-20', 1)).toBe('2026-11-23');
    expect(addBusinessDays(newYork, '2026-11-20', 0)).toBe('2026-11-20');
  });

  it('skips the observed Independence Day, Friday 2026-07-03', () => {
    expect(isBusinessDay(newYork, '2026-07-03')).toBe(false);
    expect(isBusinessDay(newYork, '2026-07-02')).toBe(true);
    // Thursday 2 July + 1 jumps Friday the 3rd (observed holiday) and the weekend.
    expect(addBusinessDays(newYork, '2026-07-02', 1)).toBe('2026-07-06');
    expect(nextBusinessDayOnOrAfter(newYork, '2026-07-03')).toBe('2026-07-06');
  });

  it('skips a one-off closure: 3 business days from Tuesday 2026-12-22 with the office shut on the 24th', () => {
    // Without the closure: 23rd (1), 24th (2), Christmas Friday, weekend, 28th (3).
    expect(addBusinessDays(newYork, '2026-12-22', 3)).toBe('2026-12-28');
    // With it: 23rd (1), 24th closed, Christmas, weekend, 28th (2), 29th (3).
    const stormy: AgencyCalendar = { ...newYork, holidays: [...newYork.holidays, { name: 'Ice storm', kind: 'once', date: '2026-12-24' }] };
    expect(addBusinessDays(stormy, '2026-12-22', 3)).toBe('2026-12-29');
    expect(businessDaysBetween(stormy, '2026-12-22', '2026-12-29')).toBe(3);
  });

  it('observes a Sunday holiday on Monday: 1 business day from Friday 2027-07-02 is Tuesday 2027-07-06', () => {
    expect(isBusinessDay(newYork, '2027-07-05')).toBe(false);
    expect(addBusinessDays(newYork, '2027-07-02', 1)).toBe('2027-07-06');
  });

  it('honours a Friday-Saturday weekend', () => {
    const fridaySaturday: AgencyCalendar = { timeZone: 'Europe/London', holidays: [], weekend: [5, 6] };
    expect(isBusinessDay(fridaySaturday, '2026-11-22')).toBe(true); // Sunday
    expect(addBusinessDays(fridaySaturday, '2026-11-19', 1)).toBe('2026-11-22'); // Thursday -> Sunday
  });

  it('counts nothing when `to` is on or before `from`', () => {
    expect(businessDaysBetween(newYork, '2026-11-23', '2026-11-23')).toBe(0);
    expect(businessDaysBetween(newYork, '2026-11-30', '2026-11-23')).toBe(0);
  });
});

describe('local dates of instants', () => {
  it('gives the date on the agency wall calendar, not in UTC', () => {
    const lateEvening = new Date('2026-02-01T03:00:00Z');
    expect(localDateOf(newYork, lateEvening)).toBe('2026-01-31');
    expect(localDateOf({ ...newYork, timeZone: 'Europe/London' }, lateEvening)).toBe('2026-02-01');
    expect(localDateOf({ ...newYork, timeZone: 'Pacific/Honolulu' }, new Date('2026-07-01T09:59:59.999Z'))).toBe('2026-06-30');
  });
});

describe('business-day properties', () => {
  it('n >= 1 business days later is always a business day', () => {
    fc.assert(
      fc.property(anyCalendar, anyDate, fc.integer({ min: 1, max: 60 }), (cal, date, n) => {
        expect(isBusinessDay(cal, addBusinessDays(cal, date, n))).toBe(true);
      }),
    );
  });

  it('businessDaysBetween undoes addBusinessDays', () => {
    fc.assert(
      fc.property(anyCalendar, anyDate, fc.integer({ min: 0, max: 60 }), (cal, date, n) => {
        expect(businessDaysBetween(cal, date, addBusinessDays(cal, date, n))).toBe(n);
      }),
    );
  });

  it('more business days always land strictly later', () => {
    fc.assert(
      fc.property(anyCalendar, anyDate, fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 20 }), (cal, date, m, extra) => {
        expect(compare(addBusinessDays(cal, date, m), addBusinessDays(cal, date, m + extra))).toBeLessThan(0);
      }),
    );
  });

  it('the next business day on or after a date is the first open day from it', () => {
    fc.assert(
      fc.property(anyCalendar, anyDate, (cal, date) => {
        const next = nextBusinessDayOnOrAfter(cal, date);
        expect(isBusinessDay(cal, next)).toBe(true);
        expect(next === date).toBe(isBusinessDay(cal, date));
        expect(businessDaysBetween(cal, date, next)).toBe(next === date ? 0 : 1);
      }),
    );
  });

  it('a business day is exactly a day that is neither weekend nor listed holiday', () => {
    fc.assert(
      fc.property(anyCalendar, anyDate, (cal, date) => {
        const day = Temporal.PlainDate.from(date);
        const listed = holidaysInYear(cal.holidays, day.year).some((h) => h.date === date);
        const weekend = (cal.weekend ?? [6, 7]).includes(day.dayOfWeek);
        expect(isBusinessDay(cal, date)).toBe(!listed && !weekend);
      }),
    );
  });

  it('an instant lies within its local date in the agency zone', () => {
    fc.assert(
      fc.property(anyCalendar, anyMoment, (cal, moment) => {
        const date = Temporal.PlainDate.from(localDateOf(cal, moment));
        const start = date.toZonedDateTime({ timeZone: cal.timeZone }).epochMilliseconds;
        const nextStart = date.add({ days: 1 }).toZonedDateTime({ timeZone: cal.timeZone }).epochMilliseconds;
        expect(moment.getTime()).toBeGreaterThanOrEqual(start);
        expect(moment.getTime()).toBeLessThan(nextStart);
      }),
    );
  });
});

describe('bad input', () => {
  it.each([
    ['a negative count', () => addBusinessDays(newYork, '2026-11-20', -1), /zero or more/],
    ['a fractional count', () => addBusinessDays(newYork, '2026-11-20', 1.5), /whole number/],
    ['a date with a time', () => isBusinessDay(newYork, '2026-11-20T10:00'), /YYYY-MM-DD/],
    ['an impossible date', () => nextBusinessDayOnOrAfter(newYork, '2026-02-29'), /not a real calendar date/],
    ['an unknown zone', () => isBusinessDay({ ...newYork, timeZone: 'America/Springfield' }, '2026-11-20'), /unknown time zone/],
    ['an invalid Date', () => localDateOf(newYork, new Date('nope')), /valid Date/],
    ['a weekend of every day', () => isBusinessDay({ ...newYork, weekend: [1, 2, 3, 4, 5, 6, 7] }, '2026-11-20'), /all seven days/],
    ['weekday 8 in the weekend', () => isBusinessDay({ ...newYork, weekend: [8] }, '2026-11-20'), /1 \(Monday\) to 7/],
    [
      'a bad holiday rule',
      () => isBusinessDay({ ...newYork, holidays: [{ name: 'X', kind: 'fixed', month: 0, day: 1 }] as HolidayRule[] }, '2026-11-20'),
      /month/,
    ],
  ])('rejects %s with a RangeError', (_label, call, message) => {
    expect(call).toThrow(RangeError);
    expect(call).toThrow(message);
  });
});
