import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { Harness } from '../../../../../test/support/harness.js';
import { openCaseFast } from '../../../../../test/support/open-case-factory.js';

/**
 * Test fixtures for the case plan: the Torres case with the children's father added to the network
 * (paternal, not living with them), a completed family assessment with two prioritised needs, and
 * a complete plan that answers both. Built over HTTP: the plan tests are about these walks.
 */
export type PlanFamily = Awaited<ReturnType<typeof planFamily>>;

export async function planFamily(h: Harness) {
  const family = await openCaseFast(h);
  const { caseworker, caseId, people } = family;
  const fatherAdded = await caseworker.post(`/api/cases/${caseId}/network`, {
    id: randomUUID(),
    firstName: 'Daniel',
    lastName: 'Reyes',
    sex: 'male',
    role: 'parent',
    side: 'paternal',
    connection: 'Maya’s and Leo’s father, not living with them',
    relatedTo: { personId: people.maya.id, kind: 'parent_of' },
  });
  expect(fatherAdded.statusCode, fatherAdded.body).toBe(201);
  const fatherId: string = fatherAdded.json().personId;

  const assessmentId = randomUUID();
  const started = await caseworker.post(`/api/cases/${caseId}/family-assessment`, { id: assessmentId });
  expect(started.statusCode, started.body).toBe(201);
  const needs = {
    supervision: randomUUID(),
    parenting: randomUUID(),
  };
  const saved = await caseworker.put(`/api/family-assessments/${assessmentId}`, {
    version: started.json().version,
    content: {
      needs: [
        { id: needs.supervision, personIds: [people.mother.id], domain: 'safety', text: 'Someone safe to watch the children after school' },
        { id: needs.parenting, personIds: [people.mother.id], domain: 'psychosocial_functioning', text: 'Ways to calm things down without grabbing' },
      ],
    },
  });
  expect(saved.statusCode, saved.body).toBe(200);
  const done = await caseworker.post(`/api/family-assessments/${assessmentId}/complete`, { version: saved.json().version });
  expect(done.statusCode, done.body).toBe(200);
  return { ...family, fatherId, needs };
}

/** The ids of one complete plan, stable across versions as a client would keep them. */
export const planKeys = () => ({
  goal: randomUUID(),
  safety: randomUUID(),
  childNeeds: randomUUID(),
  wellBeing: randomUUID(),
  steps: [randomUUID(), randomUUID(), randomUUID()] as const,
});
export type PlanKeys = ReturnType<typeof planKeys>;

/** A complete in-home plan (no permanency part) that answers both prioritised needs. */
export function completePlan(family: PlanFamily, keys: PlanKeys, version: number) {
  const objective = (id: string, part: string, text: string, needIds: string[], step: string, responsible: Record<string, unknown>) => ({
    id,
    goalId: keys.goal,
    part,
    text,
    measure: 'Seen at every home visit and told by the school',
    startDate: '2026-12-07',
    targetDate: '2027-03-31' as string | null,
    status: 'open' as 'open' | 'achieved' | 'dropped',
    needIds,
    findings: ['Safety assessment: physical harm by a household member'],
    actionSteps: [{ id: step, text: `Do: ${text}`, ...responsible, dueDate: '2027-01-15' }],
  });
  return {
    version,
    startDate: '2026-12-07',
    goals: [{ id: keys.goal, text: 'We want the kids safe and calm at home, and to stay together.' }],
    objectives: [
      objective(keys.safety, 'safety', 'Grandmother Rosa watches Maya and Leo every school day from 3 to 6', [family.needs.supervision], keys.steps[0], {
        responsibleKind: 'participant',
        responsiblePersonId: family.people.grandmother.id,
      }),
      objective(keys.childNeeds, 'childNeeds', 'Lucia uses a calm-down plan instead of grabbing when Maya acts out', [family.needs.parenting], keys.steps[1], {
        responsibleKind: 'provider',
        responsibleName: 'Family Growth Center (parenting coach)',
      }),
      objective(keys.wellBeing, 'wellBeing', 'Maya and Leo see the dentist and keep their check-ups', [], keys.steps[2], {
        responsibleKind: 'agency',
        responsibleName: 'Hearth caseworker',
      }),
    ],
  };
}

export const tinyPng = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

/**
 * A plan approved by the unit's supervisor, with the mother's agreement, one progress review held at
 * a family team meeting, and version 2 open as a draft: a row in every case-plan table.
 */
export async function approvedAndRevised(h: Harness) {
  const family = await planFamily(h);
  const { caseworker, caseId } = family;
  const keys = planKeys();
  const draft = (await caseworker.post(`/api/cases/${caseId}/plans`, { id: randomUUID() })).json();
  const plan = (await caseworker.put(`/api/plans/${draft.id}`, completePlan(family, keys, draft.version))).json();
  const agreement = {
    id: randomUUID(),
    planVersion: plan.version,
    personId: family.people.mother.id,
    signerRole: 'parent',
    outcome: 'agreed',
    method: 'typed',
    typedName: 'Lucia Torres',
  };
  expect((await caseworker.post(`/api/plans/${plan.id}/agreements`, agreement)).statusCode).toBe(201);
  expect((await caseworker.post(`/api/plans/${plan.id}/submit`, { version: plan.version })).statusCode).toBe(200);
  const supervisor = await h.signIn('ong.supervisor');
  const item = (await supervisor.get('/api/approvals')).json().items.find((i: { summary: { casePlanId?: string } }) => i.summary.casePlanId === plan.id);
  expect((await supervisor.post(`/api/approvals/${item.id}/approve`, { version: item.version })).statusCode).toBe(200);
  const meetingId = randomUUID();
  const meeting = await caseworker.post(`/api/cases/${caseId}/meetings`, {
    id: meetingId,
    reason: 'regular_review',
    scheduledFor: '2027-01-20T10:00:00-05:00',
  });
  expect(meeting.statusCode, meeting.body).toBe(201);
  const review = {
    id: randomUUID(),
    reviewedOn: '2027-01-20',
    familyView: 'Things are calmer.',
    meetingId,
    ratings: [{ objectiveId: keys.safety, rating: 'substantial_change', evidence: 'Pick-ups every day', evidenceFrom: 'worker', outcome: 'continue' }],
  };
  const reviewed = await caseworker.post(`/api/plans/${plan.id}/reviews`, review);
  expect(reviewed.statusCode, reviewed.body).toBe(201);
  const revised = (await caseworker.post(`/api/plans/${plan.id}/revise`, { id: randomUUID() })).json();
  return { family, keys, plan: { ...plan, status: 'approved' }, revised, agreement, review, meetingId };
}
