import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../../api/family-team';
import type { CasePlan, PlanList } from '../../../api/case-plan';
import { planInForce, toNewVisit, toPlanValues, topicChoices, withVisitTopics } from './visit-topics';

const objective = (id: string, status: 'open' | 'achieved', text: string) => ({ id, status, text }) as CasePlan['objectives'][number];
const plan = { objectives: [objective('o1', 'open', 'Ms. Torres takes Ana to school each day'), objective('o2', 'achieved', 'Done')] } as CasePlan;
const meeting = (status: Meeting['status'], followUps: Array<{ id: string; action: string; doneOn: string | null }>) => ({ status, followUps }) as Meeting;

describe('planning a visit from the plan and the follow-ups (VIS-2)', () => {
  it('follows the approved version, else the newest', () => {
    const list = (statuses: string[]) => ({ items: statuses.map((status, i) => ({ id: `p${i}`, status })) }) as PlanList;
    expect(planInForce(list(['draft', 'approved']))).toBe('p1');
    expect(planInForce(list(['draft']))).toBe('p0');
    expect(planInForce(list([]))).toBeNull();
    expect(planInForce(undefined)).toBeNull();
  });

  it('offers open objectives and the open follow-ups of held meetings only', () => {
    const choices = topicChoices(plan, [
      meeting('held', [
        { id: 'f1', action: 'Call the school', doneOn: null },
        { id: 'f2', action: 'Done already', doneOn: '2026-11-01' },
      ]),
      meeting('scheduled', [{ id: 'f3', action: 'Not yet held', doneOn: null }]),
    ]);
    expect(choices.map((c) => c.key)).toEqual(['objective:o1', 'follow_up:f1']);
    expect(topicChoices(undefined, []).length).toBe(0);
  });

  it('sends the chosen topics in the order offered, then the worker’s own, trimmed and once each', () => {
    const choices = topicChoices(plan, [meeting('held', [{ id: 'f1', action: 'Call the school', doneOn: null }])]);
    const body = toNewVisit(
      'v1',
      {
        plannedFor: '2026-12-10',
        purpose: ' Check on school ',
        chosen: ['follow_up:f1', 'objective:o1'],
        own: [{ text: ' Bedtime ' }, { text: 'Bedtime' }, { text: '' }],
      },
      choices,
    );
    expect(body).toEqual({
      id: 'v1',
      plannedFor: '2026-12-10',
      purpose: 'Check on school',
      topics: [
        { kind: 'objective', refId: 'o1', text: 'Ms. Torres takes Ana to school each day' },
        { kind: 'follow_up', refId: 'f1', text: 'Call the school' },
        { kind: 'own', text: 'Bedtime' },
      ],
    });
  });

  it('changes a plan from its topics, keeping one no longer open until it is unticked', () => {
    const topics = [
      { kind: 'objective' as const, refId: 'o1', text: 'Ms. Torres takes Ana to school each day' },
      { kind: 'follow_up' as const, refId: 'f9', text: 'Done since' },
      { kind: 'own' as const, refId: null, text: 'Bedtime' },
    ];
    const values = toPlanValues({ plannedFor: '2026-12-10', purpose: 'Monthly', topics });
    expect(values).toEqual({ plannedFor: '2026-12-10', purpose: 'Monthly', chosen: ['objective:o1', 'follow_up:f9'], own: [{ text: 'Bedtime' }] });
    const choices = withVisitTopics(topicChoices(plan, []), topics);
    expect(choices.map((c) => c.key)).toEqual(['objective:o1', 'follow_up:f9']);
    expect(toNewVisit('v1', values, choices).topics).toEqual(topics.map((t) => (t.refId ? t : { kind: t.kind, text: t.text })));
  });
});
