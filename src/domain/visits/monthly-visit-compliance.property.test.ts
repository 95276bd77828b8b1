import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { monthOf } from './calendar-months.js';
import {
  type CareSpell,
  type CaseworkerVisit,
  type ChildVisitHistory,
  childVisitCompliance,
  fiscalYearOf,
  missedChildrenByMonth,
  monthlyVisitCompliance,
  monthsOfFiscalYear,
  monthsOfPeriod,
  type ReportingPeriod,
} from './monthly-visit-compliance.js';

// Dates cluster on month edges (1st, 2nd, last two days), where full-month counting goes wrong.
const epoch = Temporal.PlainDate.from('2024-06-01');
const anyMonthStart = fc.integer({ min: 0, max: 40 }).map((n) => epoch.add({ months: n }));
const edgeDate = fc
  .tuple(anyMonthStart, fc.constantFrom('first', 'second', 'penultimate', 'last'))
  .map(([m, at]) => m.with({ day: { first: 1, second: 2, penultimate: m.daysInMonth - 1, last: m.daysInMonth }[at] }).toString());
const anyDayDate = fc.integer({ min: 0, max: 1200 }).map((n) => epoch.add({ days: n }).toString());
const anyDate = fc.oneof({ arbitrary: edgeDate, weight: 3 }, { arbitrary: anyDayDate, weight: 1 });

const anySpell: fc.Arbitrary<CareSpell> = fc.oneof(
  fc.record({ entryDate: anyDate, exitDate: fc.constant(null) }),
  fc.record({ entryDate: anyDate, exitDate: anyDate }), // sometimes before the entry: such a spell must cover nothing
  fc.record({ entryDate: edgeDate, exitDate: edgeDate }),
  fc
    .tuple(anyDate, fc.integer({ min: 0, max: 120 }))
    .map(([entryDate, days]) => ({ entryDate, exitDate: Temporal.PlainDate.from(entryDate).add({ days }).toString() })),
);
const anyVisit: fc.Arbitrary<CaseworkerVisit> = fc.record({
  date: anyDate,
  childSeen: fc.boolean(),
  location: fc.constantFrom('residence', 'placement', 'school', 'office', 'other'),
  inResidence: fc.boolean(),
});
const anyChild = (childId: string): fc.Arbitrary<ChildVisitHistory> =>
  fc.record({ childId: fc.constant(childId), spells: fc.array(anySpell, { maxLength: 3 }), visits: fc.array(anyVisit, { maxLength: 12 }) });
const anyChildren = fc.array(fc.nat(1000), { maxLength: 5 }).chain((ids) => fc.tuple(...[...new Set(ids)].map((id) => anyChild(`child-${id}`))));
// Half the time the whole span of the generated dates, so every spell edge falls inside the period.
const wholeSpan = { fromMonth: '2024-06', toMonth: '2027-12' };
const anyPeriod: fc.Arbitrary<ReportingPeriod> = fc.oneof(
  { arbitrary: fc.constant(wholeSpan), weight: 2 },
  { arbitrary: fc.integer({ min: 2024, max: 2028 }).map((fiscalYear) => ({ fiscalYear })), weight: 1 },
  {
    arbitrary: fc
      .tuple(anyMonthStart, fc.integer({ min: 0, max: 14 }))
      .map(([m, n]) => ({ fromMonth: m.toPlainYearMonth().toString(), toMonth: m.add({ months: n }).toPlainYearMonth().toString() })),
    weight: 1,
  },
);

// An independent oracle: walk every day of the month with Temporal and ask whether one spell holds them all.
function fullMonthsByDays(spells: readonly CareSpell[], months: readonly string[]): string[] {
  return months.filter((month) => {
    const first = Temporal.PlainYearMonth.from(month).toPlainDate({ day: 1 });
    return spells.some((s) => {
      for (let d = first; d.month === first.month; d = d.add({ days: 1 })) {
        const day = d.toString();
        if (day < s.entryDate || (s.exitDate !== null && day > s.exitDate)) return false;
      }
      return true;
    });
  });
}

describe('monthly visit compliance properties (VIS-4)', () => {
  it('counted months are exactly the full calendar months inside a spell, within the period', () => {
    fc.assert(
      fc.property(anyChild('maya'), anyPeriod, (child, period) => {
        const months = monthsOfPeriod(period);
        expect(childVisitCompliance(child, months).countedMonths).toEqual(fullMonthsByDays(child.spells, months));
      }),
    );
  });

  it('visited months are counted months, missed months are the rest, and residence visits are among the visits', () => {
    fc.assert(
      fc.property(anyChildren, anyPeriod, (children, period) => {
        for (const c of monthlyVisitCompliance(children, period).children) {
          expect(c.visitedMonths.length).toBeLessThanOrEqual(c.countedMonths.length);
          expect([...c.visitedMonths, ...c.missedMonths].sort()).toEqual(c.countedMonths);
          expect(c.visitedMonths.length).toBeLessThanOrEqual(c.visitsSeen);
          expect(c.residenceVisits).toBeLessThanOrEqual(c.visitsSeen);
        }
      }),
    );
  });

  it('adding a visit never lowers the visited months or the visits', () => {
    fc.assert(
      fc.property(anyChild('maya'), anyVisit, anyPeriod, (child, extra, period) => {
        const months = monthsOfPeriod(period);
        const before = childVisitCompliance(child, months);
        const after = childVisitCompliance({ ...child, visits: [...child.visits, extra] }, months);
        expect(after.visitedMonths.length).toBeGreaterThanOrEqual(before.visitedMonths.length);
        expect(after.visitsSeen).toBeGreaterThanOrEqual(before.visitsSeen);
        expect(after.countedMonths).toEqual(before.countedMonths);
      }),
    );
  });

  it('residence visits are all the visits when every visit is in the residence, and none when none is', () => {
    fc.assert(
      fc.property(anyChild('maya'), anyPeriod, (child, period) => {
        const months = monthsOfPeriod(period);
        const everywhere = (inResidence: boolean) => childVisitCompliance({ ...child, visits: child.visits.map((v) => ({ ...v, inResidence })) }, months);
        expect(everywhere(true).residenceVisits).toBe(everywhere(true).visitsSeen);
        expect(everywhere(false).residenceVisits).toBe(0);
        expect(everywhere(false).visitedMonths).toEqual(everywhere(true).visitedMonths);
      }),
    );
  });

  it('does not depend on the order of visits, spells or children', () => {
    fc.assert(
      fc.property(anyChildren, anyPeriod, fc.infiniteStream(fc.nat()), (children, period, seeds) => {
        const shuffle = <T>(list: readonly T[]) =>
          list
            .map((item) => ({ item, key: seeds.next().value as number }))
            .sort((a, b) => a.key - b.key)
            .map((x) => x.item);
        const shuffled = shuffle(children).map((c) => ({ ...c, spells: shuffle(c.spells), visits: shuffle(c.visits) }));
        const byId = (r: ReturnType<typeof monthlyVisitCompliance>) => [...r.children].sort((a, b) => a.childId.localeCompare(b.childId));
        const original = monthlyVisitCompliance(children, period);
        const reordered = monthlyVisitCompliance(shuffled, period);
        expect(reordered.totals).toEqual(original.totals);
        expect(byId(reordered)).toEqual(byId(original));
      }),
    );
  });

  it('totals are the sums over children, shares stay within 0..1, and the drill-down names every missed month', () => {
    fc.assert(
      fc.property(anyChildren, anyPeriod, (children, period) => {
        const report = monthlyVisitCompliance(children, period);
        const { totals } = report;
        expect(totals.countedMonths).toBe(report.children.reduce((n, c) => n + c.countedMonths.length, 0));
        expect(totals.visitedMonths).toBeLessThanOrEqual(totals.countedMonths);
        for (const share of [totals.monthlyVisits, totals.visitsInResidence]) {
          if (share.of === 0) expect(share.share).toBeNull();
          else expect(share.share! >= 0 && share.share! <= 1).toBe(true);
        }
        const misses = missedChildrenByMonth(report);
        expect(misses.reduce((n, m) => n + m.required, 0)).toBe(totals.countedMonths);
        expect(misses.reduce((n, m) => n + m.missedChildIds.length, 0)).toBe(totals.countedMonths - totals.visitedMonths);
      }),
    );
  });

  it('a fiscal year is the sum of its twelve single months', () => {
    fc.assert(
      fc.property(anyChildren, fc.integer({ min: 2024, max: 2028 }), (children, fiscalYear) => {
        const whole = monthlyVisitCompliance(children, { fiscalYear }).totals;
        const parts = monthsOfFiscalYear(fiscalYear).map((m) => monthlyVisitCompliance(children, { fromMonth: m, toMonth: m }).totals);
        for (const key of ['countedMonths', 'visitedMonths', 'visitsSeen', 'residenceVisits'] as const) {
          expect(parts.reduce((n, t) => n + t[key], 0)).toBe(whole[key]);
        }
      }),
    );
  });

  it('the fiscal year of a date holds that date’s month, and 1 October starts the next one', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        const fy = fiscalYearOf(date);
        expect(monthsOfFiscalYear(fy)).toContain(monthOf(date));
        const d = Temporal.PlainDate.from(date);
        expect(fy).toBe(d.month >= 10 ? d.year + 1 : d.year);
      }),
    );
  });
});
