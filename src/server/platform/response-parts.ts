import { z } from 'zod';

/**
 * Shared parts of response schemas (issue 10, one contract). Each route's `response` schema lives in
 * its feature's `*.schema.ts`, built from these; the web takes its types from the same schemas
 * (`Wire<typeof schema>` in src/web/api/contract.ts), and serialisation through them drops any
 * field a presenter did not declare.
 */

/**
 * A moment: a Date from a column, or the ISO string a JSON sub-query gives; sent as an ISO 8601
 * string with offset either way.
 */
export const momentOut = z.union([z.date(), z.string()]).meta({ description: 'An ISO 8601 moment with its offset' });

/** A calendar date, YYYY-MM-DD (a date of birth, a due day). */
export const calendarDateOut = z.string().meta({ format: 'date' });

/** The `version` a client sends back on its next write. */
export const versionOut = z.number().int();

export const uuidOut = z.string().meta({ format: 'uuid' });

/** Text that may be absent. */
export const nullableText = z.string().nullable();
