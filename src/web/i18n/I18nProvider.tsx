import { useQuery } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { sessionQuery } from '../api/queries';
import type { Language } from '../api/types';
import { dueState, formatCalendarDate, formatDuration, formatMoment } from '../lib/date-time';
import { createTranslator, languages, localeFor, type Translator } from './translate';

const STORAGE_KEY = 'hearth.language';
const FALLBACK_TIME_ZONE = 'America/New_York';

export interface I18n extends Translator {
  locale: string;
  timeZone: string;
  setLanguage: (language: Language) => void;
  /** A moment in agency time, e.g. "Nov 22, 2026, 9:30 AM EST". */
  formatMoment: (iso: string | null | undefined) => string;
  /** A calendar date such as a date of birth. */
  formatDate: (date: string | null | undefined) => string;
  /** "due in 3 h 5 min" / "overdue by 20 min" relative to `now`. */
  describeDue: (dueAt: string, now: Date) => { overdue: boolean; text: string };
  /** Date of birth when known, else "About 7 years old", else "Unknown". */
  describeAge: (person: { dateOfBirth: string | null; approximateAge?: number | null }) => string;
}

const I18nContext = createContext<I18n | null>(null);

function readStoredLanguage(): Language | null {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return languages.includes(stored as Language) ? (stored as Language) : null;
  } catch {
    return null; // Storage can be blocked by browser policy; the profile language still applies.
  }
}

/**
 * Language and agency time zone for the whole app. A language chosen in the header on this
 * device wins over the profile's, so a bilingual screener's choice sticks between sessions.
 */
export function I18nProvider({ children }: { children: ReactNode }) {
  // Observe the session without fetching it here; the route guard owns loading it.
  const { data: session } = useQuery({ ...sessionQuery, enabled: false });
  const [chosen, setChosen] = useState<Language | null>(readStoredLanguage);
  const language: Language = chosen ?? session?.user.language ?? 'en';
  const timeZone = session?.user.timeZone ?? FALLBACK_TIME_ZONE;

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const setLanguage = useCallback((next: Language) => {
    setChosen(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not remembered on this device, but still switched for this visit.
    }
  }, []);

  const value = useMemo<I18n>(() => {
    const translator = createTranslator(language);
    const locale = localeFor(language);
    const units = {
      days: (n: number) => translator.t('duration.days', { n }),
      hours: (n: number) => translator.t('duration.hours', { n }),
      minutes: (n: number) => translator.t('duration.minutes', { n }),
    };
    return {
      ...translator,
      locale,
      timeZone,
      setLanguage,
      formatMoment: (iso) => (iso ? formatMoment(iso, locale, timeZone) : translator.t('common.noValue')),
      formatDate: (date) => (date ? formatCalendarDate(date, locale) : translator.t('common.noValue')),
      describeDue: (dueAt, now) => {
        const { overdue, remaining } = dueState(dueAt, now);
        const duration = formatDuration(remaining, units);
        return { overdue, text: translator.t(overdue ? 'due.overdueBy' : 'due.in', { duration }) };
      },
      describeAge: (person) => {
        if (person.dateOfBirth) return formatCalendarDate(person.dateOfBirth, locale);
        if (person.approximateAge !== null && person.approximateAge !== undefined) return translator.t('common.aboutAge', { age: person.approximateAge });
        return translator.t('common.unknown');
      },
    };
  }, [language, timeZone, setLanguage]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}
