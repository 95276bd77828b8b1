import { describe, expect, it } from 'vitest';
import type { CasePlan } from '../../../api/case-plan';
import { ApiError } from '../../../api/client';
import { createTranslator } from '../../../i18n/translate';
import { gapTarget, newObjective, newStep, objectiveIndexes, planFieldNames, toPlanSave, toPlanValues, withoutGoal } from './plan-model';
import { itemCode, itemSubject, mapProblemItems } from './plan-problems';
import { gapText } from './plan-words';

const plan = {
  id: 'p1',
  caseId: 'c1',
  versionNo: 2,
  status: 'draft',
  version: 7,
  previousId: 'p0',
  startDate: '2026-12-01',
  returnComment: null,
  goals: [
    { id: 'g1', text: 'Our children come home' },
    { id: 'g2', text: 'We stay sober' },
  ],
  objectives: [
    {
      id: 'o1',
      goalId: 'g2',
      part: 'wellBeing',
      text: 'Ana goes to meetings',
      measure: 'Clean tests',
      startDate: null,
      targetDate: '2027-03-01',
      status: 'open',
      needIds: ['n1'],
      findings: ['Use of alcohol', 'Late pick-ups'],
      actionSteps: [
        { id: 's1', text: 'Find a sponsor', responsibleKind: 'participant', responsiblePersonId: 'ana', responsibleName: null, dueDate: '2027-01-15' },
        { id: 's2', text: 'Weekly tests', responsibleKind: 'provider', responsiblePersonId: null, responsibleName: 'Clinic', dueDate: null },
      ],
    },
    {
      id: 'o2',
      goalId: 'g1',
      part: 'safety',
      text: 'Bedtime by 8',
      measure: 'Seen at visits',
      startDate: '2026-12-05',
      targetDate: null,
      status: 'achieved',
      needIds: [],
      findings: [],
      actionSteps: [],
    },
  ],
} as unknown as CasePlan;

describe('the plan form model', () => {
  it('round-trips a plan into the save body, blanks as null', () => {
    const body = toPlanSave(toPlanValues(plan), plan.version);
    expect(body.version).toBe(7);
    expect(body.startDate).toBe('2026-12-01');
    expect(body.goals).toEqual([
      { id: 'g1', text: 'Our children come home' },
      { id: 'g2', text: 'We stay sober' },
    ]);
    expect(body.objectives?.[0]).toMatchObject({ id: 'o1', goalId: 'g2', startDate: null, findings: ['Use of alcohol', 'Late pick-ups'], needIds: ['n1'] });
    expect(body.objectives?.[0]?.actionSteps?.[1]).toEqual({
      id: 's2',
      text: 'Weekly tests',
      responsibleKind: 'provider',
      responsiblePersonId: null,
      responsibleName: 'Clinic',
      dueDate: null,
    });
    expect(body.objectives?.[1]).toMatchObject({ status: 'achieved', targetDate: null, actionSteps: [] });
  });

  it('sends only the responsible the kind asks for, and findings one a line', () => {
    const values = toPlanValues(plan);
    const step = values.objectives[0]!.actionSteps[0]!;
    step.responsibleKind = 'agency';
    step.responsibleName = '  Hearth county  ';
    values.objectives[0]!.findings = ' one \n\n two ';
    values.objectives[0]!.actionSteps.push({ ...newStep(() => 's3'), text: ' Call ' });
    const body = toPlanSave(values, 1);
    expect(body.objectives?.[0]?.actionSteps?.[0]).toMatchObject({ responsibleKind: 'agency', responsiblePersonId: null, responsibleName: 'Hearth county' });
    expect(body.objectives?.[0]?.actionSteps?.[2]).toEqual({
      id: 's3',
      text: 'Call',
      responsibleKind: null,
      responsiblePersonId: null,
      responsibleName: null,
      dueDate: null,
    });
    expect(body.objectives?.[0]?.findings).toEqual(['one', 'two']);
  });

  it('keeps objectives flat in server order and groups them by goal', () => {
    const values = toPlanValues(plan);
    expect(objectiveIndexes(values, 'g1')).toEqual([1]);
    expect(objectiveIndexes(values, 'g2')).toEqual([0]);
    values.objectives.push(newObjective('g1', 'permanency', () => 'o3'));
    expect(objectiveIndexes(values, 'g1')).toEqual([1, 2]);
    expect(withoutGoal(values, 'g1').objectives.map((o) => o.id)).toEqual(['o1']);
  });

  it('names the fields in page order: each goal, then its objectives and steps', () => {
    const names = planFieldNames(toPlanValues(plan));
    expect(names[0]).toBe('startDate');
    expect(names.indexOf('goals.0.text')).toBeLessThan(names.indexOf('objectives.1.text'));
    expect(names.indexOf('objectives.1.text')).toBeLessThan(names.indexOf('goals.1.text'));
    expect(names).toContain('objectives.0.actionSteps.1.responsibleName');
  });

  it('points each gap at a field to focus', () => {
    expect(gapTarget('objectives.2.measure', 1)).toBe('objectives.2.measure');
    expect(gapTarget('objectives.0.actionSteps.1.responsible', 1)).toBe('objectives.0.actionSteps.1.responsibleKind');
    expect(gapTarget('objectives.3.actionSteps', 1)).toBe('objectives.3.addStep');
    expect(gapTarget('objectives.1', 2)).toBe('objectives.1.text');
    expect(gapTarget('goals.1', 2)).toBe('goals.1.addObjective');
    expect(gapTarget('parts.permanency', 2)).toBe('goals.0.addObjective');
    expect(gapTarget('parts.safety', 0)).toBe('addGoal');
    expect(gapTarget('needs.0', 0)).toBe('needs.0');
  });
});

describe('gaps in the user’s words', () => {
  it('names the part and the need, in Spanish too', () => {
    const { t } = createTranslator('es');
    expect(gapText(t, { code: 'part_empty', subjectId: 'permanency' }, () => '')).toBe('La parte Permanencia del plan no tiene objetivo.');
    expect(gapText(t, { code: 'need_not_addressed', subjectId: 'n1' }, (id) => `need ${id}`)).toContain('need n1');
    expect(gapText(createTranslator('en').t, { code: 'something_new', subjectId: '' }, () => '')).toBe('Something in the plan is not finished.');
  });

  it('rewrites a 422’s items and leaves other failures alone', () => {
    const error = new ApiError(422, 'incomplete', 'Not ready', [
      { path: 'objectives.0.measure', code: 'objective_without_measure', message: 'No measure', params: { subjectId: 'o1' } },
    ]);
    const mapped = mapProblemItems(error, (item) => ({ ...item, message: `${itemCode(item)}:${itemSubject(item)}` })) as ApiError;
    expect(mapped.errors[0]?.message).toBe('objective_without_measure:o1');
    expect(mapped.code).toBe('incomplete');
    const other = new Error('x');
    expect(mapProblemItems(other, (i) => i)).toBe(other);
  });
});
