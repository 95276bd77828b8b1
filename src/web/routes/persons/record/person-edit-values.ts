import type { PersonUpdate } from '../../../api/person-record';
import type { Person } from '../../../api/types';
import type { NewPersonValues } from '../../intake/people/new-person-values';

type Address = { id: string; line1: string; line2: string; city: string; state: string; postalCode: string; confidential: boolean; current: boolean };

/**
 * The edit form holds the intake form's identity fields (so PersonIdentityFields serves both) plus
 * what only an edit has: contact details, the ICWA inquiry date, aliases and every address.
 */
export type PersonEditValues = NewPersonValues & {
  icwaInquiryDate: string;
  phone: string;
  email: string;
  aliases: Array<{ firstName: string; lastName: string; kind: string }>;
  addresses: Address[];
};

const text = (value: string | null | undefined) => value ?? '';
const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());

export function toEditValues(p: Person): PersonEditValues {
  return {
    firstName: p.firstName,
    middleName: text(p.middleName),
    lastName: p.lastName,
    suffix: text(p.suffix),
    dateOfBirth: text(p.dateOfBirth),
    approximateAge: p.approximateAge === null ? '' : String(p.approximateAge),
    sex: p.sex,
    races: [...p.races],
    ethnicity: p.ethnicity,
    tribalAffiliation: text(p.tribalAffiliation),
    icwaInquiry: p.icwaInquiry,
    icwaInquiryDate: text(p.icwaInquiryDate),
    primaryLanguage: p.primaryLanguage,
    interpreterNeeded: p.interpreterNeeded,
    phone: text(p.phone),
    email: text(p.email),
    aliases: p.aliases.map((a) => ({ ...a })),
    addresses: p.addresses.map((a) => ({ ...a, line2: text(a.line2), postalCode: text(a.postalCode) })),
    // Intake-only parts of the shared type, never shown or sent by the edit.
    address: { line1: '', line2: '', city: '', state: '', postalCode: '', confidential: false },
    role: '',
    parentType: '',
    livesInHousehold: true,
  };
}

/** What the edit sends: empty text left out, a date of birth winning over an approximate age. */
export function toPersonUpdate(values: PersonEditValues, version: number): PersonUpdate {
  return {
    version,
    firstName: values.firstName.trim(),
    middleName: optional(values.middleName),
    lastName: values.lastName.trim(),
    suffix: optional(values.suffix),
    dateOfBirth: optional(values.dateOfBirth),
    approximateAge: values.dateOfBirth === '' && values.approximateAge !== '' ? Number(values.approximateAge) : undefined,
    sex: values.sex as PersonUpdate['sex'],
    races: values.races as NonNullable<PersonUpdate['races']>,
    ethnicity: values.ethnicity as PersonUpdate['ethnicity'],
    tribalAffiliation: optional(values.tribalAffiliation),
    icwaInquiry: values.icwaInquiry as PersonUpdate['icwaInquiry'],
    icwaInquiryDate: optional(values.icwaInquiryDate),
    primaryLanguage: values.primaryLanguage,
    interpreterNeeded: values.interpreterNeeded,
    phone: optional(values.phone),
    email: optional(values.email),
    aliases: values.aliases.map((a) => ({ firstName: a.firstName.trim(), lastName: a.lastName.trim(), kind: a.kind as 'alias' })),
    addresses: values.addresses.map((a) => ({
      ...(a.id ? { id: a.id } : {}),
      line1: a.line1.trim(),
      line2: optional(a.line2),
      city: a.city.trim(),
      state: a.state.trim().toUpperCase(),
      postalCode: optional(a.postalCode),
      confidential: a.confidential,
      current: a.current,
    })),
  };
}
