import { useQuery } from '@tanstack/react-query';
import {
  channels,
  ethnicities,
  icwaInquiryOutcomes,
  maltreatmentTypes,
  parentTypes,
  participantRoles,
  races,
  relationshipKinds,
  reporterTypes,
  sexes,
} from '../../domain/code-lists';
import { screeningDecisions } from '../../domain/screening';
import { referenceQuery } from './queries';
import type { Reference } from './types';

/**
 * Code lists for forms. GET /api/reference is the source of truth; the same codes from
 * src/domain/code-lists.ts (the lists the server's schemas are built from) let a form render its options on first paint (a select registered before its options exist
 * would lose its saved value) and cover lists the reference endpoint does not carry.
 */
const fallback: CodeLists = {
  // Until the profile's own list arrives; labels then come from code.responsePriority.* in i18n.
  responsePriorities: [
    { code: 'same_day', label: null, hours: 2, within: { amount: 2, unit: 'hours' } },
    { code: 'within_24_hours', label: null, hours: 24, within: { amount: 24, unit: 'hours' } },
    { code: 'within_72_hours', label: null, hours: 72, within: { amount: 72, unit: 'hours' } },
  ],
  maltreatmentTypes: [...maltreatmentTypes],
  reporterTypes: [...reporterTypes],
  channels: [...channels],
  races: [...races],
  ethnicities: [...ethnicities],
  icwaInquiry: [...icwaInquiryOutcomes],
  participantRoles: [...participantRoles],
  relationshipKinds: [...relationshipKinds],
  decisions: [...screeningDecisions],
};

export { parentTypes, sexes };

/** Languages offered for a person's primary language (ISO 639-1); names come from Intl.DisplayNames. */
export const primaryLanguages = ['en', 'es', 'pt', 'ht', 'fr', 'zh', 'vi', 'ar', 'ru', 'pl', 'ko', 'so', 'sw', 'ase'];

export type CodeLists = Omit<Reference, 'timeZone' | 'profile'>;

export function useCodeLists(): CodeLists {
  const { data } = useQuery(referenceQuery);
  if (!data) return fallback;
  const pick = <K extends keyof CodeLists>(key: K): CodeLists[K] => (data[key].length > 0 ? data[key] : fallback[key]);
  return {
    responsePriorities: pick('responsePriorities'),
    maltreatmentTypes: pick('maltreatmentTypes'),
    reporterTypes: pick('reporterTypes'),
    channels: pick('channels'),
    races: pick('races'),
    ethnicities: pick('ethnicities'),
    icwaInquiry: pick('icwaInquiry'),
    participantRoles: pick('participantRoles'),
    relationshipKinds: pick('relationshipKinds'),
    decisions: pick('decisions'),
  };
}
