import { describe, expect, it } from 'vitest';
import { stepForPath } from './intake/intake-steps';
import { toPersonInput, newPersonDefaults } from './intake/people/new-person-values';
import { parseAuditSearch, parseIntakeSearch, parsePersonSearch, safeRedirect } from './search-params';

describe('URL search parameters', () => {
  it('only returns to same-site paths after sign-in', () => {
    expect(safeRedirect('/intake/abc?step=3')).toBe('/intake/abc?step=3');
    expect(safeRedirect('https://evil.example/')).toBeUndefined();
    expect(safeRedirect('//evil.example/')).toBeUndefined();
    expect(safeRedirect('/sign-in')).toBeUndefined();
  });

  it('falls back when a step or age is out of range', () => {
    expect(parseIntakeSearch({ step: 3 })).toEqual({ step: 3 });
    expect(parseIntakeSearch({ step: 9 })).toEqual({ step: undefined });
    expect(parsePersonSearch({ lastName: 'Smyth', approximateAge: '200' })).toMatchObject({ lastName: 'Smyth', approximateAge: undefined });
    expect(parseAuditSearch({ from: '2026-11-01', to: 'yesterday' })).toMatchObject({ from: '2026-11-01', to: undefined });
  });
});

describe('intake', () => {
  it('sends each missing item to the step that fixes it', () => {
    expect(stepForPath('reporter.reporterType')).toBe(1);
    expect(stepForPath('narrative')).toBe(2);
    expect(stepForPath('participants')).toBe(3);
    expect(stepForPath('allegations.0.victimPersonId')).toBe(4);
    expect(stepForPath('communityReferral')).toBe(5);
  });

  it('sends a new person without empty optional parts, and the age only when the birth date is unknown', () => {
    const values = { ...newPersonDefaults({ firstName: 'Kyle', lastName: 'Benson', approximateAge: 30 }), role: 'household_member' };
    const input = toPersonInput(values);
    expect(input).toMatchObject({ firstName: 'Kyle', lastName: 'Benson', approximateAge: 30, address: undefined, middleName: undefined });
    expect(toPersonInput({ ...values, dateOfBirth: '1996-01-02' }).approximateAge).toBeUndefined();
    expect(toPersonInput({ ...values, address: { ...values.address, line1: '1 Main St', city: 'Hartford', state: 'ct' } }).address).toEqual({
      line1: '1 Main St',
      line2: undefined,
      city: 'Hartford',
      state: 'CT',
      postalCode: undefined,
      confidential: false,
    });
  });
});
