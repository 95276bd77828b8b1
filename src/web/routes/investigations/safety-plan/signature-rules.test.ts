import { describe, expect, it } from 'vitest';
import { signatureProblems, signerRoleFor } from './signature-rules';

const base = {
  personId: 'mother',
  signerName: 'Rosa Lopez',
  signerRole: 'parent' as const,
  method: 'drawn' as const,
  agreed: false,
  drawing: 'data:image/png;base64,iVBORw0KGgo=',
};

describe('signing a safety plan (INV-4)', () => {
  it('accepts a drawn signature from a named parent', () => {
    expect(signatureProblems(base, false)).toEqual({});
  });

  it('needs ink on the pad for a drawn signature', () => {
    expect(signatureProblems({ ...base, drawing: null }, false)).toEqual({ drawing: 'plans.sign.drawingRequired' });
  });

  it('needs an explicit statement of agreement for a typed signature, not a drawing', () => {
    expect(signatureProblems({ ...base, method: 'typed', drawing: null }, false)).toEqual({ agreed: 'plans.sign.agreedRequired' });
    expect(signatureProblems({ ...base, method: 'typed', drawing: null, agreed: true }, false)).toEqual({});
  });

  it('asks who signs, their name and role', () => {
    expect(signatureProblems({ ...base, personId: '', signerName: '  ', signerRole: '' }, false)).toEqual({
      personId: 'plans.sign.personRequired',
      signerName: 'plans.sign.nameRequired',
      signerRole: 'plans.sign.roleRequired',
    });
  });

  it('refuses while the plan has unsaved changes: the family agrees to the saved plan', () => {
    expect(signatureProblems(base, true)).toEqual({ unsaved: 'plans.sign.saveFirst' });
  });

  it('guesses a parent signs as a parent, a child as a child, a relative as family network', () => {
    expect(['parent', 'alleged_victim', 'other_family', 'household_member'].map(signerRoleFor)).toEqual(['parent', 'child', 'family_network', 'other']);
  });
});
