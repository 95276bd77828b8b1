import { describe, expect, it } from 'vitest';
import { emptyAgreement, emptyReview, ratingPathToField, signerRoleFor, toAgreement, toReview } from './agreement-review-model';

describe('an agreement body', () => {
  it('signs typed, drawn, or not at all when the person was not reached', () => {
    const base = { ...emptyAgreement, personId: 'ana', signerRole: 'parent' as const, outcome: 'agreed' as const, typedName: ' Ana Ruiz ', efforts: 'Called' };
    expect(toAgreement(base, 'a1', 3, 'data:image/png;base64,x')).toEqual({
      id: 'a1',
      planVersion: 3,
      personId: 'ana',
      signerRole: 'parent',
      outcome: 'agreed',
      ownWords: null,
      method: 'typed',
      typedName: 'Ana Ruiz',
      drawing: null,
      efforts: null,
    });
    expect(toAgreement({ ...base, method: 'drawn' }, 'a1', 3, 'data:image/png;base64,x')).toMatchObject({
      method: 'drawn',
      typedName: null,
      drawing: 'data:image/png;base64,x',
    });
    expect(toAgreement({ ...base, outcome: 'not_reached' }, 'a1', 3, 'data:x')).toMatchObject({
      method: null,
      typedName: null,
      drawing: null,
      efforts: 'Called',
    });
  });

  it('suggests the signing role from the case role', () => {
    expect(signerRoleFor('parent')).toBe('parent');
    expect(signerRoleFor('alleged_victim')).toBe('child');
    expect(signerRoleFor('household_member')).toBe('caregiver');
  });
});

describe('a review body', () => {
  const plan = {
    objectives: [
      { id: 'o1', status: 'open' },
      { id: 'o2', status: 'achieved' },
      { id: 'o3', status: 'open' },
    ],
  } as Parameters<typeof emptyReview>[0];

  it('offers the open objectives and sends only the rated ones', () => {
    const values = emptyReview(plan, '2026-12-04');
    expect(values.ratings.map((r) => r.objectiveId)).toEqual(['o1', 'o3']);
    values.familyView = ' Going better ';
    values.ratings[1] = {
      ...values.ratings[1]!,
      rating: 'some_change',
      evidence: 'Seen',
      evidenceFrom: 'provider',
      givenByName: 'Dr. Li',
      givenByPersonId: 'x',
      outcome: 'achieved',
    };
    expect(toReview(values, 'r1')).toEqual({
      id: 'r1',
      reviewedOn: '2026-12-04',
      familyView: 'Going better',
      meetingId: null,
      ratings: [
        {
          objectiveId: 'o3',
          rating: 'some_change',
          evidence: 'Seen',
          evidenceFrom: 'provider',
          givenByPersonId: null,
          givenByName: 'Dr. Li',
          outcome: 'achieved',
        },
      ],
    });
    expect(ratingPathToField('ratings.0.givenByName', values)).toBe('ratings.1.givenByName');
    expect(ratingPathToField('familyView', values)).toBe('familyView');
  });
});
