import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { setCsrfToken } from '../api/client';
import { saveLanguage } from '../api/endpoints';
import { sessionQuery } from '../api/queries';
import type { Language, Session } from '../api/types';
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

const isLanguage = (value: unknown): value is Language => languages.includes(value as Language);

function readStoredLanguage(): Language | null {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : null;
  } catch {
    return null; // Storage can be blocked by browser policy; the profile language still applies.
  }
}

function storeLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered on this device, but still switched for this visit.
  }
}

/**
 * The cached session, without fetching it (the route guard owns loading it). Read straight from
 * the query cache: sign-in clears the cache and then sets a new session, which an idle
 * `useQuery` observer would not see until something else re-rendered this provider.
 */
function useCachedSession(queryClient: QueryClient): Session | undefined {
  const cache = queryClient.getQueryCache();
  const subscribe = useCallback((onChange: () => void) => cache.subscribe(onChange), [cache]);
  const read = () => queryClient.getQueryData<Session>(sessionQuery.queryKey);
  return useSyncExternalStore(subscribe, read, read);
}

/**
 * Language and agency time zone for the whole app (PLAT-6). Signed in, the language follows the
 * user: it is the profile's, and switching it in the header saves it to the profile
 * (PUT /api/auth/me/language). This device also remembers the last language in localStorage, which
 * is what the sign-in page shows before anyone is signed in.
 */
export function I18nProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const session = useCachedSession(queryClient);
  const [stored, setStored] = useState<Language | null>(readStoredLanguage);
  const profileLanguage = isLanguage(session?.user.language) ? session.user.language : null;
  const language: Language = profileLanguage ?? stored ?? 'en';
  const timeZone = session?.user.timeZone ?? FALLBACK_TIME_ZONE;
  // Only the latest save may write its answer back, so quick switches cannot end in the wrong language.
  const latestSave = useRef(0);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  // A language chosen on the sign-in page is the person's choice: on signing in it becomes the
  // profile's (issue 9), instead of the profile's older language overriding it.
  const chosenSignedOut = useRef<Language | null>(null);

  const setLanguage = useCallback(
    (next: Language) => {
      setStored(next);
      storeLanguage(next);
      const current = queryClient.getQueryData<Session>(sessionQuery.queryKey);
      if (!current) {
        chosenSignedOut.current = next; // applied to the profile at sign-in
        return;
      }
      const userId = current.user.id;
      // Switch at once; the profile is saved behind it.
      queryClient.setQueryData<Session>(sessionQuery.queryKey, { ...current, user: { ...current.user, language: next } });
      const attempt = ++latestSave.current;
      saveLanguage(next)
        .then((saved) => {
          const now = queryClient.getQueryData<Session>(sessionQuery.queryKey);
          if (now?.user.id !== userId) return; // signed out (or in as someone else) meanwhile
          setCsrfToken(saved.csrfToken);
          if (attempt !== latestSave.current) return;
          queryClient.setQueryData<Session>(sessionQuery.queryKey, { ...now, ...saved });
          // Task titles, reasons and problem texts come from the server in the profile's language:
          // fetch them again now, not at the next navigation.
          void queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== sessionQuery.queryKey[0] });
        })
        .catch(() => {
          // Still switched for this visit; the profile keeps its language until the next switch.
        });
    },
    [queryClient],
  );

  // On sign-in (and on reload) the profile's language applies, unless one was just chosen on the
  // sign-in page; remember it for the sign-in page.
  useEffect(() => {
    if (!profileLanguage) return;
    const chosen = chosenSignedOut.current;
    chosenSignedOut.current = null;
    if (chosen && chosen !== profileLanguage) {
      setLanguage(chosen);
      return;
    }
    setStored(profileLanguage);
    storeLanguage(profileLanguage);
  }, [profileLanguage, setLanguage]);

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
