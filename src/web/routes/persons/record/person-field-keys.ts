import type { MessageKey } from '../../../i18n/en';

/** The record's field names, in the reader's words, for "what changed". */
export const fieldKeys: Record<string, MessageKey> = {
  firstName: 'person.firstName',
  middleName: 'person.middleName',
  lastName: 'person.lastName',
  suffix: 'person.suffix',
  dateOfBirth: 'person.dateOfBirth',
  approximateAge: 'person.approximateAge',
  sex: 'person.sex',
  races: 'person.races',
  ethnicity: 'person.ethnicity',
  tribalAffiliation: 'person.tribalAffiliation',
  icwaInquiry: 'person.icwaInquiry',
  icwaInquiryDate: 'personRecord.icwaInquiryDate',
  primaryLanguage: 'person.primaryLanguage',
  interpreterNeeded: 'person.interpreterNeeded',
  phone: 'team.field.phone',
  email: 'team.field.email',
  aliases: 'personRecord.aliasesHeading',
  addresses: 'personRecord.addressesHeading',
};
