import { useQuery } from '@tanstack/react-query';
import { referenceQuery } from './queries';
import type { Reference } from './types';

/**
 * Code lists for forms. GET /api/reference is the source of truth; these copies of the same codes
 * let a form render its options on first paint (a select registered before its options exist
 * would lose its saved value) and cover lists the reference endpoint does not carry.
 */
const fallback: CodeLists = {
  // Until the profile's own list arrives; labels then come from code.responsePriority.* in i18n.
  responsePriorities: [
    { code: 'same_day', label: null, hours: 2, within: { amount: 2, unit: 'hours' } },
    { code: 'within_24_hours', label: null, hours: 24, within: { amount: 24, unit: 'hours' } },
    { code: 'within_72_hours', label: null, hours: 72, within: { amount: 72, unit: 'hours' } },
  ],
  maltreatmentTypes: ['physical_abuse', 'neglect', 'medical_neglect', 'sexual_abuse', 'psychological_maltreatment', 'sex_trafficking', 'other'],
  reporterTypes: [
    'social_services',
    'medical',
    'mental_health',
    'legal_law_enforcement',
    'education',
    'child_daycare',
    'substitute_care_provider',
    'alleged_victim',
    'parent',
    'other_relative',
    'friend_neighbor',
    'alleged_perpetrator',
    'anonymous',
    'other',
    'unknown',
  ],
  channels: ['phone', 'online', 'email', 'fax', 'in_person', 'law_enforcement'],
  races: ['american_indian_alaska_native', 'asian', 'black', 'native_hawaiian_pacific_islander', 'white', 'unable_to_determine', 'declined'],
  ethnicities: ['hispanic', 'not_hispanic', 'unable_to_determine', 'declined', 'unknown'],
  icwaInquiry: ['not_yet_asked', 'reason_to_know', 'no_reason_to_know'],
  participantRoles: ['alleged_victim', 'parent', 'household_member', 'other_family'],
  relationshipKinds: ['parent_of', 'child_of', 'sibling_of', 'grandparent_of', 'grandchild_of', 'partner_of', 'household_member_of', 'relative_of', 'other'],
  decisions: ['screen_in', 'screen_in_family_assessment', 'screen_out'],
};

export const sexes = ['female', 'male', 'unknown'];
export const parentTypes = ['custodial', 'non_custodial'];

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
