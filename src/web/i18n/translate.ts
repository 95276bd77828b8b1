import type { Language } from '../api/types';
import { en, type MessageKey, type Messages } from './en';
import { es } from './es';

export const dictionaries: Record<Language, Messages> = { en, es };
export const languages: Language[] = ['en', 'es'];

/** BCP 47 tags for Intl: United States English and United States Spanish. */
export const localeFor = (language: Language) => (language === 'es' ? 'es-US' : 'en-US');

/** Code lists whose codes are translated under `code.<list>.<code>`. */
export type CodeList =
  | 'channel'
  | 'reporterType'
  | 'maltreatmentType'
  | 'decision'
  | 'responsePriority'
  | 'race'
  | 'ethnicity'
  | 'icwaInquiry'
  | 'sex'
  | 'participantRole'
  | 'parentType'
  | 'relationshipKind'
  | 'reportStatus'
  | 'role'
  | 'track'
  | 'investigationStatus'
  | 'reviewAction'
  | 'aliasKind'
  | 'matchReason'
  | 'approvalKind'
  | 'subjectType'
  | 'networkSide'
  | 'supportKind'
  | 'tieStrength'
  | 'searchSource'
  | 'noticeMethod'
  | 'documentType'
  | 'teamRole'
  | 'teamDisclosureScope'
  | 'meetingReason'
  | 'meetingStatus'
  | 'attendanceMode'
  | 'familyAssessmentDomain'
  | 'visitStatus'
  | 'visitLocation'
  | 'visitPersonRole'
  | 'progressGiver'
  | 'scheduleStatus';

export type Params = Record<string, string | number>;

export interface Translator {
  language: Language;
  /** A message with `{name}` placeholders filled in. */
  t: (key: MessageKey, params?: Params) => string;
  /** The label for a code from a code list; an unknown code is shown readably rather than hidden. */
  tc: (list: CodeList, code: string | null | undefined) => string;
  /** A plural message: picks `<key>.one` or `<key>.other` and fills `{count}`. */
  tp: (key: string, count: number, params?: Params) => string;
}

export function fillPlaceholders(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function humaniseCode(code: string): string {
  const words = code.replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function createTranslator(language: Language): Translator {
  const messages: Record<string, string> = dictionaries[language];
  const plurals = new Intl.PluralRules(localeFor(language));
  const lookup = (key: string) => messages[key] ?? (en as Record<string, string>)[key];

  return {
    language,
    t: (key, params) => fillPlaceholders(lookup(key) ?? key, params),
    tc: (list, code) => (code ? (lookup(`code.${list}.${code}`) ?? humaniseCode(code)) : ''),
    tp: (key, count, params) => {
      const template = lookup(`${key}.${plurals.select(count)}`) ?? lookup(`${key}.other`) ?? key;
      return fillPlaceholders(template, { ...params, count: count.toLocaleString(localeFor(language)) });
    },
  };
}
