import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../../../../test/support/harness.js';
import { asUser, emit, tasksOf, userIdOf } from '../../../../../test/support/work.js';
import { plan, record, torresCase as torresCaseIn, visits } from './visit-fixtures.js';

/** VIS-1 and PLAT-1: the schedule and the work engine's visit tasks, and need-to-know on every visit route and table. */
let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h?.close());
const torresCase = () => torresCaseIn(h);

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
