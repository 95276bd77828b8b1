/**
 * The web's view of the API contract (issue 10): request and answer types come from the server's
 * own zod schemas (src/server/features/<feature>/<feature>.schema.ts) by type-only imports, so
 * nothing of the server is bundled and the two cannot drift. Answers travel as JSON, so a `Date`
 * in a schema's output arrives as an ISO string: `Answer<S>` says so.
 */
import type { z } from 'zod';

/** A value as it arrives over JSON: dates as ISO strings, everything else as it is. */
export type Wire<T> = T extends Date ? string : T extends ReadonlyArray<infer U> ? Wire<U>[] : T extends object ? { [K in keyof T]: Wire<T[K]> } : T;

/** What a route answers, from its `response` schema. */
export type Answer<S extends z.ZodType> = Wire<z.output<S>>;

/** What a route accepts, from its `body` or `querystring` schema (defaults may be left out). */
export type Input<S extends z.ZodType> = z.input<S>;
