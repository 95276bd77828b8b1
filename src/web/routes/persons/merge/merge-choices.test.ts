import { describe, expect, it } from 'vitest';
import type { Person } from '../../../api/types';
import { differingFields, suggestedTake } from './merge-choices';

const base = {
  firstName: 'Lucia',
  middleName: null,
  lastName: 'Torres',
  suffix: null,
  dateOfBirth: '1991-07-01',
  approximateAge: null,
  sex: 'female',
  races: [],
  ethnicity: 'unknown',
  tribalAffiliation: null,
  icwaInquiry: 'not_yet_asked',
  icwaInquiryDate: null,
  primaryLanguage: 'es',
  interpreterNeeded: false,
  phone: null,
  email: null,
} as unknown as Person;

describe('choosing what a merged record says (PLAT-4)', () => {
  it('offers only the fields that differ, and suggests the duplicate’s value only where the record has none', () => {
    const duplicate = { ...base, lastName: 'Torres Ruiz', phone: '860-555-0199', races: ['white'], ethnicity: 'hispanic' } as Person;
    expect(differingFields(base, duplicate)).toEqual(['lastName', 'races', 'ethnicity', 'phone']);
    expect(suggestedTake(base, duplicate)).toEqual(['races', 'ethnicity', 'phone']);
    expect(differingFields(base, { ...base })).toEqual([]);
  });
});
