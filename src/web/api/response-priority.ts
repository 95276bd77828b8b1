import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import type { Translator } from '../i18n/translate';
import { referenceQuery } from './queries';
import type { Duration, ResponsePriority } from './types';

type Words = Pick<Translator, 'language' | 'tc' | 'tp'>;

/**
 * A response priority in the user's language. The agency's practice profile names its own
 * priorities (CT "Same day (within 2 hours)", GA "Priority 1 (most urgent)"), so its label wins;
 * a code from another profile falls back to the app's code list, then to the code itself.
 */
export function responsePriorityLabel(priorities: ResponsePriority[] | undefined, code: string | null | undefined, words: Words): string {
  if (!code) return '';
  const label = priorities?.find((priority) => priority.code === code)?.label?.[words.language];
  return label ?? words.tc('responsePriority', code);
}

/** "2 hours", "5 business days", "1 month" in the user's language. */
export function durationText(duration: Duration, words: Words): string {
  return words.tp(`duration.unit.${duration.unit}`, duration.amount);
}

/** The label function for the agency's current response priorities. */
export function useResponsePriorityLabel(): (code: string | null | undefined) => string {
  const words = useI18n();
  const reference = useQuery(referenceQuery);
  const priorities = reference.data?.responsePriorities;
  return useCallback((code) => responsePriorityLabel(priorities, code, words), [priorities, words]);
}
