import { firstDayOf, lastDayOf, monthOf, monthsBetween, monthsOfFiscalYear, parseCalendarDate, type YearMonth } from './calendar-months.js';

export { fiscalYearOf, monthsOfFiscalYear, type YearMonth } from './calendar-months.js';

/** Where a visit happened, as recorded (VIS-3: home / placement / other, in more detail). */
export type VisitLocationKind = 'residence' | 'placement' | 'school' | 'office' | 'other';

/** One stay in foster care. Dates are agency-local calendar dates; a null exit means still in care. */
export interface CareSpell {
  entryDate: string;
  exitDate: string | null;
}

export interface CaseworkerVisit {
  date: string;
  /** Face to face with the child; an attempt or a visit with the caregiver alone does not count. */
  childSeen: boolean;
  location: VisitLocationKind;
  /**
   * Whether the visit was where the child lives (AFCARS E152: 1 = child's residence). The caller
   * decides: a 'placement' visit is in the residence only when it was the child's placement at the
   * time, and a 'residence' visit only when the child lived there — this module cannot know that.
   */
  inResidence: boolean;
}

export interface ChildVisitHistory {
  childId: string;
  spells: readonly CareSpell[];
  visits: readonly CaseworkerVisit[];
}

/** A federal fiscal year (FY 2026 = Oct 2025–Sep 2026), or any run of months, both ends included. */
export type ReportingPeriod = { fiscalYear: number } | { fromMonth: YearMonth; toMonth: YearMonth };

export interface ChildVisitCompliance {
  childId: string;
  /** The full calendar months in care inside the period, in order: the months a visit was required. */
  countedMonths: YearMonth[];
  /** Counted months with at least one visit where the child was seen. */
  visitedMonths: YearMonth[];
  /** Counted months without such a visit (countedMonths minus visitedMonths). */
  missedMonths: YearMonth[];
  /** Visits in counted months where the child was seen (two in one month count as two). */
  visitsSeen: number;
  /** Of those, the visits in the child's residence. */
  residenceVisits: number;
}

/** A count out of a base, and its share as a fraction (null when the base is zero). Not rounded: 94.6 % must not pass a 95 % standard. */
export interface Share {
  count: number;
  of: number;
  share: number | null;
}

export interface VisitComplianceTotals {
  children: number;
  countedMonths: number;
  visitedMonths: number;
  visitsSeen: number;
  residenceVisits: number;
  /** (a) visited months ÷ counted months; the federal standard is at least 95 %. */
  monthlyVisits: Share;
  /** (b) residence visits ÷ visits with the child seen; the federal standard is a majority (over 50 %). */
  visitsInResidence: Share;
}

export interface VisitComplianceReport {
  months: YearMonth[];
  children: ChildVisitCompliance[];
  totals: VisitComplianceTotals;
}

/** Federal performance standards (federal-standards.md §4, "Caseworker visits"). */
export const monthlyVisitStandard = 0.95;
export const residenceVisitStandard = 0.5;

/** The months of a reporting period, in order. */
export function monthsOfPeriod(period: ReportingPeriod): YearMonth[] {
  if ('fiscalYear' in period) return monthsOfFiscalYear(period.fiscalYear);
  return monthsBetween(period.fromMonth, period.toMonth);
}

/**
 * Is a month a full calendar month inside this spell? The federal measure counts only children in
 * care for the whole calendar month (federal-standards.md §4, "Caseworker visits": P.L. 109-288
 * §424(e), P.L. 112-34, CB PI-07-08 — the file marks the exact CB formula [UNVERIFIED]). So a
 * child entering on the 31st does not count that month, nor does one leaving on the 1st. We take
 * the child to be in care on the exit day itself, so leaving on the last day of a month keeps the
 * month. Each spell is judged alone: leaving on the 10th and coming back on the 11th breaks the
 * month, because the child was discharged in it. An exit before the entry covers no month.
 */
function spellCoversMonth(spell: CareSpell, month: YearMonth): boolean {
  if (spell.entryDate > firstDayOf(month)) return false;
  return spell.exitDate === null || spell.exitDate >= lastDayOf(month);
}

function checkSpell(spell: CareSpell, childId: string): void {
  parseCalendarDate(spell.entryDate, `entry date of child ${childId}`);
  if (spell.exitDate !== null) parseCalendarDate(spell.exitDate, `exit date of child ${childId}`);
}

/** VIS-4: one child's required months, visited months and visits over the period's months. */
export function childVisitCompliance(child: ChildVisitHistory, months: readonly YearMonth[]): ChildVisitCompliance {
  for (const spell of child.spells) checkSpell(spell, child.childId);
  const countedMonths = months.filter((m) => child.spells.some((s) => spellCoversMonth(s, m)));
  const counted = new Set(countedMonths);
  const visited = new Set<YearMonth>();
  let visitsSeen = 0;
  let residenceVisits = 0;
  for (const visit of child.visits) {
    const month = monthOf(visit.date);
    // A visit in a month that is not counted (part month, out of care, outside the period) is in neither measure.
    if (!visit.childSeen || !counted.has(month)) continue;
    visited.add(month);
    visitsSeen += 1;
    if (visit.inResidence) residenceVisits += 1;
  }
  return {
    childId: child.childId,
    countedMonths,
    visitedMonths: countedMonths.filter((m) => visited.has(m)),
    missedMonths: countedMonths.filter((m) => !visited.has(m)),
    visitsSeen,
    residenceVisits,
  };
}

const shareOf = (count: number, of: number): Share => ({ count, of, share: of === 0 ? null : count / of });

/**
 * VIS-4: the federal caseworker-visit measures for a set of children over a reporting period, per
 * child and in total. Children with no counted month are kept in the list (with zeros) so a
 * caller can tell "not required" from "missing"; they add nothing to the totals.
 */
export function monthlyVisitCompliance(children: readonly ChildVisitHistory[], period: ReportingPeriod): VisitComplianceReport {
  const months = monthsOfPeriod(period);
  const perChild = children.map((child) => childVisitCompliance(child, months));
  const sum = (pick: (c: ChildVisitCompliance) => number) => perChild.reduce((total, c) => total + pick(c), 0);
  const countedMonths = sum((c) => c.countedMonths.length);
  const visitedMonths = sum((c) => c.visitedMonths.length);
  const visitsSeen = sum((c) => c.visitsSeen);
  const residenceVisits = sum((c) => c.residenceVisits);
  return {
    months,
    children: perChild,
    totals: {
      children: perChild.filter((c) => c.countedMonths.length > 0).length,
      countedMonths,
      visitedMonths,
      visitsSeen,
      residenceVisits,
      monthlyVisits: shareOf(visitedMonths, countedMonths),
      visitsInResidence: shareOf(residenceVisits, visitsSeen),
    },
  };
}

export interface MonthMisses {
  month: YearMonth;
  /** Children for whom a visit was required this month. */
  required: number;
  /** Those not seen this month, in input order. */
  missedChildIds: string[];
}

/**
 * Drill-down for VIS-4: for every month of the period in which at least one child had to be
 * visited, the children who were not. Months nobody had to be visited in are left out.
 */
export function missedChildrenByMonth(report: VisitComplianceReport): MonthMisses[] {
  const byMonth = new Map<YearMonth, MonthMisses>(report.months.map((month) => [month, { month, required: 0, missedChildIds: [] }]));
  for (const child of report.children) {
    for (const month of child.countedMonths) byMonth.get(month)!.required += 1;
    for (const month of child.missedMonths) byMonth.get(month)!.missedChildIds.push(child.childId);
  }
  return [...byMonth.values()].filter((m) => m.required > 0);
}
