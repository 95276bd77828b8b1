import { describe, expect, it } from 'vitest';
import { familyAssessmentDomains } from '../../../../domain/code-lists';
import { ApiError } from '../../../api/client';
import { knownProblemDetail, translateFieldProblem } from '../../../api/problem-text';
import type { AssessmentContent } from '../../../api/family-assessment';
import { createTranslator } from '../../../i18n/translate';
import { fieldNames, formPathFor, toFormValues, toSave } from './assessment-model';

// Synthetic people and ids only.
const ana = '11111111-1111-4111-8111-111111111111';
const leo = '22222222-2222-4222-8222-222222222222';
const gone = '33333333-3333-4333-8333-333333333333';
const needId = '44444444-4444-4444-8444-444444444444';

const saved: AssessmentContent = {
  members: [
    { personId: ana, domains: [{ domain: 'medical', strengths: 'Keeps appointments', needs: '', evidence: 'Clinic letter' }] },
    { personId: gone, domains: [{ domain: 'risk', strengths: 'x', needs: 'y', evidence: 'z' }] },
  ],
  protectiveFactors: 'Grandmother lives nearby',
  naturalSupports: 'Church group',
  contributions: [],
  sharing: { shared: false, sharedOn: null, familyResponse: '' },
  needs: [{ id: needId, personIds: [ana, leo], domain: 'educational', text: 'Help with homework' }],
};

describe('the assessment form’s values (FCA-1, FCA-4)', () => {
  it('gives every member on the case every domain, in order, filled from the saved version', () => {
    const values = toFormValues(saved, [ana, leo], familyAssessmentDomains);
    expect(values.content.members.map((m) => m.personId)).toEqual([ana, leo]);
    expect(values.content.members[0]!.domains.map((d) => d.domain)).toEqual([...familyAssessmentDomains]);
    expect(values.content.members[0]!.domains.find((d) => d.domain === 'medical')).toEqual({
      domain: 'medical',
      strengths: 'Keeps appointments',
      needs: '',
      evidence: 'Clinic letter',
    });
    expect(values.content.sharing.sharedOn).toBe('');
  });

  it('sends the date shared only when the family was told, and keeps the needs in their agreed order', () => {
    const values = toFormValues(saved, [ana, leo], familyAssessmentDomains);
    values.content.sharing = { shared: false, sharedOn: '2026-11-30', familyResponse: '' };
    expect(toSave(4, values).content.sharing?.sharedOn).toBeNull();
    values.content.sharing.shared = true;
    const sent = toSave(4, values);
    expect(sent.version).toBe(4);
    expect(sent.content.sharing?.sharedOn).toBe('2026-11-30');
    expect(sent.content.needs).toEqual(saved.needs);
  });

  it('names every field a server problem may point at, with a need’s chosen people as one group', () => {
    const values = toFormValues(saved, [ana], familyAssessmentDomains);
    const names = fieldNames(values);
    expect(names).toContain('content.members.0.domains.9.evidence');
    expect(names).toContain('content.needs.0.personIds');
    expect(formPathFor('content.needs.0.personIds.1')).toBe('content.needs.0.personIds');
    expect(formPathFor('content.needs.0.text')).toBe('content.needs.0.text');
  });
});

describe('the assessment’s problems in Spanish (PLAT-6)', () => {
  const es = createTranslator('es');
  it('says why a draft cannot start or a completed version cannot change', () => {
    expect(knownProblemDetail(new ApiError(409, 'conflict', 'x', [], 'fca_draft_exists'), es)).toBe(
      'Este caso ya tiene un borrador de evaluación. Termine ese primero.',
    );
    expect(knownProblemDetail(new ApiError(409, 'conflict', 'x', [], 'fca_completed'), es)).toMatch(/^Esta versión está completada/);
  });

  it('puts the field problems in the family’s terms', () => {
    expect(translateFieldProblem({ path: 'content.needs.0.personIds', message: 'Choose a member of this family' }, es)).toBe(
      'Elija a un miembro de esta familia',
    );
    expect(translateFieldProblem({ path: 'content.needs.0.personIds', message: 'x', code: 'too_small' }, es)).toBe('Elija al menos un miembro de la familia');
    expect(translateFieldProblem({ path: 'content.sharing.sharedOn', message: 'x' }, es)).toMatch(/^Escriba la fecha/);
  });
});
