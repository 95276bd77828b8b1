import type { ComplianceFilters, ComplianceMonth, VisitCompliance } from '../../api/visits';

/** The pure parts of the visit compliance view (VIS-4): the URL's filters, the chart's points, shares in words. */

const yearMonth = (value: unknown) => (typeof value === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(value.trim()) ? value.trim() : undefined);
const uuid = (value: unknown) => (typeof value === 'string' && /^[0-9a-f-]{36}$/i.test(value.trim()) ? value.trim() : undefined);

export interface ComplianceSearch {
  unit?: string;
  caseType?: 'out_of_home' | 'in_home';
  fiscalYear?: number;
  fromMonth?: string;
  toMonth?: string;
}

/** The federal fiscal year a calendar date falls in: October starts the next one. */
export const fiscalYearOf = (isoDate: string) => Number(isoDate.slice(0, 4)) + (Number(isoDate.slice(5, 7)) >= 10 ? 1 : 0);

/** `?unit=&caseType=&fiscalYear=` or `&fromMonth=&toMonth=` from the URL; a malformed value is dropped, a range wins over a year. */
export function parseComplianceSearch(search: Record<string, unknown>): ComplianceSearch {
  const fromMonth = yearMonth(search.fromMonth);
  const toMonth = yearMonth(search.toMonth);
  const year = Number(search.fiscalYear);
  return {
    unit: uuid(search.unit),
    caseType: search.caseType === 'in_home' ? 'in_home' : undefined,
    ...(fromMonth || toMonth ? { fromMonth, toMonth } : Number.isInteger(year) && year >= 2000 && year <= 2200 ? { fiscalYear: year } : {}),
  };
}

/** What to ask the server for: the reader's own unit and this fiscal year unless the URL says otherwise. */
export function complianceFilters(search: ComplianceSearch, ownUnit: string, today: string): ComplianceFilters {
  const period =
    search.fromMonth || search.toMonth ? { fromMonth: search.fromMonth, toMonth: search.toMonth } : { fiscalYear: search.fiscalYear ?? fiscalYearOf(today) };
  return { unit: search.unit ?? ownUnit, caseType: search.caseType ?? 'out_of_home', ...period };
}

/** A range the server would refuse, said before asking. */
export function rangeProblem(
  search: ComplianceSearch,
): 'visitCompliance.rangeIncomplete' | 'visitCompliance.rangeBackwards' | 'visitCompliance.rangeTooLong' | null {
  if (!search.fromMonth && !search.toMonth) return null;
  if (!search.fromMonth || !search.toMonth) return 'visitCompliance.rangeIncomplete';
  if (search.toMonth < search.fromMonth) return 'visitCompliance.rangeBackwards';
  const months = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7));
  return months(search.toMonth) - months(search.fromMonth) >= 36 ? 'visitCompliance.rangeTooLong' : null;
}

export type MeasureKey = 'monthlyVisits' | 'visitsInResidence';
export const measureKeys: MeasureKey[] = ['monthlyVisits', 'visitsInResidence'];

type Share = { count: number; of: number; share: number | null };

/** A share as a percent to one decimal, cut down (94.96 % reads 94.9 %, never a passing 95 %), or null where nothing was counted. */
export const percent = (share: Share) => (share.of > 0 ? Math.floor((share.share ?? share.count / share.of) * 1000 + 1e-9) / 10 : null);

export interface ChartPoint {
  month: string;
  measure: MeasureKey;
  percent: number;
}

/** One point per month and measure with something counted; a month with none leaves a gap, not a zero. */
export const chartPoints = (byMonth: ComplianceMonth[]): ChartPoint[] =>
  byMonth.flatMap((m) =>
    measureKeys.flatMap((measure) => {
      const value = percent(m[measure]);
      return value === null ? [] : [{ month: m.month, measure, percent: value }];
    }),
  );

/** The standards as percents, for the chart's reference lines. */
export const standardPercents = (standards: VisitCompliance['standards']) =>
  measureKeys.map((measure) => ({ measure, percent: Math.round(standards[measure] * 100) }));

/** Whether a share meets its federal standard (95 % visited monthly; a majority in the residence). */
export function meetsStandard(share: Share, standard: number, measure: MeasureKey): boolean | null {
  if (share.of === 0) return null;
  const value = share.share ?? share.count / share.of;
  return measure === 'visitsInResidence' ? value > standard : value >= standard;
}

/** The months with children missed, latest first, for the drill-down. */
export const missedMonths = (missed: VisitCompliance['missed']) =>
  [...missed].filter((m) => m.children.length > 0).sort((a, b) => b.month.localeCompare(a.month));

/** "Oct 2026" for 2026-10, in the reader's language (the month itself has no time zone). */
export const monthLabel = (month: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
