import type { NewParticipant, ParentType, ParticipantRole, PersonInput, Sex } from '../../../api/types';
import type { PersonSearchCriteria } from '../../search-params';

/** Everything the "Create new person" form holds: the person, then their role in this report. */
export interface NewPersonValues {
  firstName: string;
  middleName: string;
  lastName: string;
  suffix: string;
  dateOfBirth: string;
  approximateAge: string;
  sex: string;
  races: string[];
  ethnicity: string;
  tribalAffiliation: string;
  icwaInquiry: string;
  primaryLanguage: string;
  interpreterNeeded: boolean;
  address: { line1: string; line2: string; city: string; state: string; postalCode: string; confidential: boolean };
  role: string;
  parentType: string;
  livesInHousehold: boolean;
}

/** Field names in screen order, matching the server's error paths. */
export const NEW_PERSON_FIELDS = [
  'firstName',
  'middleName',
  'lastName',
  'suffix',
  'dateOfBirth',
  'approximateAge',
  'sex',
  'races',
  'ethnicity',
  'tribalAffiliation',
  'icwaInquiry',
  'primaryLanguage',
  'address.line1',
  'address.line2',
  'address.city',
  'address.state',
  'address.postalCode',
  'role',
  'parentType',
];

/** Starts from what the screener already searched for, so nothing is typed twice. */
export function newPersonDefaults(criteria: PersonSearchCriteria): NewPersonValues {
  return {
    firstName: criteria.firstName ?? '',
    middleName: '',
    lastName: criteria.lastName ?? '',
    suffix: '',
    dateOfBirth: criteria.dateOfBirth ?? '',
    approximateAge: criteria.approximateAge === undefined ? '' : String(criteria.approximateAge),
    sex: 'unknown',
    races: [],
    ethnicity: 'unknown',
    tribalAffiliation: '',
    icwaInquiry: 'not_yet_asked',
    primaryLanguage: 'en',
    interpreterNeeded: false,
    address: { line1: '', line2: '', city: '', state: '', postalCode: '', confidential: false },
    role: '',
    parentType: '',
    livesInHousehold: true,
  };
}

const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());

export const hasAddress = (address: NewPersonValues['address']) =>
  [address.line1, address.line2, address.city, address.state, address.postalCode].some((part) => part.trim() !== '');

export function toPersonInput(values: NewPersonValues): PersonInput {
  return {
    firstName: values.firstName.trim(),
    middleName: optional(values.middleName),
    lastName: values.lastName.trim(),
    suffix: optional(values.suffix),
    dateOfBirth: optional(values.dateOfBirth),
    approximateAge: values.dateOfBirth === '' && values.approximateAge !== '' ? Number(values.approximateAge) : undefined,
    sex: values.sex as Sex,
    // The selects offer only the server's code lists (persons.schema.ts), so their values are those codes.
    races: (Array.isArray(values.races) ? values.races : []) as NonNullable<PersonInput['races']>,
    ethnicity: values.ethnicity as PersonInput['ethnicity'],
    tribalAffiliation: optional(values.tribalAffiliation),
    icwaInquiry: values.icwaInquiry as PersonInput['icwaInquiry'],
    primaryLanguage: values.primaryLanguage,
    interpreterNeeded: values.interpreterNeeded,
    address: hasAddress(values.address)
      ? {
          line1: values.address.line1.trim(),
          line2: optional(values.address.line2),
          city: values.address.city.trim(),
          state: values.address.state.trim().toUpperCase(),
          postalCode: optional(values.address.postalCode),
          confidential: values.address.confidential,
        }
      : undefined,
  };
}

export function toParticipant(personId: string, values: NewPersonValues): NewParticipant {
  return {
    personId,
    role: values.role as ParticipantRole,
    parentType: values.role === 'parent' ? (values.parentType as ParentType) : null,
    livesInHousehold: values.livesInHousehold,
  };
}
