import { describe, expect, it } from 'vitest';
import type { Person } from '../../../api/types';
import { toEditValues, toPersonUpdate } from './person-edit-values';

const person: Person = {
  id: 'p1',
  version: 3,
  firstName: 'José',
  middleName: null,
  lastName: 'Núñez',
  suffix: null,
  dateOfBirth: null,
  approximateAge: 40,
  sex: 'male',
  races: ['white'],
  ethnicity: 'hispanic',
  tribalAffiliation: null,
  icwaInquiry: 'no_reason_to_know',
  icwaInquiryDate: '2026-11-02',
  primaryLanguage: 'es',
  interpreterNeeded: true,
  phone: null,
  email: null,
  aliases: [{ firstName: 'Pepe', lastName: 'Núñez', kind: 'nickname' }],
  addresses: [{ id: 'a1', line1: '9 Oak St', line2: null, city: 'Hartford', state: 'CT', postalCode: null, confidential: false, current: true }],
  relationships: [],
  priorReports: [],
  cases: [],
  mergedInto: null,
  merges: [],
  abilities: { edit: true, merge: false, undoMerge: false },
};

describe('the person edit form (PLAT-4)', () => {
  it('round-trips the record at the version read, leaving empty text out and keeping the address id', () => {
    const update = toPersonUpdate(toEditValues(person), person.version);
    expect(update).toMatchObject({ version: 3, firstName: 'José', approximateAge: 40, icwaInquiryDate: '2026-11-02', interpreterNeeded: true });
    expect(update.phone).toBeUndefined();
    expect(update.addresses).toEqual([
      { id: 'a1', line1: '9 Oak St', line2: undefined, city: 'Hartford', state: 'CT', postalCode: undefined, confidential: false, current: true },
    ]);
  });

  it('a date of birth wins over the approximate age; a new address has no id; the state is upper-cased', () => {
    const values = toEditValues(person);
    values.dateOfBirth = '1986-05-04';
    values.addresses.push({ id: '', line1: ' 1 Elm St ', line2: '', city: 'Hartford', state: 'ct', postalCode: '06103', confidential: true, current: true });
    values.addresses[0]!.current = false;
    const update = toPersonUpdate(values, 3);
    expect(update.approximateAge).toBeUndefined();
    expect(update.addresses?.[0]).toMatchObject({ id: 'a1', current: false });
    expect(update.addresses?.[1]).toEqual({
      line1: '1 Elm St',
      line2: undefined,
      city: 'Hartford',
      state: 'CT',
      postalCode: '06103',
      confidential: true,
      current: true,
    });
  });
});
