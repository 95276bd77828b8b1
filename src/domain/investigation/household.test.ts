import { describe, expect, it } from 'vitest';
import { ageOn, isChildInHome } from './household.js';

const today = '2026-03-10';

describe('isChildInHome (INV-8)', () => {
  it('an alleged victim is a child in the home even when living elsewhere', () => {
    expect(isChildInHome({ role: 'alleged_victim', dateOfBirth: '2018-02-11', approximateAge: null, livesInHousehold: false }, today)).toBe(true);
  });

  it('a sibling under 18 living in the home is a child in the home; one who turned 18 yesterday is not', () => {
    expect(isChildInHome({ role: 'household_member', dateOfBirth: '2022-05-30', approximateAge: null, livesInHousehold: true }, today)).toBe(true);
    expect(isChildInHome({ role: 'household_member', dateOfBirth: '2008-03-09', approximateAge: null, livesInHousehold: true }, today)).toBe(false);
    expect(isChildInHome({ role: 'household_member', dateOfBirth: '2008-03-11', approximateAge: null, livesInHousehold: true }, today)).toBe(true);
  });

  it('a child living elsewhere, an adult, or someone of unknown age is not', () => {
    expect(isChildInHome({ role: 'household_member', dateOfBirth: '2020-01-01', approximateAge: null, livesInHousehold: false }, today)).toBe(false);
    expect(isChildInHome({ role: 'parent', dateOfBirth: '1991-07-01', approximateAge: null, livesInHousehold: true }, today)).toBe(false);
    expect(isChildInHome({ role: 'household_member', dateOfBirth: null, approximateAge: null, livesInHousehold: true }, today)).toBe(false);
    expect(isChildInHome({ role: 'household_member', dateOfBirth: null, approximateAge: 12, livesInHousehold: true }, today)).toBe(true);
  });

  it('ageOn counts whole years', () => {
    expect(ageOn({ dateOfBirth: '2018-02-11', approximateAge: null }, today)).toBe(8);
    expect(ageOn({ dateOfBirth: '2018-03-11', approximateAge: null }, today)).toBe(7);
  });
});
