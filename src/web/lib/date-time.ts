/**
 * Dates and times as the agency sees them. Moments (ISO strings with an offset) are shown in the
 * agency's time zone, never the browser's, so a screener working remotely in another zone still
 * reads the same clock as the hotline. Legal dates (`YYYY-MM-DD`) are calendar days with no zone.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "Nov 22, 2026, 9:30 AM EST" in the given language and time zone. */
export function formatMoment(iso: string, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(new Date(iso));
}

/** A calendar date such as a date of birth; formatted in UTC so it never shifts a day. */
export function formatCalendarDate(date: string, locale: string): string {
  const parsed = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(parsed);
}

export interface DurationParts {
  days: number;
  hours: number;
  minutes: number;
}

/** Splits a span into whole days, hours and minutes, rounding up to the next minute. */
export function splitDuration(milliseconds: number): DurationParts {
  const totalMinutes = Math.ceil(Math.abs(milliseconds) / MINUTE);
  return {
    days: Math.floor(totalMinutes / (DAY / MINUTE)),
    hours: Math.floor((totalMinutes % (DAY / MINUTE)) / 60),
    minutes: totalMinutes % 60,
  };
}

export interface DurationUnits {
  days: (n: number) => string;
  hours: (n: number) => string;
  minutes: (n: number) => string;
}

/**
 * "3 h 5 min", "2 d 4 h", "20 min": the two largest units are enough to act on, and short
 * enough to read in a table cell.
 */
export function formatDuration(milliseconds: number, units: DurationUnits): string {
  const { days, hours, minutes } = splitDuration(milliseconds);
  if (days > 0) return hours > 0 ? `${units.days(days)} ${units.hours(hours)}` : units.days(days);
  if (hours > 0) return minutes > 0 ? `${units.hours(hours)} ${units.minutes(minutes)}` : units.hours(hours);
  return units.minutes(minutes);
}

export interface DueState {
  overdue: boolean;
  /** Milliseconds left; negative once overdue. */
  remaining: number;
}

export function dueState(dueAt: string, now: Date): DueState {
  const remaining = new Date(dueAt).getTime() - now.getTime();
  return { overdue: remaining < 0, remaining };
}

/** Offset of `timeZone` from UTC at the given moment, in milliseconds (e.g. -5 h for New York in winter). */
export function zoneOffset(moment: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(moment);
  const field = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const wall = Date.UTC(field('year'), field('month') - 1, field('day'), field('hour'), field('minute'), field('second'));
  return wall - Math.floor(moment.getTime() / 1000) * 1000;
}

/** An ISO moment as the `YYYY-MM-DDTHH:mm` wall-clock value a `datetime-local` input shows. */
export function toZonedInputValue(iso: string, timeZone: string): string {
  const moment = new Date(iso);
  if (Number.isNaN(moment.getTime())) return '';
  return new Date(moment.getTime() + zoneOffset(moment, timeZone)).toISOString().slice(0, 16);
}

/**
 * A wall-clock `YYYY-MM-DDTHH:mm` in the agency zone back to an ISO moment. The offset is looked
 * up twice because the first guess can land on the other side of a daylight-saving change.
 */
export function fromZonedInputValue(value: string, timeZone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [, year, month, day, hour, minute] = match.map(Number);
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const firstGuess = wall - zoneOffset(new Date(wall), timeZone);
  const moment = wall - zoneOffset(new Date(firstGuess), timeZone);
  return new Date(moment).toISOString();
}

/** Today's calendar date in the agency zone, for "not in the future" checks. */
export function todayInZone(timeZone: string, now = new Date()): string {
  return toZonedInputValue(now.toISOString(), timeZone).slice(0, 10);
}
