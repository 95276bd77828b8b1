import { describe, expect, it } from 'vitest';
import { foundRoleProblems, toFoundParticipant } from './found-person';

describe('adding a person found during the investigation (INV-1, INV-8)', () => {
  it('needs a role the investigator may give, and custodial or not for a parent', () => {
    expect(foundRoleProblems({ role: '', parentType: '', livesInHousehold: true })).toEqual({ role: 'people.roleRequired' });
    expect(foundRoleProblems({ role: 'alleged_victim', parentType: '', livesInHousehold: true })).toEqual({ role: 'people.roleRequired' });
    expect(foundRoleProblems({ role: 'parent', parentType: '', livesInHousehold: true })).toEqual({ parentType: 'people.parentTypeRequired' });
    expect(foundRoleProblems({ role: 'household_member', parentType: '', livesInHousehold: true })).toEqual({});
  });

  it('sends the parent type only for a parent', () => {
    expect(toFoundParticipant('p1', { role: 'household_member', parentType: 'custodial', livesInHousehold: false })).toEqual({
      personId: 'p1',
      role: 'household_member',
      parentType: null,
      livesInHousehold: false,
    });
    expect(toFoundParticipant('p1', { role: 'parent', parentType: 'non_custodial', livesInHousehold: true }).parentType).toBe('non_custodial');
  });
});
