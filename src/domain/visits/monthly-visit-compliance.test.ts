import { describe, expect, it } from 'vitest';
import { lastDayOf } from './calendar-months.js';
import {
  type CaseworkerVisit,
  type ChildVisitHistory,
  fiscalYearOf,
  missedChildrenByMonth,
  monthlyVisitCompliance,
  monthsOfFiscalYear,
} from './monthly-visit-compliance.js';

const firstQuarter2026 = { fromMonth: '2026-01', toMonth: '2026-03' };
const seenAtHome = (date: string): CaseworkerVisit => ({ date, childSeen: true, location: 'placement', inResidence: true });
const seenAtSchool = (date: string): CaseworkerVisit => ({ date, childSeen: true, location: 'school', inResidence: false });
const inCare = (entryDate: string, exitDate: string | null = null) => ({ entryDate, exitDate });

function oneChild(child: Omit<ChildVisitHistory, 'childId'>, period: Parameters<typeof monthlyVisitCompliance>[1] = firstQuarter2026) {
  return monthlyVisitCompliance([{ childId: 'maya', ...child }], period).children[0];
}

describe('fiscal years (federal, Oct 1 – Sep 30, named for the year they end in)', () => {
  it('puts 1 October in the next fiscal year and 30 September in the current one', () => {
    expect(fiscalYearOf('2025-09-30')).toBe(2025);
    expect(fiscalYearOf('2025-10-01')).toBe(2026);
    expect(fiscalYearOf('2026-09-30')).toBe(2026);
  });

  it('lists October through September', () => {
    const months = monthsOfFiscalYear(2026);
    expect(months).toHaveLength(12);
    expect(months.slice(0, 4)).toEqual(['2025-10', '2025-11', '2025-12', '2026-01']);
    expect(months.at(-1)).toBe('2026-09');
  });

  it('knows leap Februaries', () => {
    expect(lastDayOf('2024-02')).toBe('2024-02-29');
    expect(lastDayOf('2026-02')).toBe('2026-02-28');
    expect(lastDayOf('2100-02')).toBe('2100-02-28');
  });
});

describe('counted months: only full calendar months in care (VIS-4)', () => {
  it('a child entering on the 31st is not counted for that month, even when visited on the day', () => {
    const maya = oneChild({ spells: [inCare('2026-01-31')], visits: [seenAtHome('2026-01-31')] });
    expect(maya.countedMonths).toEqual(['2026-02', '2026-03']);
    expect(maya.visitsSeen).toBe(0);
  });

  it('a child entering on the 1st is counted for that month', () => {
    expect(oneChild({ spells: [inCare('2026-02-01')], visits: [] }).countedMonths).toEqual(['2026-02', '2026-03']);
  });

  it('a child leaving on the 1st is not counted for that month; leaving on the last day keeps it', () => {
    expect(oneChild({ spells: [inCare('2025-06-01', '2026-03-01')], visits: [] }).countedMonths).toEqual(['2026-01', '2026-02']);
    expect(oneChild({ spells: [inCare('2025-06-01', '2026-02-28')], visits: [] }).countedMonths).toEqual(['2026-01', '2026-02']);
    expect(oneChild({ spells: [inCare('2025-06-01', '2026-02-27')], visits: [] }).countedMonths).toEqual(['2026-01']);
  });

  it('a child with two spells is counted for the full months of each, not for the month of the gap', () => {
    const maya = oneChild({ spells: [inCare('2025-09-15', '2025-12-10'), inCare('2026-01-01', '2026-04-15')], visits: [] }, { fiscalYear: 2026 });
    expect(maya.countedMonths).toEqual(['2025-10', '2025-11', '2026-01', '2026-02', '2026-03']);
  });

  it('leaving on the 10th and coming back on the 11th breaks the month: the child was discharged in it', () => {
    expect(oneChild({ spells: [inCare('2025-06-01', '2026-02-10'), inCare('2026-02-11')], visits: [] }).countedMonths).toEqual(['2026-01', '2026-03']);
  });
});

describe('visited months and visits (VIS-4)', () => {
  it('a month with no visit is missed', () => {
    const maya = oneChild({ spells: [inCare('2025-12-01')], visits: [seenAtHome('2026-01-12'), seenAtHome('2026-03-03')] });
    expect(maya.visitedMonths).toEqual(['2026-01', '2026-03']);
    expect(maya.missedMonths).toEqual(['2026-02']);
  });

  it('two visits in one month make one visited month and two visits', () => {
    const maya = oneChild({ spells: [inCare('2025-12-01')], visits: [seenAtHome('2026-02-02'), seenAtSchool('2026-02-20')] });
    expect(maya.visitedMonths).toEqual(['2026-02']);
    expect(maya.visitsSeen).toBe(2);
    expect(maya.residenceVisits).toBe(1);
  });

  it('a visit in the residence counts for both measures, one at school only for the monthly one', () => {
    const atHome = oneChild({ spells: [inCare('2025-12-01')], visits: [seenAtHome('2026-01-09')] });
    const atSchool = oneChild({ spells: [inCare('2025-12-01')], visits: [seenAtSchool('2026-01-09')] });
    expect([atHome.visitedMonths, atHome.visitsSeen, atHome.residenceVisits]).toEqual([['2026-01'], 1, 1]);
    expect([atSchool.visitedMonths, atSchool.visitsSeen, atSchool.residenceVisits]).toEqual([['2026-01'], 1, 0]);
  });

  it('a visit where the child was not seen does not count', () => {
    const maya = oneChild({ spells: [inCare('2025-12-01')], visits: [{ date: '2026-01-09', childSeen: false, location: 'placement', inResidence: true }] });
    expect(maya.visitedMonths).toEqual([]);
    expect(maya.visitsSeen).toBe(0);
  });
});

describe('totals and the drill-down (VIS-4)', () => {
  const children: ChildVisitHistory[] = [
    // Three counted months, all visited, two of three visits at home.
    { childId: 'maya', spells: [inCare('2025-12-01')], visits: [seenAtHome('2026-01-05'), seenAtSchool('2026-02-05'), seenAtHome('2026-03-05')] },
    // Entered 31 January: two counted months, February missed.
    { childId: 'leo', spells: [inCare('2026-01-31')], visits: [seenAtHome('2026-01-31'), seenAtSchool('2026-03-18')] },
    // Left on 1 January: nothing counted in the quarter.
    { childId: 'ana', spells: [inCare('2025-03-01', '2026-01-01')], visits: [seenAtHome('2025-12-20')] },
  ];
  const report = monthlyVisitCompliance(children, firstQuarter2026);

  it('adds months and visits across children and gives both shares unrounded', () => {
    expect(report.totals).toEqual({
      children: 2,
      countedMonths: 5,
      visitedMonths: 4,
      visitsSeen: 4,
      residenceVisits: 2,
      monthlyVisits: { count: 4, of: 5, share: 0.8 },
      visitsInResidence: { count: 2, of: 4, share: 0.5 },
    });
  });

  it('keeps a child with no counted month in the list, with zeros', () => {
    expect(report.children.find((c) => c.childId === 'ana')).toEqual({
      childId: 'ana',
      countedMonths: [],
      visitedMonths: [],
      missedMonths: [],
      visitsSeen: 0,
      residenceVisits: 0,
    });
  });

  it('lists per month the children who had to be seen and were not', () => {
    expect(missedChildrenByMonth(report)).toEqual([
      { month: '2026-01', required: 1, missedChildIds: [] },
      { month: '2026-02', required: 2, missedChildIds: ['leo'] },
      { month: '2026-03', required: 2, missedChildIds: [] },
    ]);
  });

  it('has no share when nobody had to be visited, rather than 0 % or 100 %', () => {
    const empty = monthlyVisitCompliance([], { fiscalYear: 2026 });
    expect(empty.totals.monthlyVisits).toEqual({ count: 0, of: 0, share: null });
    expect(empty.totals.visitsInResidence.share).toBeNull();
    expect(missedChildrenByMonth(empty)).toEqual([]);
  });
});

describe('input checks', () => {
  it('refuses dates that are not strict, real YYYY-MM-DD dates', () => {
    expect(() => oneChild({ spells: [inCare('2026-02-30')], visits: [] })).toThrow(RangeError);
    expect(() => oneChild({ spells: [inCare('2026-1-05')], visits: [] })).toThrow(RangeError);
    expect(() => oneChild({ spells: [inCare('2026-01-05')], visits: [seenAtHome('2026-01-05T10:00')] })).toThrow(RangeError);
    expect(() => monthlyVisitCompliance([], { fromMonth: '2026-13', toMonth: '2027-01' })).toThrow(RangeError);
  });
});
