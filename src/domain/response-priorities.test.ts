import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ResponsePriority, responseDueAt, responsePriorities, responsePriorityCodes, timeLeft } from './response-priorities.js';

// INV-1: the response clock for a screened-in report starts when the agency received the report.

const HOUR = 3_600_000;
const receivedAt = new Date('2026-11-22T14:05:00Z');
const anyMoment = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true });
const anyPriority = fc.constantFrom(...responsePriorityCodes);

describe('response priorities', () => {
  it('uses the Careline tiers: same day within 2 hours, then 24 and 72 hours', () => {
    expect(responsePriorities.map((p) => [p.code, p.hours])).toEqual([
      ['same_day', 2],
      ['within_24_hours', 24],
      ['within_72_hours', 72],
    ]);
    expect(responsePriorityCodes).toEqual(['same_day', 'within_24_hours', 'within_72_hours']);
  });

  it('a same-day report received at 14:05 UTC is due at 16:05 UTC', () => {
    expect(responseDueAt(receivedAt, 'same_day').toISOString()).toBe('2026-11-22T16:05:00.000Z');
    expect(responseDueAt(receivedAt, 'within_72_hours').toISOString()).toBe('2026-11-25T14:05:00.000Z');
  });

  it('counts elapsed hours, so a clock change overnight does not move the deadline', () => {
    // US clocks fall back on 1 November 2026; 24 hours is still 24 hours.
    const beforeChange = new Date('2026-10-31T23:00:00-04:00');
    expect(responseDueAt(beforeChange, 'within_24_hours').getTime() - beforeChange.getTime()).toBe(24 * HOUR);
  });

  it('refuses a priority it does not know rather than inventing a deadline', () => {
    expect(() => responseDueAt(receivedAt, 'next_week' as ResponsePriority)).toThrow(/Unknown response priority next_week/);
  });

  it('does not change the date it was given', () => {
    const given = new Date(receivedAt);
    responseDueAt(given, 'same_day');
    expect(given.getTime()).toBe(receivedAt.getTime());
  });

  it('property: due time is always the received time plus the tier’s hours', () => {
    fc.assert(
      fc.property(anyMoment, anyPriority, (at, priority) => {
        const hours = responsePriorities.find((p) => p.code === priority)!.hours;
        expect(responseDueAt(at, priority).getTime() - at.getTime()).toBe(hours * HOUR);
      }),
    );
  });

  it('property: a more urgent priority is always due sooner than a less urgent one', () => {
    fc.assert(
      fc.property(anyMoment, fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 }), (at, i, j) => {
        fc.pre(i < j);
        expect(responseDueAt(at, responsePriorityCodes[i]!).getTime()).toBeLessThan(responseDueAt(at, responsePriorityCodes[j]!).getTime());
      }),
    );
  });

  it('property: a report received later is never due earlier at the same priority', () => {
    fc.assert(
      fc.property(anyMoment, anyMoment, anyPriority, (a, b, priority) => {
        const [earlier, later] = a <= b ? [a, b] : [b, a];
        expect(responseDueAt(earlier, priority).getTime()).toBeLessThanOrEqual(responseDueAt(later, priority).getTime());
      }),
    );
  });

  it('time left is positive before the deadline, zero at it, and negative once overdue', () => {
    const due = responseDueAt(receivedAt, 'same_day');
    expect(timeLeft(due, receivedAt)).toBe(2 * HOUR);
    expect(timeLeft(due, due)).toBe(0);
    expect(timeLeft(due, new Date(due.getTime() + 15 * 60_000))).toBe(-15 * 60_000);
  });
});
