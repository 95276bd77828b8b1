import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { type HolidayRule, holidaysInYear, usFederalHolidays } from './holidays.js';

const federal = usFederalHolidays();
const weekday = (date: string) => Temporal.PlainDate.from(date).dayOfWeek;

describe('US federal holidays', () => {
  it('lists the eleven 2026 holidays, with Independence Day observed on Friday 3 July', () => {
    // 4 July 2026 is a Saturday, so the federal rule moves the day off to the Friday before.
    expect(holidaysInYear(federal, 2026)).toEqual([
      { date: '2026-01-01', name: "New Year's Day" },
      { date: '2026-01-19', name: 'Birthday of Martin Luther King, Jr.' },
      { date: '2026-02-16', name: "Washington's Birthday" },
      { date: '2026-05-25', name: 'Memorial Day' },
      { date: '2026-06-19', name: 'Juneteenth National Independence Day' },
      { date: '2026-07-03', name: 'Independence Day' },
      { date: '2026-09-07', name: 'Labor Day' },
      { date: '2026-10-12', name: 'Columbus Day' },
      { date: '2026-11-11', name: 'Veterans Day' },
      { date: '2026-11-26', name: 'Thanksgiving Day' },
      { date: '2026-12-25', name: 'Christmas Day' },
    ]);
  });

  it('observes a Sunday holiday on the Monday after: 4 July 2027 is a Sunday', () => {
    expect(weekday('2027-07-04')).toBe(7);
    const dates = holidaysInYear(federal, 2027).map((h) => h.date);
    expect(dates).toContain('2027-07-05');
    expect(dates).not.toContain('2027-07-04');
  });

  it('lists a Saturday New Year in the year before: 1 January 2028 is observed on Friday 31 December 2027', () => {
    expect(holidaysInYear(federal, 2027).at(-1)).toEqual({ date: '2027-12-31', name: "New Year's Day" });
    expect(holidaysInYear(federal, 2027)).toHaveLength(12);
    expect(holidaysInYear(federal, 2028).map((h) => h.name)).not.toContain("New Year's Day");
    expect(holidaysInYear(federal, 2028)).toHaveLength(10);
  });

  it('puts Memorial Day on the last Monday even in a five-Monday May (2026: 4, 11, 18, 25)', () => {
    expect(holidaysInYear(federal, 2026).find((h) => h.name === 'Memorial Day')?.date).toBe('2026-05-25');
    expect(holidaysInYear(federal, 2027).find((h) => h.name === 'Memorial Day')?.date).toBe('2027-05-31');
  });

  it('never falls on a weekend, comes sorted, and stays in its year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), (year) => {
        const holidays = holidaysInYear(federal, year);
        expect(holidays.length).toBeGreaterThanOrEqual(10);
        expect(holidays.length).toBeLessThanOrEqual(12);
        for (const h of holidays) {
          expect(weekday(h.date)).toBeLessThanOrEqual(5);
          expect(h.date.startsWith(String(year))).toBe(true);
        }
        expect(holidays.map((h) => h.date)).toEqual(holidays.map((h) => h.date).sort());
      }),
    );
  });
});

describe('agency-specific rules', () => {
  it('adds the day after Thanksgiving as a day_after rule: Friday 27 November 2026', () => {
    const rules: HolidayRule[] = [...federal, { name: 'Day after Thanksgiving', kind: 'day_after', of: 'Thanksgiving Day', days: 1 }];
    expect(holidaysInYear(rules, 2026).filter((h) => h.date.startsWith('2026-11-2'))).toEqual([
      { date: '2026-11-26', name: 'Thanksgiving Day' },
      { date: '2026-11-27', name: 'Day after Thanksgiving' },
    ]);
  });

  it('lists a one-off closure only in its own year', () => {
    const rules: HolidayRule[] = [{ name: 'Ice storm', kind: 'once', date: '2026-12-24' }];
    expect(holidaysInYear(rules, 2026)).toEqual([{ date: '2026-12-24', name: 'Ice storm' }]);
    expect(holidaysInYear(rules, 2025)).toEqual([]);
    expect(holidaysInYear(rules, 2027)).toEqual([]);
  });

  it('follows a day_after across the new year and keeps an unobserved fixed date on its weekend', () => {
    const rules: HolidayRule[] = [
      { name: 'Year-end closing', kind: 'fixed', month: 12, day: 31, observed: 'none' },
      { name: 'Recovery day', kind: 'day_after', of: 'Year-end closing', days: 2 },
    ];
    expect(holidaysInYear(rules, 2027)).toEqual([
      { date: '2027-01-02', name: 'Recovery day' },
      { date: '2027-12-31', name: 'Year-end closing' },
    ]);
    expect(holidaysInYear(rules, 2028).map((h) => h.date)).toEqual(['2028-01-02', '2028-12-31']);
  });

  it('skips years where a rule has no date: a fifth Friday, or 29 February', () => {
    const rules: HolidayRule[] = [
      { name: 'Fifth Friday of February', kind: 'nth_weekday', month: 2, weekday: 5, n: 5 },
      { name: 'Leap day', kind: 'fixed', month: 2, day: 29 },
    ];
    expect(holidaysInYear(rules, 2026)).toEqual([]);
    expect(holidaysInYear(rules, 2036)).toEqual([
      { date: '2036-02-29', name: 'Fifth Friday of February' },
      { date: '2036-02-29', name: 'Leap day' },
    ]);
  });
});

describe('rules that could never match fail loudly', () => {
  const cases: Array<[string, HolidayRule[], RegExp]> = [
    ['month 13', [{ name: 'X', kind: 'fixed', month: 13, day: 1 }], /month must be 1 to 12/],
    ['30 February', [{ name: 'X', kind: 'fixed', month: 2, day: 30 }], /month 2 has no day 30/],
    ['31 April', [{ name: 'X', kind: 'fixed', month: 4, day: 31 }], /month 4 has no day 31/],
    ['a fractional day', [{ name: 'X', kind: 'fixed', month: 4, day: 1.5 }], /has no day 1.5/],
    ['weekday 0', [{ name: 'X', kind: 'nth_weekday', month: 1, weekday: 0 as 1, n: 1 }], /weekday must be 1/],
    ['a sixth Monday', [{ name: 'X', kind: 'nth_weekday', month: 1, weekday: 1, n: 6 as 1 }], /n must be 1 to 5/],
    ['a day_after of nothing', [{ name: 'X', kind: 'day_after', of: 'Nope', days: 1 }], /exactly one rule named "Nope"/],
    [
      'a day_after loop',
      [
        { name: 'A', kind: 'day_after', of: 'B', days: 1 },
        { name: 'B', kind: 'day_after', of: 'A', days: 1 },
      ],
      /loop/,
    ],
    ['a one-off on 31 June', [{ name: 'X', kind: 'once', date: '2026-06-31' }], /not a real calendar date/],
    ['a one-off in another format', [{ name: 'X', kind: 'once', date: '6/30/2026' }], /YYYY-MM-DD/],
    ['an unknown kind', [{ name: 'X', kind: 'easter' } as unknown as HolidayRule], /unknown kind "easter"/],
    ['no name', [{ name: ' ', kind: 'fixed', month: 1, day: 1 }], /needs a name/],
  ];
  it.each(cases)('rejects %s', (_label, rules, message) => {
    expect(() => holidaysInYear(rules, 2026)).toThrow(RangeError);
    expect(() => holidaysInYear(rules, 2026)).toThrow(message);
  });

  it('rejects a year that is not a whole number', () => {
    expect(() => holidaysInYear(federal, 2026.5)).toThrow(RangeError);
  });
});
