import type { FieldErrors, FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { type FieldProblem, isApiError } from '../api/client';
import { fieldProblemText, type ProblemWords, translateFieldProblem } from '../api/problem-text';
import type { FormProblem } from '../components/ErrorSummary';
import { fieldId } from '../components/fields/field-ids';

function valueAt(errors: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), errors);
}

/** The message for one field, for its inline error. */
export function errorText(errors: FieldErrors, name: string): string | undefined {
  const message = (valueAt(errors, name) as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' && message ? message : undefined;
}

/** Problems in the order the fields appear, each linked to its control. */
export function collectProblems(errors: FieldErrors, form: string, names: string[], linkTargets: Record<string, string> = {}): FormProblem[] {
  return names.flatMap((name) => {
    const message = errorText(errors, name);
    return message ? [{ message, fieldId: linkTargets[name] ?? fieldId(form, name) }] : [];
  });
}

/**
 * Puts a 400 `validation` answer's field errors on the matching form fields (server paths use the
 * same dotted names as the form), in the user's language, and returns the rest for the error summary.
 */
export function applyServerErrors<T extends FieldValues>(error: unknown, names: string[], setError: UseFormSetError<T>, words: ProblemWords): FormProblem[] {
  if (!isApiError(error)) return [];
  if (error.code !== 'validation' || error.errors.length === 0) return [];
  const unmatched: FormProblem[] = [];
  for (const problem of error.errors) {
    if (names.includes(problem.path)) setError(problem.path as Path<T>, { type: 'server', message: fieldProblemText(problem, words) });
    else unmatched.push({ message: unmatchedProblemText(problem, words) });
  }
  return unmatched;
}

/** A server field error with no field on this form: its text, naming the field when the text is the server's own. */
export function unmatchedProblemText(problem: FieldProblem, words: ProblemWords): string {
  const known = translateFieldProblem(problem, words);
  if (known) return known;
  return problem.path ? `${problem.path}: ${problem.message}` : problem.message;
}

/** True when the failure is a list of field errors the form shows itself, not a general alert. */
export const hasFieldErrors = (error: unknown) => isApiError(error) && error.code === 'validation' && error.errors.length > 0;

/** The error to show as a general alert: anything except field errors already shown on the form. */
export const generalError = (error: unknown) => (error && !hasFieldErrors(error) ? error : null);
