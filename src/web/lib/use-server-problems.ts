import { useCallback, useState } from 'react';
import type { FieldValues, UseFormSetError } from 'react-hook-form';
import type { FormProblem } from '../components/ErrorSummary';
import { useI18n } from '../i18n/I18nProvider';
import { applyServerErrors } from './form-problems';

/**
 * Server-side field errors for a form: `capture` (a mutation's onError) marks the matching fields
 * and keeps the rest for the error summary, all in the user's language; `clear` runs before the
 * next attempt.
 */
export function useServerProblems<T extends FieldValues>(names: string[], setError: UseFormSetError<T>) {
  const words = useI18n();
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const capture = useCallback((error: unknown) => setProblems(applyServerErrors(error, names, setError, words)), [names, setError, words]);
  const clear = useCallback(() => setProblems([]), []);
  return { problems, capture, clear };
}
