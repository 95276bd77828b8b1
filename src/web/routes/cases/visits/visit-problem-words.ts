import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError, type FieldProblem, isApiError } from '../../../api/client';
import type { MessageKey } from '../../../i18n/en';
import type { Params } from '../../../i18n/translate';

/**
 * The visit routes' own field problems (docs/api-visits.md) in the user's words, by form path and
 * code — the shared table would read a visit's `occurredAt` in the future as an investigation contact's.
 */
const rules: Array<{ path: RegExp; code: string; key: MessageKey; params?: (p: FieldProblem) => Params }> = [
  { path: /^occurredAt$/, code: 'in_future', key: 'visit.error.inFuture' },
  { path: /^occurredAt$/, code: 'before_case_opened', key: 'visit.error.beforeCaseOpened' },
  { path: /^plannedFor$/, code: 'before_case_opened', key: 'visit.error.plannedBeforeCaseOpened' },
  { path: /^nextVisitOn$/, code: 'before_visit', key: 'visit.error.nextBeforeVisit' },
  { path: /^people\.\d+\.seen$/, code: 'not_marked', key: 'visit.error.markChild', params: (p) => ({ name: String(p.params?.name ?? '') }) },
  { path: /^people\.\d+\.seen$/, code: 'not_on_case', key: 'visit.error.notOnCase' },
  { path: /^progress\.\d+\.givenBy\.personId$/, code: 'not_on_case', key: 'visit.error.notOnCase' },
  { path: /^progress\.\d+\.discussed$/, code: 'not_discussed', key: 'visit.error.notDiscussed' },
];

const codeOf = (p: FieldProblem) => (p.code === 'custom' && typeof p.params?.reason === 'string' ? p.params.reason : p.code);

/** The message key for one of the visit's own problems, or null to leave it to the shared table. */
export function visitProblemWords(problem: FieldProblem): { key: MessageKey; params?: Params } | null {
  const rule = rules.find((r) => r.path.test(problem.path) && r.code === codeOf(problem));
  return rule ? { key: rule.key, params: rule.params?.(problem) } : null;
}

/**
 * Marks the fields with the visit's own problems, in the user's words, and hands back the error
 * with the rest for the shared handling (use-server-problems.ts).
 */
export function markVisitProblems<T extends FieldValues>(
  error: unknown,
  names: string[],
  setError: UseFormSetError<T>,
  t: (key: MessageKey, params?: Params) => string,
): unknown {
  if (!isApiError(error) || error.code !== 'validation') return error;
  const rest = error.errors.filter((problem) => {
    const words = names.includes(problem.path) ? visitProblemWords(problem) : null;
    if (words) setError(problem.path as Path<T>, { type: 'server', message: t(words.key, words.params) });
    return !words;
  });
  return new ApiError(error.status, error.code, error.detail, rest, error.reason, error.params);
}
