import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../../../../test/support/harness.js';
import { openCaseFast } from '../../../../../test/support/open-case-factory.js';
import { asUser, emit, tasksOf, userIdOf } from '../../../../../test/support/work.js';

/** VIS-1..3: a caseworker plans a visit from the case plan, records it, and the schedule shows what is due. */
let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h?.close());

const visits = (caseId: string) => `/api/cases/${caseId}/visits`;
const hoursAgo = (n: number) => new Date(Date.now() - n * 3_600_000).toISOString();

/** The Torres case, opened thirty days ago so a visit this week is inside it. */
async function torresCase() {
  const family = await openCaseFast(h);
  await h.database.asOwner((owner) =>
    owner
      .updateTable('family_case')
      .set({ opened_at: new Date(Date.now() - 30 * 86_400_000) })
      .where('id', '=', family.caseId)
      .execute(),
  );
  return family;
}

const objectiveId = randomUUID();
const plan = () => ({
  id: randomUUID(),
  plannedFor: new Date().toISOString().slice(0, 10),
  purpose: 'See how the new bedtime routine is going and talk with Maya alone',
  topics: [
    { kind: 'objective', refId: objectiveId, text: 'Lucia uses the calm-down plan instead of shouting when Maya refuses bedtime' },
    { kind: 'own', text: 'Leo’s nursery place' },
  ],
});

type Family = Awaited<ReturnType<typeof torresCase>>;
const record = (family: Family, version: number) => ({
  version,
  occurredAt: hoursAgo(2),
  location: { kind: 'residence' },
  people: [
    { personId: family.people.maya.id, seen: true, privateTimeMinutes: 20 },
    { personId: family.people.leo.id, seen: true, privateTimeMinutes: 10 },
    { personId: family.people.mother.id, seen: true, privateTimeMinutes: 15 },
  ],
  safety: { newConcerns: false, childrenSafe: true },
  familyWords: 'Lucia: “The chart helps. Maya went to bed without a fight three nights this week.”',
  nextSteps: 'Lucia keeps the chart; worker calls the nursery about Leo’s place.',
  nextVisitOn: new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10),
  progress: [
    {
      id: randomUUID(),
      objectiveId,
      note: 'Used the calm-down plan on 3 of 4 nights; no shouting reported by Maya.',
      givenBy: { kind: 'parent', personId: family.people.mother.id },
    },
  ],
});

const paths = (body: { errors?: Array<{ path: string }> }) => (body.errors ?? []).map((e) => e.path).sort();

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

describe('the visit schedule (VIS-1)', () => {
  it('in home the profile leaves the frequency to the agency; out of home a child seen this month is met and one never seen is due', async () => {
    const family = await torresCase();
    const inHome = (await family.caseworker.get(`${visits(family.caseId)}/schedule`)).json();
    expect(inHome.standard.kind).toBe('agency_to_set');
    expect(inHome.children.map((c: { name: string; due: null }) => [c.name, c.due]).sort()).toEqual([
      ['Leo Torres', null],
      ['Maya Torres', null],
    ]);
    await h.database.asOwner((owner) => owner.updateTable('family_case').set({ kind: 'out_of_home' }).where('id', '=', family.caseId).execute());
    const planned = plan();
    await family.caseworker.post(visits(family.caseId), planned);
    const good = record(family, 1);
    const recorded = await family.caseworker.put(`/api/visits/${planned.id}/record`, {
      ...good,
      location: { kind: 'placement' },
      people: [good.people[0], { personId: family.people.leo.id, seen: false, notSeenReason: 'At nursery' }],
    });
    expect(recorded.statusCode, recorded.body).toBe(200);
    const schedule = await family.caseworker.get(`${visits(family.caseId)}/schedule`);
    expect(schedule.statusCode, schedule.body).toBe(200);
    expect(schedule.json().standard).toMatchObject({ kind: 'set', visits: 1, per: 'month', inResidenceShare: 0.5 });
    const byName = Object.fromEntries(schedule.json().children.map((c: { name: string; due: { status: string } }) => [c.name, c.due.status]));
    expect(byName['Maya Torres']).toBe('met');
    expect(['due', 'overdue']).toContain(byName['Leo Torres']);
  });
});

describe('visits and the work engine (VIS-1)', () => {
  it('a child removed into care has a monthly visit task; recording the visit completes it and starts the next month’s', async () => {
    const family = await torresCase();
    await h.database.asOwner((owner) => owner.updateTable('family_case').set({ kind: 'out_of_home' }).where('id', '=', family.caseId).execute());
    await emit(h, await userIdOf(h, 'caseworker'), {
      type: 'child.removed',
      subjectType: 'case',
      subjectId: family.caseId,
      childPersonId: family.people.maya.id,
      occurredAt: new Date(Date.now() - 10 * 86_400_000),
    });
    const monthly = async () => (await tasksOf(h, family.caseId)).filter((t) => t.rule_key === 'monthly_visit');
    expect((await monthly()).map((t) => t.status)).toEqual(['open']);
    const planned = plan();
    await family.caseworker.post(visits(family.caseId), planned);
    expect((await family.caseworker.put(`/api/visits/${planned.id}/record`, { ...record(family, 1), location: { kind: 'placement' } })).statusCode).toBe(200);
    expect((await monthly()).map((t) => t.status).sort()).toEqual(['done', 'open']);
  });
});

describe('need-to-know (PLAT-1) on visits', () => {
  it('a worker from another office gets 404 on every route and row-level security hides every row', async () => {
    const family = await torresCase();
    const planned = plan();
    await family.caseworker.post(visits(family.caseId), planned);
    await family.caseworker.put(`/api/visits/${planned.id}/record`, record(family, 1));
    const south = await h.signIn('south.investigator');
    const attempts = [
      await south.get(visits(family.caseId)),
      await south.post(visits(family.caseId), plan()),
      await south.get(`${visits(family.caseId)}/schedule`),
      await south.get(`/api/visits/${planned.id}`),
      await south.patch(`/api/visits/${planned.id}`, { version: 2, purpose: 'x' }),
      await south.put(`/api/visits/${planned.id}/record`, record(family, 2)),
      await south.post(`/api/visits/${planned.id}/cancel`, { version: 2, reason: 'x' }),
    ];
    expect(attempts.map((r) => r.statusCode)).toEqual(attempts.map(() => 404));
    const count = (userId: string) =>
      asUser(h, userId, async (trx) => {
        const n = async (table: string) =>
          (await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)} where case_id = ${family.caseId}`.execute(trx)).rows[0]!.n;
        return { visits: await n('case_visit'), people: await n('case_visit_person'), progress: await n('case_visit_progress') };
      });
    expect(await count(await userIdOf(h, 'south.investigator'))).toEqual({ visits: 0, people: 0, progress: 0 });
    expect(await count(await userIdOf(h, 'caseworker'))).toEqual({ visits: 1, people: 3, progress: 1 });
    // Nobody writes a visit in another's name, even on a case they work.
    const someoneElse = await userIdOf(h, 'caseworker2');
    await expect(
      asUser(h, await userIdOf(h, 'caseworker'), (trx) =>
        trx
          .insertInto('case_visit')
          .values({ id: randomUUID(), case_id: family.caseId, purpose: 'x', created_by: someoneElse, updated_by: someoneElse })
          .execute(),
      ),
    ).rejects.toThrow(/row-level security/);
    // A visit id another case already uses is refused without saying whose it is.
    const other = await torresCase();
    const reused = await other.caseworker.post(visits(other.caseId), planned);
    expect(reused.statusCode).toBe(409);
    expect(reused.json().reason).toBe('id_taken');
  });
});
