import { useCallback, useState } from 'react';
import type { FieldValues, UseFormSetError } from 'react-hook-form';
import type { FormProblem } from '../components/ErrorSummary';
import { applyServerErrors } from './form-problems';

/**
 * Server-side field errors for a form: `capture` (a mutation's onError) marks the matching fields
 * and keeps the rest for the error summary; `clear` runs before the next attempt.
 */
export function useServerProblems<T extends FieldValues>(names: string[], setError: UseFormSetError<T>) {
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const capture = useCallback((error: unknown) => setProblems(applyServerErrors(error, names, setError)), [names, setError]);
  const clear = useCallback(() => setProblems([]), []);
  return { problems, capture, clear };
}
