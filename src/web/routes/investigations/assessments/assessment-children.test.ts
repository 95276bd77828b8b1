import { describe, expect, it } from 'vitest';
import { familyRisk } from '../../../../profiles/instruments/family-risk';
import { assessmentChildren, levelLabel } from './assessment-children';

const person = (personId: string, firstName: string, isChild: boolean) => ({
  personId,
  firstName,
  lastName: 'Lopez',
  dateOfBirth: null,
  role: isChild ? ('household_member' as const) : ('parent' as const),
  parentType: null,
  livesInHousehold: true,
  isChild,
});

describe('assessment children (INV-8)', () => {
  it('asks about every child the API lists, alleged victim or not, by name and in its order', () => {
    const investigation = {
      children: [{ personId: 'maya', firstName: 'Maya', lastName: 'Lopez', dateOfBirth: null }],
      household: [person('mother', 'Rosa', false), person('maya', 'Maya', true), person('leo', 'Leo', true)],
    };
    expect(assessmentChildren(['leo', 'maya'], investigation)).toEqual([
      { id: 'leo', name: 'Leo Lopez' },
      { id: 'maya', name: 'Maya Lopez' },
    ]);
  });

  it('keeps a child the household does not name, so no child is skipped', () => {
    expect(assessmentChildren(['new-child'], { children: [], household: [] })).toEqual([{ id: 'new-child', name: '#1' }]);
  });

  it('words a risk level with the instrument’s label in the reader’s language', () => {
    expect(levelLabel(familyRisk, 'very_high', 'en')).toBe(familyRisk.levels!.labels.very_high!.en);
    expect(levelLabel(familyRisk, 'very_high', 'es')).toBe(familyRisk.levels!.labels.very_high!.es);
    expect(levelLabel(familyRisk, 'unheard_of', 'en')).toBe('Unheard of');
    expect(levelLabel(familyRisk, null, 'en')).toBe('');
  });
});
