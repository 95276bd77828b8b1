import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../../../../test/support/harness.js';
import { hoursAgo, objectiveId, paths, plan, record, torresCase as torresCaseIn, visits } from './visit-fixtures.js';

/** VIS-2, VIS-3: a caseworker plans a visit from the case plan and records it. */
let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h?.close());
const torresCase = () => torresCaseIn(h);

describe('planning and recording a visit (VIS-2, VIS-3)', () => {
  it('plans from an objective and her own topic, records both children seen with private time each and progress on the objective', async () => {
    const family = await torresCase();
    const planned = plan();
    const made = await family.caseworker.post(visits(family.caseId), planned);
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json()).toMatchObject({
      status: 'planned',
      version: 1,
      purpose: planned.purpose,
      topics: [
        { kind: 'objective', refId: objectiveId },
        { kind: 'own', refId: null },
      ],
    });
    expect(
      made
        .json()
        .household.map((m: { name: string; role: string }) => [m.name, m.role])
        .sort(),
    ).toEqual([
      ['Leo Torres', 'child'],
      ['Lucia Torres', 'parent'],
      ['Maya Torres', 'child'],
    ]);

    const recorded = await family.caseworker.put(`/api/visits/${planned.id}/record`, record(family, 1));
    expect(recorded.statusCode, recorded.body).toBe(200);
    const visit = recorded.json();
    expect(visit).toMatchObject({
      status: 'recorded',
      version: 2,
      location: { kind: 'residence', note: null },
      safety: { newConcerns: false, childrenSafe: true },
    });
    expect(visit.people.map((p: { name: string; seen: boolean; privateTimeMinutes: number }) => [p.name, p.seen, p.privateTimeMinutes]).sort()).toEqual([
      ['Leo Torres', true, 10],
      ['Lucia Torres', true, 15],
      ['Maya Torres', true, 20],
    ]);
    expect(visit.progress).toEqual([
      expect.objectContaining({
        objectiveId,
        objectiveText: planned.topics[0]!.text,
        givenBy: { kind: 'parent', personId: family.people.mother.id, name: null },
      }),
    ]);
    const list = (await family.caseworker.get(visits(family.caseId))).json();
    expect(list.items).toEqual([expect.objectContaining({ id: planned.id, status: 'recorded', childrenSeen: 2, childrenNotSeen: 0 })]);

    // The work engine hears that each child was visited; the audit trail has the plan, the record and the reads.
    const [events, audit] = await h.database.asOwner(async (owner) => [
      await owner.selectFrom('domain_event').select('child_person_id').where('subject_id', '=', family.caseId).where('type', '=', 'visit.completed').execute(),
      await owner
        .selectFrom('audit_event')
        .select('action')
        .where('record_id', '=', family.caseId)
        .where('action', 'like', 'case_visit.%')
        .orderBy('seq')
        .execute(),
    ]);
    expect(events.map((e) => e.child_person_id).sort()).toEqual([family.people.maya.id, family.people.leo.id].sort());
    expect(audit.map((a) => a.action)).toEqual(['case_visit.plan', 'case_visit.read', 'case_visit.record', 'case_visit.list']);
  });

  it('a double tap plans one visit; a record resent unchanged is answered, a different one at the old version is stale', async () => {
    const family = await torresCase();
    const planned = plan();
    expect((await family.caseworker.post(visits(family.caseId), planned)).statusCode).toBe(201);
    expect((await family.caseworker.post(visits(family.caseId), planned)).statusCode).toBe(200);
    expect((await family.caseworker.get(visits(family.caseId))).json().items).toHaveLength(1);
    const moved = await family.caseworker.patch(`/api/visits/${planned.id}`, { version: 1, purpose: 'Talk with Maya alone first' });
    expect(moved.json()).toMatchObject({ version: 2, purpose: 'Talk with Maya alone first', status: 'planned' });
    expect((await family.caseworker.patch(`/api/visits/${planned.id}`, { version: 1, purpose: 'x' })).statusCode).toBe(409);
    const body = record(family, 2);
    expect((await family.caseworker.put(`/api/visits/${planned.id}/record`, body)).statusCode).toBe(200);
    const resent = await family.caseworker.put(`/api/visits/${planned.id}/record`, body);
    expect(resent.statusCode, resent.body).toBe(200);
    expect(resent.json().version).toBe(3);
    const stale = await family.caseworker.put(`/api/visits/${planned.id}/record`, { ...body, nextSteps: 'Something else' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().reason).toBe('stale_version');
    const corrected = await family.caseworker.put(`/api/visits/${planned.id}/record`, { ...body, version: 3, nextSteps: 'Corrected next steps.' });
    expect(corrected.json()).toMatchObject({ version: 4, nextSteps: 'Corrected next steps.' });
    const events = await h.database.asOwner((owner) =>
      owner.selectFrom('domain_event').select('id').where('subject_id', '=', family.caseId).where('type', '=', 'visit.completed').execute(),
    );
    expect(events).toHaveLength(2);
    const cancel = await family.caseworker.post(`/api/visits/${planned.id}/cancel`, { version: 4, reason: 'x' });
    expect(cancel.json().reason).toBe('visit_recorded');
  });

  it('refuses field by field: dates in the future or before the case, a stranger, an unmarked child, a child not seen without a reason, progress off the topics', async () => {
    const family = await torresCase();
    const early = await family.caseworker.post(visits(family.caseId), { ...plan(), plannedFor: '2020-01-01' });
    expect(early.statusCode).toBe(400);
    expect(paths(early.json())).toEqual(['plannedFor']);
    // A follow-up from a family team meeting may be a topic while it is open; an id that is none is a field error.
    const followUpId = randomUUID();
    await h.database.asOwner(async (owner) => {
      const meetingId = randomUUID();
      const by = await owner.selectFrom('staff_user').select('id').where('username', '=', 'caseworker').executeTakeFirstOrThrow();
      await owner
        .insertInto('family_team_meeting')
        .values({ id: meetingId, case_id: family.caseId, reason: 'regular_review', scheduled_for: hoursAgo(48), created_by: by.id })
        .execute();
      await owner
        .insertInto('family_team_meeting_follow_up')
        .values({
          id: followUpId,
          meeting_id: meetingId,
          case_id: family.caseId,
          action: 'Enrol in the parenting group',
          responsible_name: 'Lucia',
          due_on: '2026-12-20',
        })
        .execute();
    });
    const strangeFollowUp = await family.caseworker.post(visits(family.caseId), { ...plan(), topics: [{ kind: 'follow_up', refId: randomUUID(), text: 'x' }] });
    expect(strangeFollowUp.statusCode).toBe(400);
    expect(strangeFollowUp.json().errors).toEqual([expect.objectContaining({ path: 'topics.0.refId', code: 'not_on_case' })]);
    const ownWithId = await family.caseworker.post(visits(family.caseId), { ...plan(), topics: [{ kind: 'own', refId: randomUUID(), text: 'x' }] });
    expect(paths(ownWithId.json())).toEqual(['topics.0.refId']);
    const planned = { ...plan(), topics: [...plan().topics, { kind: 'follow_up', refId: followUpId, text: 'Enrol in the parenting group' }] };
    expect((await family.caseworker.post(visits(family.caseId), planned)).statusCode).toBe(201);
    const url = `/api/visits/${planned.id}/record`;
    const good = record(family, 1);

    const future = await family.caseworker.put(url, { ...good, occurredAt: new Date(Date.now() + 86_400_000).toISOString() });
    expect(future.statusCode).toBe(400);
    expect(future.json().errors).toEqual([expect.objectContaining({ path: 'occurredAt', code: 'in_future' })]);
    const before = await family.caseworker.put(url, { ...good, occurredAt: '2025-01-10T10:00:00-05:00' });
    expect(before.json().errors).toEqual([expect.objectContaining({ path: 'occurredAt', code: 'before_case_opened' })]);

    const wrongPeople = await family.caseworker.put(url, {
      ...good,
      people: [good.people[0], { personId: randomUUID(), seen: true }],
      progress: [{ ...good.progress[0], objectiveId: randomUUID() }],
    });
    expect(wrongPeople.statusCode).toBe(400);
    expect(wrongPeople.json().reason).toBe('children_not_marked');
    expect(paths(wrongPeople.json())).toEqual(['people', 'people.1.personId', 'progress.0.objectiveId']);
    expect(wrongPeople.json().errors.find((e: { path: string }) => e.path === 'people').message).toBe('Mark Leo Torres seen or not seen');

    const noReason = await family.caseworker.put(url, { ...good, people: [good.people[0], { personId: family.people.leo.id, seen: false }] });
    expect(noReason.statusCode).toBe(400);
    expect(paths(noReason.json())).toEqual(['people.1.notSeenReason']);
    const unsafe = await family.caseworker.put(url, { ...good, safety: { newConcerns: true, childrenSafe: true }, location: { kind: 'other' } });
    expect(paths(unsafe.json())).toEqual(['location.note', 'safety.note']);

    // Nothing was saved by the refusals: the visit is still the plan, at version 1.
    const notSeen = await family.caseworker.put(url, {
      ...good,
      people: [good.people[0], { personId: family.people.leo.id, seen: false, notSeenReason: 'At his father’s for the weekend' }],
    });
    expect(notSeen.statusCode, notSeen.body).toBe(200);
    expect(notSeen.json().version).toBe(2);
    expect(notSeen.json().people.find((p: { personId: string }) => p.personId === family.people.leo.id)).toMatchObject({
      seen: false,
      notSeenReason: 'At his father’s for the weekend',
      privateTimeMinutes: null,
    });
  });
});
