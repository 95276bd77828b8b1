import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runWorkClock } from './work.clock.js';
import { type Client, createHarness, type Harness } from '../../../../test/support/harness.js';
import { submittedScreenIn } from '../../../../test/support/journey.js';
import { asUser, emit, openCase, tasksOf, userIdOf } from '../../../../test/support/work.js';

/**
 * SUP-5 end to end on the real database: an event goes in, the profile's rules open the right
 * tasks with the right due moments, later events complete or re-date them. Moments are written as
 * UTC instants of the agency's local deadlines (America/New_York), worked out in each comment.
 */
let h: Harness;
let screener: Client;
let supervisor: Client;
let admin: Client;

beforeAll(async () => {
  h = await createHarness();
  [screener, supervisor, admin] = await Promise.all([h.signIn('screener'), h.signIn('supervisor'), h.signIn('admin')]);
});
afterAll(() => h?.close());

const useProfile = async (code: 'ct' | 'ga' | 'vt') => {
  const switched = await admin.put('/api/profile', { code, note: `test uses ${code}` });
  expect(switched.statusCode, switched.body).toBe(200);
  expect(switched.json().active.code).toBe(code);
};

/** A screen-in received Friday 2026-11-20 14:00 in New York (19:00 UTC), approved by the supervisor. */
async function screenedIn(priority: string) {
  const { report, child } = await submittedScreenIn(screener, { priority, submit: false });
  const dated = await screener.patch(`/api/reports/${report.id}`, { version: report.version, receivedAt: '2026-11-20T19:00:00.000Z' });
  expect(dated.statusCode, dated.body).toBe(200);
  const submitted = await screener.post(`/api/reports/${report.id}/submit`, { version: dated.json().version });
  expect(submitted.statusCode, submitted.body).toBe(200);
  const approved = await supervisor.post(`/api/reports/${report.id}/approve`, { version: submitted.json().version });
  expect(approved.statusCode, approved.body).toBe(200);
  return { investigationId: approved.json().investigation.id as string, investigator: approved.json().investigation.investigatorName as string, child };
}

const due = (tasks: Awaited<ReturnType<typeof tasksOf>>, rule: string) =>
  tasks.filter((t) => t.rule_key === rule && t.status === 'open').map((t) => t.due_at?.toISOString() ?? null);

describe('Connecticut clocks (CT profile)', () => {
  let investigationId: string;
  let childId: string;

  beforeAll(async () => {
    await useProfile('ct');
    const s = await screenedIn('within_24_hours');
    investigationId = s.investigationId;
    childId = s.child.id;
  });

  it('a screen-in opens the first face-to-face per child (24 h), the safety assessment (5 days) and the investigation (limit not set)', async () => {
    const tasks = await tasksOf(h, investigationId);
    // 24 hours after 19:00 UTC on the 20th.
    expect(due(tasks, 'first_face_to_face')).toEqual(['2026-11-21T19:00:00.000Z']);
    expect(tasks.find((t) => t.rule_key === 'first_face_to_face')!.child_person_id).toBe(childId);
    // Local date 2026-11-20 + 5 calendar days = 2026-11-25, end of that EST day.
    expect(due(tasks, 'safety_assessment')).toEqual(['2026-11-26T04:59:59.999Z']);
    // CT's completion limit is the agency's to set: the task exists with no due moment.
    expect(due(tasks, 'initial_assessment')).toEqual([null]);
    expect(tasks.every((t) => t.profile_code === 'ct' && t.profile_version === 1)).toBe(true);
  });

  it('the investigator sees them on My work, overdue first, with the rule’s plain-language reason', async () => {
    const investigator = await h.signIn('investigator');
    const mine = (await investigator.get('/api/tasks/mine')).json().items.filter((t: { subjectId: string }) => t.subjectId === investigationId);
    expect(mine.map((t: { ruleKey: string }) => t.ruleKey)).toEqual(['first_face_to_face', 'safety_assessment', 'initial_assessment']);
    expect(mine[0]).toMatchObject({ title: 'See the child face to face', childName: 'Maya Torres', subjectNumber: expect.stringMatching(/^I-/) });
    expect(mine[1].reason).toBe('Safety assessment: documented within 5 calendar days of the report');
    expect(mine[2].reason).toBe('Investigation: the agency has not set this time limit yet');
  });

  it('the investigation’s clocks list every task on it, open first, closed ones kept; another office gets 404', async () => {
    const investigator = await h.signIn('investigator');
    const clocks = await investigator.get(`/api/tasks/record?subjectType=investigation&subjectId=${investigationId}`);
    expect(clocks.statusCode, clocks.body).toBe(200);
    expect(clocks.json().items.map((t: { ruleKey: string; status: string }) => `${t.ruleKey}:${t.status}`)).toEqual([
      'first_face_to_face:open',
      'safety_assessment:open',
      'initial_assessment:open',
    ]);
    const south = await h.signIn('south.investigator');
    expect((await south.get(`/api/tasks/record?subjectType=investigation&subjectId=${investigationId}`)).statusCode).toBe(404);
  });

  it('an attempted contact leaves the clock running; the first completed face-to-face contact stops it (INV-1)', async () => {
    const investigatorId = await userIdOf(h, 'investigator');
    await emit(h, investigatorId, {
      type: 'contact.completed',
      subjectType: 'investigation',
      subjectId: investigationId,
      childPersonId: childId,
      occurredAt: new Date('2026-11-21T15:00:00Z'),
      payload: { faceToFace: false },
    });
    expect(due(await tasksOf(h, investigationId), 'first_face_to_face')).toHaveLength(1);
    const outcome = await emit(h, investigatorId, {
      type: 'contact.completed',
      subjectType: 'investigation',
      subjectId: investigationId,
      childPersonId: childId,
      occurredAt: new Date('2026-11-21T17:00:00Z'),
      payload: { faceToFace: true },
    });
    expect(outcome.completed).toHaveLength(1);
    const tasks = await tasksOf(h, investigationId);
    expect(tasks.find((t) => t.rule_key === 'first_face_to_face')).toMatchObject({ status: 'done', closed_by_event_id: outcome.eventId });
  });

  it('a removal opens the case plan (60 days), relative notice (30 days) and monthly visit per child', async () => {
    const { id: caseId } = await openCase(h, { caseworker: 'caseworker', children: [childId] });
    const caseworkerId = await userIdOf(h, 'caseworker');
    const removal = await emit(h, caseworkerId, {
      type: 'child.removed',
      subjectType: 'case',
      subjectId: caseId,
      childPersonId: childId,
      occurredAt: new Date('2026-10-01T14:00:00Z'),
    });
    const tasks = await tasksOf(h, caseId);
    expect(due(tasks, 'case_plan')).toEqual(['2026-12-01T04:59:59.999Z']); // 2026-10-01 + 60 days = 11-30, EST
    expect(due(tasks, 'relative_notice')).toEqual(['2026-11-01T03:59:59.999Z']); // 10-31 is still daylight time
    expect(due(tasks, 'monthly_visit')).toEqual(['2026-11-02T04:59:59.999Z']); // 11-01 after the change: EST
    expect(tasks.every((t) => t.assignee_id === caseworkerId)).toBe(true);

    // Correcting the removal date re-dates exactly the tasks timed from it.
    const corrected = await emit(h, caseworkerId, {
      type: 'child.removed',
      subjectType: 'case',
      subjectId: caseId,
      occurredAt: new Date('2026-09-20T14:00:00Z'),
      correctsEventId: removal.eventId,
    });
    expect(corrected.redated).toHaveLength(3);
    expect(corrected.created).toEqual([]);
    const redated = await tasksOf(h, caseId);
    expect(due(redated, 'case_plan')).toEqual(['2026-11-20T04:59:59.999Z']); // 09-20 + 60 = 11-19
    expect(due(redated, 'relative_notice')).toEqual(['2026-10-21T03:59:59.999Z']); // 09-20 + 30 = 10-20
    expect(redated).toHaveLength(3);

    // A completed visit starts the next cycle from the visit.
    await emit(h, caseworkerId, {
      type: 'visit.completed',
      subjectType: 'case',
      subjectId: caseId,
      childPersonId: childId,
      occurredAt: new Date('2026-10-15T15:00:00Z'),
    });
    const afterVisit = await tasksOf(h, caseId);
    expect(afterVisit.filter((t) => t.rule_key === 'monthly_visit').map((t) => t.status)).toEqual(['done', 'open']);
    expect(due(afterVisit, 'monthly_visit')).toEqual(['2026-11-16T04:59:59.999Z']);

    // A second correction of the removal re-dates the plan again, but not the visit cycle that
    // now runs from the last visit.
    await emit(h, caseworkerId, {
      type: 'child.removed',
      subjectType: 'case',
      subjectId: caseId,
      occurredAt: new Date('2026-09-25T14:00:00Z'),
      correctsEventId: corrected.eventId,
    });
    const again = await tasksOf(h, caseId);
    expect(due(again, 'case_plan')).toEqual(['2026-11-25T04:59:59.999Z']); // 09-25 + 60 = 11-24
    expect(due(again, 'monthly_visit')).toEqual(['2026-11-16T04:59:59.999Z']);

    // Approving the plan completes it and starts the six-monthly review.
    await emit(h, caseworkerId, { type: 'case_plan.approved', subjectType: 'case', subjectId: caseId, occurredAt: new Date('2026-10-20T15:00:00Z') });
    const afterPlan = await tasksOf(h, caseId);
    expect(afterPlan.find((t) => t.rule_key === 'case_plan')!.status).toBe('done');
    expect(due(afterPlan, 'case_plan_review')).toEqual(['2027-04-21T03:59:59.999Z']); // 2027-04-20, EDT
  });

  it('the same fact told twice opens no second task', async () => {
    const { id: caseId } = await openCase(h, { caseworker: 'caseworker', children: [childId] });
    const caseworkerId = await userIdOf(h, 'caseworker');
    const event = {
      type: 'child.removed' as const,
      subjectType: 'case' as const,
      subjectId: caseId,
      childPersonId: childId,
      occurredAt: new Date('2026-10-01T14:00:00Z'),
    };
    await emit(h, caseworkerId, event);
    const again = await emit(h, caseworkerId, event);
    expect(again.created).toEqual([]);
    expect(await tasksOf(h, caseId)).toHaveLength(3);
  });

  it('overdue work escalates to the supervisor and reminders reach the assignee, once each, through the outbox', async () => {
    // On 2026-11-25 12:00 UTC the safety assessment (due 11-26 04:59) is within a day; the
    // investigation's open first contact tasks from other tests may be overdue too.
    const now = new Date('2026-11-25T12:00:00Z');
    const first = await runWorkClock(h.database, now);
    expect(first.reminded).toBeGreaterThanOrEqual(1);
    const second = await runWorkClock(h.database, now);
    expect(second).toEqual({ reminded: 0, escalated: 0, delivered: 0 });
    const investigator = await h.signIn('investigator');
    const inbox = (await investigator.get('/api/notifications')).json();
    const reminders = inbox.items.filter(
      (n: { kind: string; payload: { subjectId: string } }) => n.kind === 'task.reminder' && n.payload.subjectId === investigationId,
    );
    expect(reminders).toHaveLength(1);
    expect(reminders[0].payload).toMatchObject({ ruleKey: 'safety_assessment', dueAt: '2026-11-26T04:59:59.999Z' });
    const read = await investigator.post(`/api/notifications/${reminders[0].id}/read`);
    expect(read.statusCode).toBe(200);
    expect((await investigator.get('/api/notifications')).json().items.find((n: { id: string }) => n.id === reminders[0].id).readAt).not.toBeNull();
    // Someone else's notification is not there to mark.
    expect((await screener.post(`/api/notifications/${reminders[0].id}/read`)).statusCode).toBe(404);
  });
});

describe('an overdue task goes to the unit supervisor (SUP-5)', () => {
  it('escalates the overdue first contact to the investigations supervisor, not the investigator', async () => {
    await useProfile('ct');
    const { investigationId } = await screenedIn('same_day');
    const tasks = await tasksOf(h, investigationId);
    expect(due(tasks, 'first_face_to_face')).toEqual(['2026-11-20T21:00:00.000Z']); // 2 hours after receipt
    const now = new Date('2026-11-21T09:00:00Z');
    await runWorkClock(h.database, now);
    const escalated = (await tasksOf(h, investigationId)).find((t) => t.rule_key === 'first_face_to_face')!;
    const invSupervisorId = await userIdOf(h, 'inv.supervisor');
    expect(escalated).toMatchObject({ escalated_to: invSupervisorId });
    const invSupervisor = await h.signIn('inv.supervisor');
    const inbox = (await invSupervisor.get('/api/notifications')).json().items;
    expect(inbox.filter((n: { kind: string; payload: { taskId: string } }) => n.kind === 'task.escalated' && n.payload.taskId === escalated.id)).toHaveLength(
      1,
    );
    const team = (await invSupervisor.get('/api/tasks/team')).json().items;
    expect(team.find((t: { id: string }) => t.id === escalated.id)).toMatchObject({ escalatedAt: expect.any(String), assigneeName: expect.any(String) });
  });
});

describe('Georgia clocks (GA profile)', () => {
  it('the initial assessment is due 30 business days after the report, skipping Thanksgiving, Christmas and New Year', async () => {
    await useProfile('ga');
    const { investigationId } = await screenedIn('priority_1');
    const tasks = await tasksOf(h, investigationId);
    // Fri 2026-11-20: 30 business days, skipping 11-26, 12-25 and 01-01 → Wed 2027-01-06... then EST end of day.
    expect(due(tasks, 'initial_assessment')).toEqual(['2027-01-07T04:59:59.999Z']);
    // Georgia's response times are the agency's to set: the first-contact task is there, undated.
    expect(due(tasks, 'first_face_to_face')).toEqual([null]);
    expect(tasks.every((t) => t.profile_code === 'ga')).toBe(true);
  });

  it('an emergency placement needs a family team meeting within 72 hours; a planned one opens none', async () => {
    await useProfile('ga');
    const { children } = await h.database.asOwner(async (owner) => ({
      children: (await owner.selectFrom('person').select('id').limit(2).execute()).map((p) => p.id as string),
    }));
    expect(children).toHaveLength(2);
    const { id: caseId } = await openCase(h, { caseworker: 'caseworker', children });
    const caseworkerId = await userIdOf(h, 'caseworker');
    await emit(h, caseworkerId, {
      type: 'child.placed',
      subjectType: 'case',
      subjectId: caseId,
      childPersonId: children[0]!,
      occurredAt: new Date('2026-10-01T14:00:00Z'),
      payload: { emergency: true },
    });
    await emit(h, caseworkerId, {
      type: 'child.placed',
      subjectType: 'case',
      subjectId: caseId,
      childPersonId: children[1]!,
      occurredAt: new Date('2026-10-01T14:00:00Z'),
      payload: { emergency: false },
    });
    const tasks = await tasksOf(h, caseId);
    expect(tasks.filter((t) => t.rule_key === 'placement_team_meeting').map((t) => [t.child_person_id, t.due_at.toISOString()])).toEqual([
      [children[0], '2026-10-04T14:00:00.000Z'],
    ]);

    await emit(h, caseworkerId, {
      type: 'child.removed',
      subjectType: 'case',
      subjectId: caseId,
      childPersonId: children[0]!,
      occurredAt: new Date('2026-10-01T14:00:00Z'),
    });
    expect(due(await tasksOf(h, caseId), 'case_plan')).toEqual(['2026-11-01T03:59:59.999Z']); // GA: 30 days → 10-31
    await emit(h, caseworkerId, {
      type: 'child.placement_changed',
      subjectType: 'case',
      subjectId: caseId,
      childPersonId: children[0]!,
      occurredAt: new Date('2026-10-01T14:00:00Z'),
    });
    expect(due(await tasksOf(h, caseId), 'placement_change_visit')).toEqual(['2026-10-09T03:59:59.999Z']); // 7 days → 10-08
  });
});

describe('switching profile with a draft in hand', () => {
  it('a priority from the old profile must be chosen again before the report can be submitted', async () => {
    await useProfile('ct');
    const { report } = await submittedScreenIn(screener, { priority: 'same_day', submit: false });
    await useProfile('ga');
    const refused = await screener.post(`/api/reports/${report.id}/submit`, { version: report.version });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors).toEqual([expect.objectContaining({ path: 'responsePriority', message: expect.stringContaining('GA profile') })]);
    const fixed = await screener.patch(`/api/reports/${report.id}`, { version: report.version, responsePriority: 'priority_1' });
    expect(fixed.statusCode, fixed.body).toBe(200);
    expect((await screener.post(`/api/reports/${report.id}/submit`, { version: fixed.json().version })).statusCode).toBe(200);
  });
});

describe('Vermont clocks (VT profile)', () => {
  it('uses the federal case-plan limit and leaves the state’s own limits undated', async () => {
    await useProfile('vt');
    const { investigationId, child } = await screenedIn('priority_2');
    const tasks = await tasksOf(h, investigationId);
    expect(due(tasks, 'first_face_to_face')).toEqual([null]);
    expect(due(tasks, 'initial_assessment')).toEqual([null]);
    const { id: caseId } = await openCase(h, { caseworker: 'caseworker', children: [child.id] });
    await emit(h, await userIdOf(h, 'caseworker'), {
      type: 'child.removed',
      subjectType: 'case',
      subjectId: caseId,
      childPersonId: child.id,
      occurredAt: new Date('2026-10-01T14:00:00Z'),
    });
    expect(due(await tasksOf(h, caseId), 'case_plan')).toEqual(['2026-12-01T04:59:59.999Z']);
  });
});

describe('tasks and events stay inside need to know (PLAT-1)', () => {
  it('another office sees none of North’s tasks or events: not on My work, not on the team list, not through RLS', async () => {
    await useProfile('ct');
    const { investigationId } = await screenedIn('within_72_hours');
    const northTaskIds = (await tasksOf(h, investigationId)).map((t) => t.id);
    expect(northTaskIds.length).toBeGreaterThan(0);
    for (const username of ['south.investigator', 'south.supervisor', 'south.screener']) {
      const client = await h.signIn(username);
      const mine = (await client.get('/api/tasks/mine')).json().items.map((t: { id: string }) => t.id);
      const team = (await client.get('/api/tasks/team')).json().items.map((t: { id: string }) => t.id);
      expect([...mine, ...team].filter((id: string) => northTaskIds.includes(id))).toEqual([]);
      const seen = await asUser(h, await userIdOf(h, username), async (trx) => ({
        tasks: (await trx.selectFrom('task').select('id').where('subject_id', '=', investigationId).execute()).length,
        events: (await trx.selectFrom('domain_event').select('id').where('subject_id', '=', investigationId).execute()).length,
      }));
      expect(seen).toEqual({ tasks: 0, events: 0 });
    }
    // …while the North investigations supervisor sees them on the team list.
    const north = await h.signIn('inv.supervisor');
    const team = (await north.get('/api/tasks/team')).json().items.map((t: { id: string }) => t.id);
    expect(northTaskIds.every((id) => team.includes(id))).toBe(true);
  });

  it('an event about a record outside the actor’s scope is refused as not found', async () => {
    await useProfile('ct');
    const { investigationId, child } = await screenedIn('within_72_hours');
    const southInvestigator = await userIdOf(h, 'south.investigator');
    await expect(
      emit(h, southInvestigator, {
        type: 'contact.completed',
        subjectType: 'investigation',
        subjectId: investigationId,
        childPersonId: child.id,
        occurredAt: new Date(),
        payload: { faceToFace: true },
      }),
    ).rejects.toMatchObject({ kind: 'not_found' });
  });
});
