import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';

/**
 * The edge types every route schema builds on, so bad input is refused once, with a 400 that names
 * the field, before it can reach the database and come back as a 500 (issue 9, PLAT-8).
 * The rules are listed for API users in docs/api-contract.md ("Input rules at the edge").
 */

/** PostgreSQL `int` (every `version` column, instrument and profile versions). */
export const MAX_DATABASE_INT = 2_147_483_647;
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;

// PostgreSQL text and jsonb cannot hold NUL; a lone UTF-16 surrogate would be stored as U+FFFD, so
// what was saved would differ from what was sent. With the u flag a paired surrogate is one code
// point, so \p{Cs} only matches the lone ones.
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is exactly the character refused here
const FORBIDDEN_CHARACTER = /[\u0000\p{Cs}]/u;
export const FORBIDDEN_CHARACTER_MESSAGE = 'Contains a character that cannot be stored (NUL or a broken Unicode surrogate)';

/** True when the text holds a NUL or a UTF-16 surrogate without its partner. */
export const hasForbiddenCharacter = (value: string) => FORBIDDEN_CHARACTER.test(value);

/** Any string that PostgreSQL can store exactly as sent. Base for every text input. */
export const storableString = (message = FORBIDDEN_CHARACTER_MESSAGE) =>
  z.string().refine((value) => !hasForbiddenCharacter(value), { message, abort: true, params: { reason: 'unstorable' } });

/** Free text: storable, trimmed, at most `max` characters (the message names the limit). */
export const text = (max: number, message = `At most ${max} characters`) => storableString().trim().max(max, message);

const yearInRange = (value: string) => {
  const year = Number(value.slice(0, 4));
  return year >= MIN_YEAR && year <= MAX_YEAR;
};
const isCalendarDate = (value: string) => {
  try {
    Temporal.PlainDate.from(value, { overflow: 'reject' });
    return true;
  } catch {
    return false;
  }
};
const yearRefusal = { message: `Use a year between ${MIN_YEAR} and ${MAX_YEAR}`, params: { reason: 'year_range', from: MIN_YEAR, to: MAX_YEAR } };

/** A real calendar date, YYYY-MM-DD, in a year PostgreSQL and people both mean (body and query). */
export const calendarDate = (message = 'Use a date like 2026-01-31') =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message, abort: true })
    .refine(isCalendarDate, { message: 'That date is not on the calendar', abort: true, params: { reason: 'not_on_calendar' } })
    .refine(yearInRange, yearRefusal)
    .meta({ format: 'date' });

/** A moment with its offset, e.g. 2026-11-22T09:30:00-05:00, in the same year range. */
export const moment = (message = 'Use a date and time like 2026-11-22T09:30:00-05:00') =>
  z.iso.datetime({ offset: true, message, abort: true }).refine(yearInRange, yearRefusal);

/** A positive whole number that fits the database's `int` columns. */
export const databaseInt = (message = 'Use a whole number of 1 or more') =>
  z.number(message).int(message).min(1, message).max(MAX_DATABASE_INT, `At most ${MAX_DATABASE_INT}`);

/** The same from a path or query string. */
export const databaseIntParam = (message = 'Use a whole number of 1 or more') =>
  z.coerce.number(message).int(message).min(1, message).max(MAX_DATABASE_INT, `At most ${MAX_DATABASE_INT}`);

/** The `version` a client read, sent back on every write (optimistic concurrency). */
export const version = databaseInt('Send the version you read');
export const versionParam = databaseIntParam('Send the version you read');

export interface JsonBounds {
  /** Levels of objects and lists, the top one included: `{ a: 1 }` is 1, `{ a: [1] }` is 2. */
  depth: number;
  /** Keys in any one object. */
  keys: number;
  /** Elements in any one array. */
  items: number;
  /** Characters in any one key or string leaf. */
  textLength: number;
  /** Values in the whole document. */
  nodes: number;
}

/** Instrument answers: item keys to values, lists, or per-child maps of those. */
export const answerBounds: JsonBounds = { depth: 8, keys: 500, items: 500, textLength: 20_000, nodes: 20_000 };

type Found = { path: (string | number)[]; message: string } | null;

/**
 * Walks a parsed JSON value without recursion (a deep document cannot overflow the stack here)
 * and reports the first place it breaks the bounds or holds text that cannot be stored.
 */
export function checkJson(root: unknown, bounds: JsonBounds): Found {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: root, path: [] }];
  let nodes = 0;
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    nodes += 1;
    if (nodes > bounds.nodes) return { path: [], message: `At most ${bounds.nodes} values in all` };
    if (typeof value === 'string') {
      if (hasForbiddenCharacter(value)) return { path, message: FORBIDDEN_CHARACTER_MESSAGE };
      if (value.length > bounds.textLength) return { path, message: `At most ${bounds.textLength} characters` };
      continue;
    }
    if (typeof value === 'number' && !Number.isFinite(value)) return { path, message: 'Not a finite number' };
    if (typeof value !== 'object' || value === null) continue;
    if (path.length + 1 > bounds.depth) return { path, message: `Nested too deeply (at most ${bounds.depth} levels)` };
    if (Array.isArray(value)) {
      if (value.length > bounds.items) return { path, message: `At most ${bounds.items} entries in a list` };
      for (const [index, entry] of value.entries()) stack.push({ value: entry, path: [...path, index] });
      continue;
    }
    const entries = Object.entries(value);
    if (entries.length > bounds.keys) return { path, message: `At most ${bounds.keys} keys in an object` };
    for (const [key, entry] of entries) {
      if (hasForbiddenCharacter(key)) return { path: [...path, key], message: `A key: ${FORBIDDEN_CHARACTER_MESSAGE}` };
      if (key.length > bounds.textLength) return { path, message: `A key is longer than ${bounds.textLength} characters` };
      stack.push({ value: entry, path: [...path, key] });
    }
  }
  return null;
}

/** A JSON object (such as instrument answers) whose size, depth and text are bounded. */
export const boundedJsonRecord = (bounds: JsonBounds = answerBounds) =>
  z.record(z.string(), z.unknown()).superRefine((value, context) => {
    const found = checkJson(value, bounds);
    if (found) context.addIssue({ code: 'custom', path: found.path, message: found.message });
  });
