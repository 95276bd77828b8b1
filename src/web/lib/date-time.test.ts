import { describe, expect, it } from 'vitest';
import { dueState, formatCalendarDate, formatDuration, formatMoment, fromZonedInputValue, splitDuration, toZonedInputValue, todayInZone } from './date-time';

const units = { days: (n: number) => `${n} d`, hours: (n: number) => `${n} h`, minutes: (n: number) => `${n} min` };
const NEW_YORK = 'America/New_York';

describe('durations for response clocks', () => {
  it('rounds up to the next minute so "due in 0 min" never shows while time is left', () => {
    expect(splitDuration(30_000)).toEqual({ days: 0, hours: 0, minutes: 1 });
  });

  it('shows the two largest units', () => {
    expect(formatDuration(3 * 3_600_000, units)).toBe('3 h');
    expect(formatDuration(3 * 3_600_000 + 5 * 60_000, units)).toBe('3 h 5 min');
    expect(formatDuration(20 * 60_000, units)).toBe('20 min');
    expect(formatDuration(52 * 3_600_000 + 7 * 60_000, units)).toBe('2 d 4 h');
  });

  it('knows when a deadline has passed', () => {
    const now = new Date('2026-11-22T15:00:00Z');
    expect(dueState('2026-11-22T14:40:00Z', now)).toEqual({ overdue: true, remaining: -20 * 60_000 });
    expect(formatDuration(dueState('2026-11-22T14:40:00Z', now).remaining, units)).toBe('20 min');
    expect(dueState('2026-11-22T18:00:00Z', now).overdue).toBe(false);
  });
});

describe('agency time zone', () => {
  it('shows moments on the agency clock, with the zone', () => {
    expect(formatMoment('2026-11-22T14:30:00Z', 'en-US', NEW_YORK)).toBe('Nov 22, 2026, 9:30 AM EST');
    expect(formatMoment('2026-07-01T14:30:00Z', 'en-US', NEW_YORK)).toBe('Jul 1, 2026, 10:30 AM EDT');
  });

  it('never shifts a date of birth by a day', () => {
    expect(formatCalendarDate('2016-03-14', 'en-US')).toBe('Mar 14, 2016');
  });

  it('round-trips datetime-local values through the agency zone, across daylight saving', () => {
    expect(toZonedInputValue('2026-11-22T14:30:00Z', NEW_YORK)).toBe('2026-11-22T09:30');
    expect(fromZonedInputValue('2026-11-22T09:30', NEW_YORK)).toBe('2026-11-22T14:30:00.000Z');
    expect(fromZonedInputValue('2026-07-01T09:30', NEW_YORK)).toBe('2026-07-01T13:30:00.000Z');
    // 2026-03-08: clocks go from 02:00 EST to 03:00 EDT in New York.
    expect(fromZonedInputValue('2026-03-08T01:30', NEW_YORK)).toBe('2026-03-08T06:30:00.000Z');
    expect(fromZonedInputValue('2026-03-08T03:30', NEW_YORK)).toBe('2026-03-08T07:30:00.000Z');
    expect(fromZonedInputValue('not a time', NEW_YORK)).toBeNull();
  });

  it('takes "today" from the agency zone, not UTC', () => {
    expect(todayInZone(NEW_YORK, new Date('2026-11-23T03:00:00Z'))).toBe('2026-11-22');
  });
});
