// Calendar-month arithmetic on plain strings and integers. Dates here are agency-local calendar
// dates (YYYY-MM-DD) already, so no Date object is ever made: a Date would bring the machine's
// time zone back in and move a date across a month edge.

/** A calendar month, `YYYY-MM`. */
export type YearMonth = string;

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;
const isoMonth = /^(\d{4})-(\d{2})$/;

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A strict YYYY-MM-DD date as numbers; a RangeError for anything else (2026-02-30 included). */
export function parseCalendarDate(date: string, what = 'date'): { year: number; month: number; day: number } {
  const match = typeof date === 'string' ? isoDate.exec(date) : null;
  if (!match) throw new RangeError(`${what} must be a YYYY-MM-DD date, got ${JSON.stringify(date)}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) throw new RangeError(`${what} ${date} is not a real calendar date`);
  return { year, month, day };
}

/** Months as one integer (year × 12 + month − 1) so ranges are plain loops. */
export function monthIndex(month: YearMonth, what = 'month'): number {
  const match = typeof month === 'string' ? isoMonth.exec(month) : null;
  const m = match ? Number(match[2]) : 0;
  if (!match || m < 1 || m > 12) throw new RangeError(`${what} must be a YYYY-MM month, got ${JSON.stringify(month)}`);
  return Number(match[1]) * 12 + m - 1;
}

export function monthOfIndex(index: number): YearMonth {
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The month a date falls in: 2026-03-31 → 2026-03. */
export function monthOf(date: string): YearMonth {
  parseCalendarDate(date);
  return date.slice(0, 7);
}

export const firstDayOf = (month: YearMonth): string => `${month}-01`;

export function lastDayOf(month: YearMonth): string {
  const index = monthIndex(month);
  return `${month}-${daysInMonth(Math.floor(index / 12), (index % 12) + 1)}`;
}

/** Every month from `from` to `to`, both included; empty when `to` is before `from`. */
export function monthsBetween(from: YearMonth, to: YearMonth): YearMonth[] {
  const months: YearMonth[] = [];
  for (let i = monthIndex(from, 'from'); i <= monthIndex(to, 'to'); i++) months.push(monthOfIndex(i));
  return months;
}

/**
 * The federal fiscal year of a date: it runs 1 October to 30 September and is named for the year
 * it ends in, so 2025-10-01 is in FY 2026 and 2026-09-30 is its last day.
 */
export function fiscalYearOf(date: string): number {
  const { year, month } = parseCalendarDate(date);
  return month >= 10 ? year + 1 : year;
}

/** The twelve months of a federal fiscal year, October of the year before through September. */
export function monthsOfFiscalYear(fiscalYear: number): YearMonth[] {
  if (!Number.isSafeInteger(fiscalYear) || fiscalYear < 1 || fiscalYear > 9999) throw new RangeError(`fiscal year must be a year, got ${fiscalYear}`);
  return monthsBetween(`${String(fiscalYear - 1).padStart(4, '0')}-10`, `${String(fiscalYear).padStart(4, '0')}-09`);
}
