/**
 * Server problems in the user's language (PLAT-6). The server answers in English with a stable
 * `code` (the kind), a stable `reason` with its `params`, and, for `validation` / `incomplete`,
 * `errors: [{ path, message, code, params }]`. The headline comes from the code, the sentence from
 * the reason (problem-reasons.ts), field items from their path and code (problem-fields.ts);
 * anything not recognised falls back to the server's own words, so nothing is ever hidden.
 */
import type { MessageKey } from '../i18n/en';
import type { Translator } from '../i18n/translate';
import { type FieldProblem, isApiError, type ProblemCode } from './client';
import { matchFieldRule } from './problem-fields';
import { reasonText } from './problem-reasons';

/** The parts of a translator these functions need (an `I18n` or `createTranslator(...)` will do). */
export type ProblemWords = Pick<Translator, 't' | 'tp' | 'tc' | 'language'>;
type Words = ProblemWords;

/** Every problem code the server sends, and `network` for no answer at all. */
export const problemCodes: ProblemCode[] = [
  'validation',
  'unauthenticated',
  'csrf',
  'forbidden_action',
  'not_found',
  'conflict',
  'incomplete',
  'locked',
  'rate_limited',
  'too_large',
  'unavailable',
  'internal',
  'network',
];

/** Codes whose detail says the same thing whatever the exact server wording. */
const detailByCode: Partial<Record<ProblemCode, MessageKey>> = {
  csrf: 'problem.detail.csrf',
  conflict: 'problem.detail.conflict',
  not_found: 'common.notFoundBody',
  rate_limited: 'problem.detail.rate_limited',
  too_large: 'problem.detail.too_large',
  unavailable: 'problem.detail.unavailable',
  internal: 'problem.detail.internal',
  network: 'problem.detail.network',
};

/** Headline for the problem, from its code. */
export function problemTitle(error: unknown, words: Words): string {
  if (!isApiError(error) || !problemCodes.includes(error.code)) return words.t('common.errorHeading');
  return words.t(`problem.title.${error.code}` as MessageKey);
}

/** A field item in the user's language, or null when it is not one we recognise. */
export function translateFieldProblem(problem: FieldProblem, words: Words): string | null {
  const rule = matchFieldRule({ ...problem, path: problem.path ?? '' }, words);
  return rule ? words.t(rule.key, rule.params) : null;
}

/** A field item in the user's language, falling back to the server's words. */
export function fieldProblemText(problem: FieldProblem, words: Words): string {
  return translateFieldProblem(problem, words) ?? problem.message;
}

/** The detail in the user's language when it is one we recognise, else null (e.g. a conflict's own reason). */
export function knownProblemDetail(error: unknown, words: Words): string | null {
  if (!isApiError(error)) return null;
  const text = reasonText(error.reason, error.params);
  if (!text) return null;
  if (text.count) return words.tp(text.key, text.count(error.params));
  return words.t(text.key as MessageKey, text.params?.(error.params, words));
}

/** The sentence under the headline, falling back to the server's words. */
export function problemDetail(error: unknown, words: Words): string {
  if (!isApiError(error)) return error instanceof Error ? error.message : String(error);
  // A recognised reason first: a conflict that is not a stale edit says why, not "someone else changed it".
  const known = knownProblemDetail(error, words);
  if (known) return known;
  const byCode = detailByCode[error.code];
  if (byCode) return words.t(byCode);
  if (error.code === 'validation' && error.errors.length > 0) return error.errors.map((item) => fieldProblemText(item, words)).join(' ');
  return error.detail;
}

/** The field items a problem lists (validation and incomplete), each with its text. */
export function problemItems(error: unknown, words: Words): Array<FieldProblem & { text: string }> {
  if (!isApiError(error) || (error.code !== 'validation' && error.code !== 'incomplete')) return [];
  return error.errors.map((item) => ({ ...item, text: fieldProblemText(item, words) }));
}
