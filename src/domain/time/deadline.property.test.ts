import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { addBusinessDays, isBusinessDay, localDateOf } from './agency-calendar.js';
import { type DurationUnit, dueMoment, endOfLocalDay } from './deadline.js';
import { anyCalendar, anyDate, anyMoment } from './test-arbitraries.js';

const dayUnits: DurationUnit[] = ['calendar_days', 'business_days', 'months'];
// Small amounts from an anchor near a clock change often land on the 23- or 25-hour day itself.
const anyDayAmount = fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 90 }));
const anyDayDuration = fc.record({ amount: anyDayAmount, unit: fc.constantFrom(...dayUnits) });

// One millisecond after a day-based deadline must be exactly a local midnight that starts a day.
function startsLocalDay(moment: number, timeZone: string): boolean {
  const zoned = Temporal.Instant.fromEpochMilliseconds(moment).toZonedDateTimeISO(timeZone);
  return zoned.epochMilliseconds === zoned.startOfDay().epochMilliseconds;
}

describe('deadline properties across America/New_York, Chicago, Los_Angeles, Pacific/Honolulu and Europe/London', () => {
  it('the end of a local day is 1 ms before the midnight that starts the next one', () => {
    fc.assert(
      fc.property(anyCalendar, anyDate, (cal, date) => {
        const end = endOfLocalDay(cal, date).getTime();
        const next = Temporal.Instant.fromEpochMilliseconds(end + 1).toZonedDateTimeISO(cal.timeZone);
        expect(next.toPlainDate().toString()).toBe(Temporal.PlainDate.from(date).add({ days: 1 }).toString());
        expect(startsLocalDay(end + 1, cal.timeZone)).toBe(true);
        expect(localDateOf(cal, new Date(end))).toBe(date);
      }),
    );
  });

  it('a day-based deadline is 1 ms before a local midnight and never before the anchor', () => {
    fc.assert(
      fc.property(anyCalendar, anyMoment, anyDayDuration, fc.boolean(), (cal, anchor, duration, roll) => {
        const due = dueMoment(cal, anchor, duration, { rollToBusinessDay: roll });
        expect(startsLocalDay(due.getTime() + 1, cal.timeZone)).toBe(true);
        expect(Temporal.Instant.fromEpochMilliseconds(due.getTime() + 1).toZonedDateTimeISO(cal.timeZone).hour).toBe(0);
        expect(due.getTime()).toBeGreaterThanOrEqual(anchor.getTime());
      }),
    );
  });

  it('a business-day deadline ends the local day addBusinessDays names', () => {
    fc.assert(
      fc.property(anyCalendar, anyMoment, anyDayAmount, (cal, anchor, amount) => {
        const due = dueMoment(cal, anchor, { amount, unit: 'business_days' });
        expect(localDateOf(cal, due)).toBe(addBusinessDays(cal, localDateOf(cal, anchor), amount));
      }),
    );
  });

  it('a calendar-day deadline ends the local day `amount` days after the anchor date', () => {
    fc.assert(
      fc.property(anyCalendar, anyMoment, fc.oneof(anyDayAmount, fc.integer({ min: 0, max: 400 })), (cal, anchor, amount) => {
        const due = dueMoment(cal, anchor, { amount, unit: 'calendar_days' });
        const expected = Temporal.PlainDate.from(localDateOf(cal, anchor)).add({ days: amount }).toString();
        expect(localDateOf(cal, due)).toBe(expected);
      }),
    );
  });

  it('a month deadline keeps the day of month, clamped to the month length', () => {
    fc.assert(
      fc.property(anyCalendar, anyMoment, fc.integer({ min: 0, max: 36 }), (cal, anchor, amount) => {
        const start = Temporal.PlainDate.from(localDateOf(cal, anchor));
        const dueDate = Temporal.PlainDate.from(localDateOf(cal, dueMoment(cal, anchor, { amount, unit: 'months' })));
        expect(dueDate.day).toBe(Math.min(start.day, dueDate.daysInMonth));
        expect((dueDate.year - start.year) * 12 + dueDate.month - start.month).toBe(amount);
      }),
    );
  });

  it('an hours deadline is exactly amount × 3,600,000 ms after the anchor, clock changes or not', () => {
    fc.assert(
      fc.property(anyCalendar, anyMoment, fc.integer({ min: 0, max: 24 * 30 }), fc.boolean(), (cal, anchor, amount, roll) => {
        const due = dueMoment(cal, anchor, { amount, unit: 'hours' }, { rollToBusinessDay: roll });
        expect(due.getTime() - anchor.getTime()).toBe(amount * 3_600_000);
      }),
    );
  });

  it('a rolled day-based deadline always lands on a business day', () => {
    fc.assert(
      fc.property(anyCalendar, anyMoment, anyDayDuration, (cal, anchor, duration) => {
        const due = dueMoment(cal, anchor, duration, { rollToBusinessDay: true });
        expect(isBusinessDay(cal, localDateOf(cal, due))).toBe(true);
      }),
    );
  });
});
