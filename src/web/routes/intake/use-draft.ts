import { useEffect } from 'react';
import type { FieldValues, UseFormWatch } from 'react-hook-form';
import { writeDraft } from './intake-drafts';

/** Mirrors a form's values into sessionStorage as the user types (see intake-drafts.ts). */
export function usePersistDraft<T extends FieldValues>(watch: UseFormWatch<T>, reportId: string, part: string): void {
  useEffect(() => {
    const subscription = watch((values) => writeDraft(reportId, part, values));
    return () => subscription.unsubscribe();
  }, [watch, reportId, part]);
}
