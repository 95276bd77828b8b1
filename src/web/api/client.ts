/**
 * The one place the web app talks HTTP. Every call goes to the same origin with the session
 * cookie; writes carry the CSRF token; failures become an `ApiError` the UI can read.
 */

/**
 * One field's problem: `code` is zod's issue code (with zod's `params`) or the service's reason;
 * `message` is the server's English, shown when the web has no words of its own for the code.
 */
export interface FieldProblem {
  path: string;
  message: string;
  code?: string;
  params?: Record<string, unknown>;
}

/** Values a reason's sentence needs (a date, a count, a status code). */
export type ProblemParams = Record<string, string | number>;

/** Stable problem codes from the server, plus `network` when no answer came back at all. */
export type ProblemCode =
  | 'validation'
  | 'unauthenticated'
  | 'csrf'
  | 'not_found'
  | 'conflict'
  | 'locked'
  | 'rate_limited'
  | 'too_large'
  | 'incomplete'
  | 'forbidden_action'
  | 'unavailable'
  | 'internal'
  | 'network';

export class ApiError extends Error {
  readonly status: number;
  readonly code: ProblemCode;
  readonly detail: string;
  readonly errors: FieldProblem[];
  /** The server's stable reason (the code itself when it names none); see problem-reasons.ts. */
  readonly reason: string;
  readonly params: ProblemParams;

  constructor(status: number, code: ProblemCode, detail: string, errors: FieldProblem[] = [], reason: string = code, params: ProblemParams = {}) {
    super(detail);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.detail = detail;
    this.errors = errors;
    this.reason = reason;
    this.params = params;
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

type Query = Record<string, string | number | undefined | null>;

interface RequestOptions {
  body?: unknown;
  query?: Query;
  /** A file sent as the body in its own content type (document uploads). */
  file?: Blob;
}

let csrfToken: string | null = null;
let onUnauthenticated: (() => void) | null = null;

/** Remembers the token from sign-in or GET /api/auth/me for later writes. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called on any 401 outside the sign-in flow, so the app can send the user to sign in. */
export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  onUnauthenticated = handler;
}

// A 401 from these is an expected answer ("not signed in" / "wrong password"), not an expired session.
const authPaths = new Set(['/api/auth/sign-in', '/api/auth/me']);

export function buildUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.file) headers['content-type'] = options.file.type || 'application/octet-stream';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.file ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
    });
  } catch {
    throw new ApiError(0, 'network', 'The server could not be reached. Check your connection and try again.');
  }

  if (response.ok) {
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  }
  const error = await readProblem(response);
  if (error.status === 401 && !authPaths.has(path)) onUnauthenticated?.();
  throw error;
}

async function readProblem(response: Response): Promise<ApiError> {
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      const body = (await response.json()) as {
        code?: ProblemCode;
        reason?: string;
        params?: ProblemParams;
        detail?: string;
        title?: string;
        errors?: FieldProblem[];
      };
      const code = body.code ?? codeForStatus(response.status);
      return new ApiError(response.status, code, body.detail ?? body.title ?? response.statusText, body.errors ?? [], body.reason ?? code, body.params ?? {});
    } catch {
      // Fall through to the status-only error below.
    }
  }
  return new ApiError(response.status, codeForStatus(response.status), response.statusText || `HTTP ${response.status}`);
}

function codeForStatus(status: number): ProblemCode {
  const byStatus: Record<number, ProblemCode> = {
    400: 'validation',
    401: 'unauthenticated',
    403: 'forbidden_action',
    404: 'not_found',
    409: 'conflict',
    422: 'incomplete',
    423: 'locked',
    413: 'too_large',
    429: 'rate_limited',
    503: 'unavailable',
  };
  return byStatus[status] ?? 'internal';
}

export const http = {
  get: <T>(path: string, query?: Query) => request<T>('GET', path, { query }),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, { body: body ?? {} }),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, { body }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
  delete: <T>(path: string, query?: Query) => request<T>('DELETE', path, { query }),
  upload: <T>(path: string, query: Query, file: Blob) => request<T>('POST', path, { query, file }),
};
