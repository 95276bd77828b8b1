/** The closed set of things that can go wrong, each with a stable code and one HTTP status. */
export const problemKinds = {
  validation: { status: 400, title: 'Some fields need fixing' },
  unauthenticated: { status: 401, title: 'Please sign in' },
  csrf: { status: 403, title: 'This request is missing its security token; reload the page and try again' },
  forbidden_action: { status: 403, title: 'Your role cannot do this' },
  not_found: { status: 404, title: 'Not found' },
  conflict: { status: 409, title: 'Someone else changed this record first' },
  too_large: { status: 413, title: 'The request is too large' },
  incomplete: { status: 422, title: 'Not ready yet' },
  locked: { status: 423, title: 'Account locked' },
  rate_limited: { status: 429, title: 'Too many attempts' },
  unavailable: { status: 503, title: 'Service unavailable' },
  internal: { status: 500, title: 'Something went wrong on our side' },
} as const;

export type ProblemKind = keyof typeof problemKinds;

/** Values a reason's sentence needs (a date, a count, a status code), so a client can say it in its own words. */
export type ProblemParams = Record<string, string | number>;

/**
 * One thing wrong with one field. `code` is stable for clients: zod's issue code for what the edge
 * schemas refuse (`too_big`, `invalid_type`, `invalid_value`, `custom` with `params.reason`, …) with
 * zod's own `params` (`maximum`, `values`, …), or a reason the service names. `message` is English.
 */
export interface FieldProblem {
  path: string;
  message: string;
  code?: string;
  params?: Record<string, unknown>;
}

export class Problem extends Error {
  readonly kind: ProblemKind;
  readonly errors?: FieldProblem[];
  /** Stable for clients (web catalogue, API consumers); the kind itself when nothing more specific is said. */
  reason: string;
  params?: ProblemParams;

  constructor(kind: ProblemKind, detail?: string, errors?: FieldProblem[]) {
    super(detail ?? problemKinds[kind].title);
    this.kind = kind;
    this.errors = errors;
    this.reason = kind;
  }

  /** Names why, for clients that say it in their own words: `throw new Problem('conflict', '…').because('investigation_closed')`. */
  because(reason: string, params?: ProblemParams): this {
    this.reason = reason;
    if (params) this.params = params;
    return this;
  }
}

export const notFound = (what = 'record') => new Problem('not_found', `No ${what} with that id is available to you.`);
export const conflict = (what = 'record') =>
  new Problem('conflict', `Someone else changed this ${what} after you opened it. Reload to see their changes, then try again.`).because('stale_version');

/**
 * A client-chosen id that is already taken by a record the caller may not use here — another
 * record's, or one hidden from them. One answer for both, so the id is no existence oracle.
 */
export const idTaken = () => new Problem('conflict', 'That id is already used. Send a new id.').because('id_taken');

/** Renders a Problem as an RFC 9457 `application/problem+json` body. */
export function problemBody(problem: Problem, instance?: string) {
  const { status, title } = problemKinds[problem.kind];
  return {
    type: `https://hearth.example/problems/${problem.kind}`,
    title,
    status,
    code: problem.kind,
    reason: problem.reason,
    detail: problem.message,
    ...(problem.params ? { params: problem.params } : {}),
    ...(instance ? { instance } : {}),
    ...(problem.errors ? { errors: problem.errors } : {}),
  };
}
