import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decisionApprovalFor, investigationReadyForDecision, submitDecision } from '../../../../test/support/decision.js';
import { type Client, createHarness, type Harness } from '../../../../test/support/harness.js';
import { asUser, tasksOf, userIdOf } from '../../../../test/support/work.js';

/**
 * INV-7: an approved "open an in-home case" decision opens the family's case in the office's
 * ongoing unit; the caseworker finds it in her work and can read it and the investigation.
 */
let h: Harness;
let supervisor: Client;
let caseworker: Client;
let family: Awaited<ReturnType<typeof investigationReadyForDecision>>;
let caseId: string;
let caseNumber: string;
let planId: string;

beforeAll(async () => {
  h = await createHarness();
  [supervisor, caseworker] = await Promise.all([h.signIn('inv.supervisor'), h.signIn('caseworker')]);
  family = await investigationReadyForDecision(h, { safety: 'safe', risk: 'high', finding: 'substantiated' });
  // An active safety plan goes on with the family (its making is tested in safety-plans).
  planId = randomUUID();
  await h.database.asOwner((owner) =>
    owner
      .insertInto('safety_plan')
      .values({
        id: planId,
        investigation_id: family.investigationId,
        status: 'active',
        actions: '[]',
        next_review_on: '2027-01-10',
        created_by: family.investigator.userId,
      })
      .execute(),
  );
});
afterAll(() => h?.close());

describe('opening a case from an approved decision (INV-7)', () => {
  it('the supervisor approves open_in_home: the investigation closes and a case opens with the least-loaded caseworker', async () => {
    const submitted = await submitDecision(family.investigator, family.investigationId, { decision: 'open_in_home' });
    expect(submitted.statusCode, submitted.body).toBe(200);
    const item = (await decisionApprovalFor(supervisor, family.investigationId))!;
    expect(item.summary).toMatchObject({ decision: 'open_in_home', recommended: ['open_in_home'], differs: false });
    const approved = await supervisor.post(`/api/approvals/${item.id}/approve`, { version: item.version });
    expect(approved.statusCode, approved.body).toBe(200);
    ({ caseId, caseNumber } = approved.json().outcome);
    expect(caseNumber).toMatch(/^C-\d{4}-\d{6}$/);
    expect(approved.json().outcome.caseworkerId).toBe(caseworker.userId);

    const investigation = (await family.investigator.get(`/api/investigations/${family.investigationId}`)).json();
    expect(investigation).toMatchObject({ status: 'closed', decision: { decision: 'open_in_home', status: 'approved', caseId, caseNumber } });
    expect((await tasksOf(h, family.investigationId)).filter((t) => t.status === 'open')).toEqual([]);

    const [row, event] = await h.database.asOwner(async (owner) => [
      await owner.selectFrom('family_case').selectAll().where('id', '=', caseId).executeTakeFirstOrThrow(),
      await owner.selectFrom('domain_event').selectAll().where('subject_id', '=', caseId).executeTakeFirstOrThrow(),
    ]);
    expect(row).toMatchObject({ kind: 'in_home', status: 'open', investigation_id: family.investigationId, created_by: supervisor.userId });
    expect(event).toMatchObject({ type: 'case.opened', subject_type: 'case', actor_id: supervisor.userId });
    expect(event.payload).toEqual({ caseType: 'in_home', children: expect.arrayContaining([family.people.maya.id, family.people.leo.id]) });
    expect(event.payload.children).toHaveLength(2);
  });

  it('the caseworker finds the case in her cases and in her work', async () => {
    const mine = await caseworker.get('/api/cases/mine');
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json().items).toEqual([
      {
        id: caseId,
        number: caseNumber,
        kind: 'in_home',
        openedAt: expect.any(String),
        childNames: ['Leo Torres', 'Maya Torres'],
        workerId: caseworker.userId,
        workerName: 'Priya Natarajan',
        nextDueAt: null,
        overdueCount: 0,
      },
    ]);
    const work = (await caseworker.get('/api/my-work')).json();
    expect(work.cases).toEqual(mine.json().items);
    // The investigator carries no case.
    expect((await family.investigator.get('/api/cases/mine')).json().items).toEqual([]);
  });

  it('the caseworker reads the case: people, how they are related, the investigation, safety, risk and the safety plan', async () => {
    const response = await caseworker.get(`/api/cases/${caseId}`);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({
      id: caseId,
      number: caseNumber,
      kind: 'in_home',
      status: 'open',
      orgUnitName: 'North Ongoing Services Unit',
      workers: [{ name: 'Priya Natarajan', role: 'primary' }],
      investigation: { id: family.investigationId, number: expect.stringMatching(/^I-/), decision: 'open_in_home' },
      safetyDecision: 'safe',
      riskLevel: 'high',
    });
    expect(body.people.map((p: { name: string; role: string }) => `${p.name}:${p.role}`).sort()).toEqual([
      'Kyle Benson:household_member',
      'Leo Torres:household_member',
      'Lucia Torres:parent',
      'Maya Torres:alleged_victim',
      'Rosa Torres:other_family',
    ]);
    expect(body.relationships).toEqual([{ personName: 'Rosa Torres', relatedPersonName: 'Lucia Torres', kind: 'parent_of' }]);
    expect(body.safetyPlans).toEqual([expect.objectContaining({ id: planId, status: 'active', caseId, nextReviewOn: '2027-01-10' })]);
    // Going over to the case changes nothing the family agreed to: the plan keeps its version.
    const carried = await h.database.asOwner((owner) => owner.selectFrom('safety_plan').select('version').where('id', '=', planId).executeTakeFirstOrThrow());
    expect(carried.version).toBe(1);
    // Reading the case from the investigation's side works too: she now needs to know it.
    const investigation = await caseworker.get(`/api/investigations/${family.investigationId}`);
    expect(investigation.statusCode).toBe(200);
    expect(investigation.json().abilities.record).toBe(false);
    const audited = await h.database.asOwner((owner) =>
      owner.selectFrom('audit_event').select('action').where('record_id', '=', caseId).where('actor_id', '=', caseworker.userId).execute(),
    );
    expect(audited.map((a) => a.action)).toContain('case.read');
  });

  it('outside the case’s need to know it is 404: the investigator, the approving supervisor, another office', async () => {
    const south = await h.signIn('south.investigator');
    for (const client of [family.investigator, supervisor, south]) expect((await client.get(`/api/cases/${caseId}`)).statusCode).toBe(404);
    expect((await caseworker.get(`/api/cases/${randomUUID()}`)).statusCode).toBe(404);
  });
});

describe('row-level security for a case opened this way (PLAT-1)', () => {
  const rowsAs = async (username: string) =>
    asUser(h, await userIdOf(h, username), async (trx) => ({
      cases: (await sql<{ id: string }>`select id from family_case where id = ${caseId}::uuid`.execute(trx)).rows.length,
      participants: (await sql<{ id: string }>`select id from case_participant where case_id = ${caseId}::uuid`.execute(trx)).rows.length,
      assignments: (await sql<{ id: string }>`select id from case_assignment where case_id = ${caseId}::uuid`.execute(trx)).rows.length,
    }));

  it('the caseworker sees the case, its people and its assignment; another office sees nothing', async () => {
    expect(await rowsAs('caseworker')).toEqual({ cases: 1, participants: 5, assignments: 1 });
    expect(await rowsAs('south.investigator')).toEqual({ cases: 0, participants: 0, assignments: 0 });
    // A North investigator with no part in it sees nothing either.
    expect(await rowsAs('investigator2')).toEqual({ cases: 0, participants: 0, assignments: 0 });
  });

  it('the approving supervisor sees that the case exists (its number) but not its people or workers', async () => {
    expect(await rowsAs('inv.supervisor')).toEqual({ cases: 1, participants: 0, assignments: 0 });
  });

  it('the investigation’s readers cannot slip people or workers into an unrelated case', async () => {
    const other = randomUUID();
    const unit = await h.database.asOwner((owner) => owner.selectFrom('org_unit').select('id').where('code', '=', 'NORTH-ONG').executeTakeFirstOrThrow());
    await h.database.asOwner((owner) =>
      owner
        .insertInto('family_case')
        .values({ id: other, number: `C-TEST-${other.slice(0, 8)}`, kind: 'in_home', org_unit_id: unit.id })
        .execute(),
    );
    const attempt = asUser(h, supervisor.userId, (trx) =>
      sql`insert into case_assignment (id, case_id, user_id) values (${randomUUID()}::uuid, ${other}::uuid, ${supervisor.userId}::uuid)`.execute(trx),
    );
    await expect(attempt).rejects.toThrow(/row-level security/);
  });
});
