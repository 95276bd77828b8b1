import { Temporal } from 'temporal-polyfill';
import { parseLocalDate } from './checks.js';

/**
 * One way an agency is closed for a day. Rule lists are data (PLAT-3): a practice profile can
 * start from usFederalHolidays() and add state holidays or one-off closures.
 */
export type HolidayRule =
  /** nearest_weekday: Saturday is observed the Friday before, Sunday the Monday after (US federal rule). */
  | { name: string; kind: 'fixed'; month: number; day: number; observed?: 'none' | 'nearest_weekday' }
  /** weekday is ISO (1 = Monday); n = -1 means the last one in the month. */
  | { name: string; kind: 'nth_weekday'; month: number; weekday: 1 | 2 | 3 | 4 | 5 | 6 | 7; n: 1 | 2 | 3 | 4 | 5 | -1 }
  /** `days` after the (observed) date of the rule named `of` in the same list, e.g. the day after Thanksgiving. */
  | { name: string; kind: 'day_after'; of: string; days: number }
  /** A one-off closure on YYYY-MM-DD, e.g. a storm. */
  | { name: string; kind: 'once'; date: string };

/** The eleven holidays of 5 U.S.C. 6103, fixed-date ones observed on the nearest weekday. */
export function usFederalHolidays(): HolidayRule[] {
  return [
    { name: "New Year's Day", kind: 'fixed', month: 1, day: 1, observed: 'nearest_weekday' },
    { name: 'Birthday of Martin Luther King, Jr.', kind: 'nth_weekday', month: 1, weekday: 1, n: 3 },
    { name: "Washington's Birthday", kind: 'nth_weekday', month: 2, weekday: 1, n: 3 },
    { name: 'Memorial Day', kind: 'nth_weekday', month: 5, weekday: 1, n: -1 },
    { name: 'Juneteenth National Independence Day', kind: 'fixed', month: 6, day: 19, observed: 'nearest_weekday' },
    { name: 'Independence Day', kind: 'fixed', month: 7, day: 4, observed: 'nearest_weekday' },
    { name: 'Labor Day', kind: 'nth_weekday', month: 9, weekday: 1, n: 1 },
    { name: 'Columbus Day', kind: 'nth_weekday', month: 10, weekday: 1, n: 2 },
    { name: 'Veterans Day', kind: 'fixed', month: 11, day: 11, observed: 'nearest_weekday' },
    { name: 'Thanksgiving Day', kind: 'nth_weekday', month: 11, weekday: 4, n: 4 },
    { name: 'Christmas Day', kind: 'fixed', month: 12, day: 25, observed: 'nearest_weekday' },
  ];
}

/**
 * The days off that fall in `year`, sorted by date. A rule's date can land in a neighbouring year
 * (New Year's Day 2028 is a Saturday, so it is observed on Friday 2027-12-31 and listed for 2027),
 * so a year can have more or fewer entries than the list has rules.
 */
export function holidaysInYear(rules: readonly HolidayRule[], year: number): Array<{ date: string; name: string }> {
  if (!Number.isInteger(year) || year < 1 || year > 9999) throw new RangeError(`year must be a whole number from 1 to 9999, got ${year}`);
  checkRules(rules);
  // day_after shifts can push a date across a year end; look far enough either side to catch it.
  const shift = rules.reduce((sum, rule) => sum + (rule.kind === 'day_after' ? Math.abs(rule.days) : 0), 1);
  const reach = 1 + Math.ceil(shift / 365);
  const found: Array<{ date: string; name: string }> = [];
  for (let ruleYear = year - reach; ruleYear <= year + reach; ruleYear++) {
    for (const [rule, date] of datesForRuleYear(rules, ruleYear)) {
      if (date.year === year) found.push({ date: date.toString(), name: rule.name });
    }
  }
  return found.sort((a, b) => a.date.localeCompare(b.date) || a.name.localeCompare(b.name));
}

function datesForRuleYear(rules: readonly HolidayRule[], year: number): Array<[HolidayRule, Temporal.PlainDate]> {
  const memo = new Map<HolidayRule, Temporal.PlainDate | undefined>();
  const resolve = (rule: HolidayRule): Temporal.PlainDate | undefined => {
    if (!memo.has(rule))
      memo.set(
        rule,
        dateOf(rule, year, (name) => resolve(rules.find((r) => r.name === name)!)),
      );
    return memo.get(rule);
  };
  return rules.flatMap((rule) => {
    const date = resolve(rule);
    return date ? [[rule, date] as [HolidayRule, Temporal.PlainDate]] : [];
  });
}

/** The rule's date in `year`, or undefined when the rule skips that year (a 5th Monday, Feb 29). */
function dateOf(rule: HolidayRule, year: number, dateOfRule: (name: string) => Temporal.PlainDate | undefined) {
  switch (rule.kind) {
    case 'fixed': {
      if (rule.month === 2 && rule.day === 29 && !Temporal.PlainDate.from({ year, month: 1, day: 1 }).inLeapYear) return undefined;
      const date = Temporal.PlainDate.from({ year, month: rule.month, day: rule.day });
      if (rule.observed !== 'nearest_weekday') return date;
      if (date.dayOfWeek === 6) return date.subtract({ days: 1 });
      if (date.dayOfWeek === 7) return date.add({ days: 1 });
      return date;
    }
    case 'nth_weekday': {
      const first = Temporal.PlainDate.from({ year, month: rule.month, day: 1 });
      if (rule.n === -1) {
        const last = first.with({ day: first.daysInMonth });
        return last.subtract({ days: (last.dayOfWeek - rule.weekday + 7) % 7 });
      }
      const date = first.add({ days: ((rule.weekday - first.dayOfWeek + 7) % 7) + (rule.n - 1) * 7 });
      return date.month === rule.month ? date : undefined;
    }
    case 'day_after':
      return dateOfRule(rule.of)?.add({ days: rule.days });
    case 'once': {
      const date = Temporal.PlainDate.from(rule.date);
      return date.year === year ? date : undefined;
    }
  }
}

const daysInMonthOfLeapYear = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isIntegerIn = (value: unknown, min: number, max: number) => Number.isInteger(value) && (value as number) >= min && (value as number) <= max;

/** Rejects rules that could never match a day, so a typo in a profile fails loudly, not silently. */
function checkRules(rules: readonly HolidayRule[]): void {
  if (!Array.isArray(rules)) throw new RangeError('holiday rules must be an array');
  for (const rule of rules) {
    const label = `holiday rule ${JSON.stringify(rule?.name)}`;
    if (typeof rule?.name !== 'string' || rule.name.trim() === '') throw new RangeError('every holiday rule needs a name');
    switch (rule.kind) {
      case 'fixed':
        if (!isIntegerIn(rule.month, 1, 12)) throw new RangeError(`${label}: month must be 1 to 12, got ${rule.month}`);
        if (!isIntegerIn(rule.day, 1, daysInMonthOfLeapYear[rule.month - 1])) {
          throw new RangeError(`${label}: month ${rule.month} has no day ${rule.day}`);
        }
        if (rule.observed !== undefined && rule.observed !== 'none' && rule.observed !== 'nearest_weekday') {
          throw new RangeError(`${label}: observed must be 'none' or 'nearest_weekday'`);
        }
        break;
      case 'nth_weekday':
        if (!isIntegerIn(rule.month, 1, 12)) throw new RangeError(`${label}: month must be 1 to 12, got ${rule.month}`);
        if (!isIntegerIn(rule.weekday, 1, 7)) throw new RangeError(`${label}: weekday must be 1 (Monday) to 7 (Sunday), got ${rule.weekday}`);
        if (![1, 2, 3, 4, 5, -1].includes(rule.n)) throw new RangeError(`${label}: n must be 1 to 5, or -1 for the last, got ${rule.n}`);
        break;
      case 'day_after': {
        if (!isIntegerIn(rule.days, -366, 366)) throw new RangeError(`${label}: days must be a whole number from -366 to 366, got ${rule.days}`);
        const targets = rules.filter((r) => r.name === rule.of);
        if (targets.length !== 1) {
          throw new RangeError(`${label}: needs exactly one rule named ${JSON.stringify(rule.of)} in the same list, found ${targets.length}`);
        }
        break;
      }
      case 'once':
        parseLocalDate(rule.date, `${label}: date`);
        break;
      default:
        throw new RangeError(`${label}: unknown kind ${JSON.stringify((rule as { kind?: unknown }).kind)}`);
    }
  }
  checkNoCycles(rules);
}

function checkNoCycles(rules: readonly HolidayRule[]): void {
  for (const start of rules) {
    const seen = new Set<string>();
    let rule: HolidayRule | undefined = start;
    while (rule?.kind === 'day_after') {
      if (seen.has(rule.name)) throw new RangeError(`holiday rule ${JSON.stringify(start.name)}: day_after rules refer to each other in a loop`);
      seen.add(rule.name);
      const of: string = rule.of;
      rule = rules.find((r) => r.name === of);
    }
  }
}
