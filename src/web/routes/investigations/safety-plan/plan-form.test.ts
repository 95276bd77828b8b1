import { describe, expect, it } from 'vitest';
import type { SafetyPlan } from '../../../api/safety-plans';
import {
  actionProblems,
  blankAction,
  formPathFor,
  hasUnsavedChanges,
  isStoredPlanDraft,
  responsibleCandidates,
  toContent,
  toFormValues,
  TYPED_RESPONSIBLE,
  uncoveredThreats,
} from './plan-form';

const people: SafetyPlan['people'] = [
  { personId: 'maya', name: 'Maya Lopez', role: 'alleged_victim' },
  { personId: 'mother', name: 'Rosa Lopez', role: 'parent' },
  { personId: 'grandmother', name: 'Elena Lopez', role: 'other_family' },
];
const threats: SafetyPlan['threats'] = [
  { key: 'violence', label: { en: 'Violence in the home', es: 'Violencia en el hogar' } },
  { key: 'supervision', label: { en: 'No adult supervision', es: 'Sin supervisión' } },
];
let counter = 0;
const newId = () => `new-${++counter}`;

describe('safety plan builder form (INV-4)', () => {
  it('gives every threat found a row to fill, keeping the actions already saved', () => {
    const values = toFormValues(
      {
        language: 'es',
        nextReviewOn: '2026-12-01',
        threats,
        people,
        actions: [
          {
            id: 'a1',
            threat: 'violence',
            action: 'Partner stays away',
            responsiblePersonId: 'grandmother',
            responsibleName: 'Elena Lopez',
            responsibleKind: 'family_network',
            monitoring: 'Worker calls',
            frequency: 'Daily',
          },
        ],
      },
      newId,
    );
    expect(values.language).toBe('es');
    expect(values.actions.map((a) => [a.threat, a.responsible])).toEqual([
      ['violence', 'grandmother'],
      ['supervision', ''],
    ]);
  });

  it('shows a provider named by hand as a typed name, not as a person on the report', () => {
    const values = toFormValues(
      {
        language: 'en',
        nextReviewOn: null,
        threats,
        people,
        actions: [
          {
            id: 'a1',
            threat: 'supervision',
            action: 'Day care',
            responsiblePersonId: null,
            responsibleName: 'Little Steps Day Care',
            responsibleKind: 'provider',
            monitoring: 'Attendance sheet',
            frequency: 'Weekly',
          },
        ],
      },
      newId,
    );
    expect(values.actions[0]).toMatchObject({ responsible: TYPED_RESPONSIBLE, responsibleName: 'Little Steps Day Care' });
    expect(values.nextReviewOn).toBe('');
  });

  it('sends a chosen person by id and name, leaves out untouched rows, and maps errors back to the right row', () => {
    const started = { ...blankAction('supervision', 'x2'), action: ' Grandmother stays overnight ', responsible: 'grandmother', monitoring: 'Worker visits' };
    const { content, formIndexOf } = toContent({ language: 'en', nextReviewOn: '', actions: [blankAction('violence', 'x1'), started] }, people);
    expect(content.nextReviewOn).toBeNull();
    expect(content.actions).toEqual([
      {
        id: 'x2',
        threat: 'supervision',
        action: 'Grandmother stays overnight',
        responsiblePersonId: 'grandmother',
        responsibleName: 'Elena Lopez',
        responsibleKind: 'family_network',
        monitoring: 'Worker visits',
        frequency: '',
      },
    ]);
    expect(formIndexOf).toEqual([1]);
    expect(formPathFor('actions.0.monitoring', formIndexOf)).toBe('actions.1.monitoring');
    expect(formPathFor('actions.0.responsiblePersonId', formIndexOf)).toBe('actions.1.responsible');
    expect(formPathFor('nextReviewOn', formIndexOf)).toBe('nextReviewOn');
  });

  it('guesses a parent as a parent and anyone else on the report as family network; a typed name as a provider', () => {
    const rows = [
      { ...blankAction('violence', 'p'), action: 'A', responsible: 'mother' },
      { ...blankAction('violence', 't'), action: 'B', responsible: TYPED_RESPONSIBLE, responsibleName: 'Dr. Ames' },
    ];
    const { content } = toContent({ language: 'en', nextReviewOn: '', actions: rows }, people);
    expect(content.actions.map((a) => [a.responsibleKind, a.responsiblePersonId, a.responsibleName])).toEqual([
      ['parent', 'mother', 'Rosa Lopez'],
      ['provider', null, 'Dr. Ames'],
    ]);
  });

  it('lists a threat as not yet controlled until an action says what, who, how and how often it is monitored', () => {
    const partial = { ...blankAction('violence', 'a'), action: 'Partner leaves', responsible: 'grandmother', monitoring: 'Calls' };
    expect(uncoveredThreats({ actions: [partial] }, ['violence', 'supervision'])).toEqual(['violence', 'supervision']);
    expect(uncoveredThreats({ actions: [{ ...partial, frequency: 'Daily' }] }, ['violence', 'supervision'])).toEqual(['supervision']);
    const typedWithoutName = { ...partial, frequency: 'Daily', responsible: TYPED_RESPONSIBLE };
    expect(uncoveredThreats({ actions: [typedWithoutName] }, ['violence'])).toEqual(['violence']);
  });

  it('asks for the action itself once a row is started, and a name when someone else is responsible', () => {
    expect(actionProblems(blankAction('violence', 'a'))).toEqual({});
    expect(actionProblems({ ...blankAction('violence', 'a'), monitoring: 'Calls', responsible: TYPED_RESPONSIBLE })).toEqual({
      action: 'plans.action.actionRequired',
      responsibleName: 'plans.action.responsibleNameRequired',
    });
  });

  it('never offers a child as the person responsible for the plan', () => {
    expect(responsibleCandidates(people).map((p) => p.personId)).toEqual(['mother', 'grandmother']);
  });

  it('sees no unsaved change in a freshly loaded plan, and one as soon as a word changes (the family signs what is saved)', () => {
    const plan = {
      language: 'en' as const,
      nextReviewOn: '2026-12-01',
      threats,
      people,
      actions: [
        {
          id: 'a1',
          threat: 'violence',
          action: 'Partner stays away',
          responsiblePersonId: 'grandmother',
          responsibleName: 'Elena Lopez',
          responsibleKind: 'family_network' as const,
          monitoring: 'Worker calls',
          frequency: 'Daily',
        },
        {
          id: 'a2',
          threat: 'supervision',
          action: 'Day care',
          responsiblePersonId: null,
          responsibleName: 'Little Steps',
          responsibleKind: 'provider' as const,
          monitoring: 'Attendance',
          frequency: 'Weekly',
        },
      ],
    };
    const values = toFormValues(plan, newId);
    expect(hasUnsavedChanges(values, plan)).toBe(false);
    expect(hasUnsavedChanges({ ...values, nextReviewOn: '2026-12-02' }, plan)).toBe(true);
    const edited = { ...values, actions: values.actions.map((a, i) => (i === 1 ? { ...a, frequency: 'Daily' } : a)) };
    expect(hasUnsavedChanges(edited, plan)).toBe(true);
    // A new row nobody has typed in yet is not a change.
    expect(hasUnsavedChanges({ ...values, actions: [...values.actions, blankAction('violence', 'x')] }, plan)).toBe(false);
  });

  it('recognises only a well-formed stored draft', () => {
    expect(isStoredPlanDraft({ baseVersion: 2, values: { language: 'en', nextReviewOn: '', actions: [] } })).toBe(true);
    expect(isStoredPlanDraft({ values: { actions: [] } })).toBe(false);
    expect(isStoredPlanDraft('x')).toBe(false);
  });
});
