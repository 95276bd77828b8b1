import { describe, expect, it } from 'vitest';
import { familyRisk } from '../../../../profiles/instruments/family-risk';
import { discretionaryLevels, emptyOverrideForm, overrideKinds, toOverrideInput, validateOverride } from './risk-override-model';

const fields = (problems: { field: string }[]) => problems.map((p) => p.field);

describe('risk override form (INV-5)', () => {
  it('offers the kinds of override the instrument allows', () => {
    expect(overrideKinds(familyRisk)).toEqual(['policy', 'discretionary']);
    expect(overrideKinds({ ...familyRisk, overrides: undefined })).toEqual([]);
  });

  it('lets a discretionary override move only as far as the instrument allows (one level up, never down here)', () => {
    expect(discretionaryLevels(familyRisk, 'moderate')).toEqual(['high']);
    expect(discretionaryLevels(familyRisk, 'very_high')).toEqual([]);
    expect(discretionaryLevels(familyRisk, null)).toEqual([]);
  });

  it('needs a kind, a policy or a level, and a reason of at least 10 characters', () => {
    expect(fields(validateOverride(emptyOverrideForm, familyRisk, 'low'))).toEqual(['kind', 'reason']);
    expect(fields(validateOverride({ ...emptyOverrideForm, kind: 'policy', key: 'made_up', reason: 'Too short' }, familyRisk, 'low'))).toEqual([
      'key',
      'reason',
    ]);
    expect(
      fields(
        validateOverride(
          { ...emptyOverrideForm, kind: 'discretionary', toLevel: 'very_high', reason: 'Mother left the children alone twice' },
          familyRisk,
          'low',
        ),
      ),
    ).toEqual(['toLevel']);
    expect(
      validateOverride({ ...emptyOverrideForm, kind: 'discretionary', toLevel: 'moderate', reason: 'Mother left the children alone twice' }, familyRisk, 'low'),
    ).toEqual([]);
  });

  it('sends only what the chosen kind needs, with the reason trimmed', () => {
    const policy = familyRisk.overrides!.policy![0]!.key;
    expect(toOverrideInput({ kind: 'policy', key: policy, toLevel: 'high', reason: '  Sibling died last year  ' })).toEqual({
      kind: 'policy',
      key: policy,
      reason: 'Sibling died last year',
    });
    expect(toOverrideInput({ kind: 'discretionary', key: policy, toLevel: 'high', reason: 'Reason enough' })).toEqual({
      kind: 'discretionary',
      toLevel: 'high',
      reason: 'Reason enough',
    });
  });
});
