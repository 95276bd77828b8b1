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

export interface FieldProblem {
  path: string;
  message: string;
}

export class Problem extends Error {
  readonly kind: ProblemKind;
  readonly errors?: FieldProblem[];

  constructor(kind: ProblemKind, detail?: string, errors?: FieldProblem[]) {
    super(detail ?? problemKinds[kind].title);
    this.kind = kind;
    this.errors = errors;
  }
}

export const notFound = (what = 'record') => new Problem('not_found', `No ${what} with that id is available to you.`);
export const conflict = (what = 'record') =>
  new Problem('conflict', `Someone else changed this ${what} after you opened it. Reload to see their changes, then try again.`);

/**
 * A client-chosen id that is already taken by a record the caller may not use here — another
 * record's, or one hidden from them. One answer for both, so the id is no existence oracle.
 */
export const idTaken = () => new Problem('conflict', 'That id is already used. Send a new id.');

/** Renders a Problem as an RFC 9457 `application/problem+json` body. */
export function problemBody(problem: Problem, instance?: string) {
  const { status, title } = problemKinds[problem.kind];
  return {
    type: `https://hearth.example/problems/${problem.kind}`,
    title,
    status,
    code: problem.kind,
    detail: problem.message,
    ...(instance ? { instance } : {}),
    ...(problem.errors ? { errors: problem.errors } : {}),
  };
}
