import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../i18n/translate';
import { submitProblems, threatAnchor } from './plan-problems';

const plan = {
  threats: [{ key: 'violence', label: { en: 'Violence in the home', es: 'Violencia en el hogar' } }],
  actions: [
    {
      id: 'a',
      threat: 'violence',
      action: 'Partner leaves',
      responsiblePersonId: null,
      responsibleName: '',
      responsibleKind: 'provider' as const,
      monitoring: '',
      frequency: '',
    },
  ],
};

describe('safety plan submission problems (INV-4)', () => {
  it('names each missing thing and links it to the field that fixes it', () => {
    const problems = submitProblems(
      [
        { path: 'threats.violence', message: 'Add an action that controls this threat: Violence in the home' },
        { path: 'actions.0.responsibleName', message: 'Name the person responsible for this action' },
        { path: 'actions.0.monitoring', message: 'Say how this action will be monitored' },
        { path: 'nextReviewOn', message: 'The review date has passed; choose today or a later date', code: 'in_past' },
        { path: 'signatures', message: 'A parent or caregiver must sign this version of the plan' },
      ],
      plan,
      createTranslator('en'),
    );
    expect(problems).toEqual([
      { message: 'Add an action that controls this threat: Violence in the home', fieldId: threatAnchor('violence') },
      { message: 'Action 1 (Violence in the home): name the person responsible', fieldId: 'plan-actions-0-responsible' },
      { message: 'Action 1 (Violence in the home): say how it will be monitored', fieldId: 'plan-actions-0-monitoring' },
      { message: 'The next review date has passed. Choose today or a later date.', fieldId: 'plan-nextReviewOn' },
      { message: 'A parent or caregiver must sign this version of the plan.', fieldId: 'signature-personId' },
    ]);
  });

  it('says it in Spanish, with the threat in Spanish', () => {
    const [problem] = submitProblems([{ path: 'threats.violence', message: '…' }], plan, createTranslator('es'));
    expect(problem!.message).toContain('Violencia en el hogar');
    expect(problem!.message).not.toContain('Add an action');
  });

  it('keeps a problem it does not know in the server’s words rather than hiding it', () => {
    expect(submitProblems([{ path: 'something.new', message: 'A new rule' }], plan, createTranslator('en'))).toEqual([{ message: 'A new rule' }]);
  });
});
