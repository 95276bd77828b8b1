import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createHarness, type Harness } from '../../../../test/support/harness.js';
import { submittedScreenIn } from '../../../../test/support/journey.js';
import { takeScreenedInReport } from '../../../../test/support/factories.js';
import { asUser, userIdOf } from '../../../../test/support/work.js';

/** SUP-3: one approval mechanism — routing, delegation, decisions with their effect, history, scope. */
let h: Harness;
let screener: Client;
let supervisor: Client;
let manager: Client;

beforeAll(async () => {
  h = await createHarness();
  [screener, supervisor, manager] = await Promise.all([h.signIn('screener'), h.signIn('supervisor'), h.signIn('manager')]);
});
afterAll(() => h?.close());

const queueOf = async (client: Client) =>
  (await client.get('/api/approvals')).json().items as Array<{
    id: string;
    kind: string;
    summary: { reportId: string };
    routedTo: string;
    version: number;
    abilities: { decide: boolean };
    history: Array<{ action: string; by: string; to: string | null; comment: string | null }>;
  }>;

describe('routing to the supervisory chain', () => {
  it('a submitted report is routed to the intake unit’s supervisor, with the request in its history', async () => {
    const { report } = await submittedScreenIn(screener);
    const item = (await queueOf(supervisor)).find((i) => i.summary.reportId === report.id)!;
    expect(item).toMatchObject({ kind: 'screening_decision', routedTo: 'Samuel Reyes', abilities: { decide: true } });
    expect(item.history).toEqual([expect.objectContaining({ action: 'requested', by: 'Hannah Ortiz', to: 'Samuel Reyes' })]);
    // The program manager over the office can also act on it, but it was not routed to her — and the
    // report itself tells her the same (one rule, issue 10: the two used to disagree).
    expect((await queueOf(manager)).find((i) => i.summary.reportId === report.id)).toMatchObject({ abilities: { decide: true }, routedToMe: false });
    expect((await manager.get(`/api/reports/${report.id}`)).json().abilities.decide).toBe(true);
    expect((await supervisor.get(`/api/reports/${report.id}`)).json().abilities.decide).toBe(true);
    // The screener who asked cannot decide her own request.
    expect((await queueOf(screener)).find((i) => i.summary.reportId === report.id)).toBeUndefined();
    const own = await screener.post(`/api/approvals/${item.id}/approve`, { version: item.version });
    expect(own.statusCode).toBe(403);
    // Row-level security refuses it too, even if the application were to try.
    const changed = await asUser(
      h,
      await userIdOf(h, 'screener'),
      async (trx) =>
        (await sql<{ id: string }>`update approval_request set status = 'approved' where id = ${item.id}::uuid returning id`.execute(trx)).rows.length,
    );
    expect(changed).toBe(0);
  });

  it('while the supervisor is away, new requests go to the delegate; the history says so', async () => {
    const managerId = await userIdOf(h, 'manager');
    const today = new Date().toISOString().slice(0, 10);
    const later = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    const away = await supervisor.post('/api/staff/absences', { startsOn: today, endsOn: later, delegateId: managerId });
    expect(away.statusCode, away.body).toBe(201);
    try {
      const { report } = await submittedScreenIn(screener);
      const item = (await queueOf(manager)).find((i) => i.summary.reportId === report.id)!;
      expect(item).toMatchObject({ routedTo: 'Gloria Alvarez', routedToMe: true, abilities: { decide: true } });
      expect(item.history.map((e) => e.action)).toEqual(['requested', 'delegated']);
      // The delegate approves through the generic endpoint; the effect (an investigation) follows.
      const decided = await manager.post(`/api/approvals/${item.id}/approve`, { version: item.version, comment: 'Approved while Samuel is away.' });
      expect(decided.statusCode, decided.body).toBe(200);
      expect(decided.json()).toMatchObject({ status: 'approved', decidedBy: 'Gloria Alvarez', outcome: { investigationId: expect.any(String) } });
      const opened = (await screener.get(`/api/reports/${report.id}`)).json();
      expect(opened.status).toBe('approved');
    } finally {
      const id = away.json().id;
      expect((await supervisor.delete(`/api/staff/absences/${id}`)).statusCode).toBe(200);
    }
  });

  it('time away needs a real delegate and a sensible range', async () => {
    const screenerId = await userIdOf(h, 'screener');
    const bad = await supervisor.post('/api/staff/absences', { startsOn: '2026-12-10', endsOn: '2026-12-01', delegateId: screenerId });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['delegateId', 'endsOn']);
    // Another office's supervisor could not see North's reports, so cannot stand in for North.
    const southId = await userIdOf(h, 'south.supervisor');
    const outOfReach = await supervisor.post('/api/staff/absences', { startsOn: '2026-12-01', endsOn: '2026-12-10', delegateId: southId });
    expect(outOfReach.statusCode).toBe(400);
    expect(outOfReach.json().errors[0].message).toMatch(/supervise or manage the units you supervise/);
    const delegates = (await supervisor.get('/api/staff/delegates')).json().staff.map((s: { displayName: string }) => s.displayName);
    expect(delegates).toContain('Gloria Alvarez');
    expect(delegates).not.toContain('Robert Kim');
  });

  it('an absence is its owner’s: overlapping days are refused, and nobody else can cancel it', async () => {
    const managerId = await userIdOf(h, 'manager');
    const first = await supervisor.post('/api/staff/absences', { startsOn: '2027-02-01', endsOn: '2027-02-05', delegateId: managerId });
    expect(first.statusCode, first.body).toBe(201);
    const overlap = await supervisor.post('/api/staff/absences', { startsOn: '2027-02-04', endsOn: '2027-02-08', delegateId: managerId });
    expect(overlap.statusCode).toBe(400);
    expect(overlap.json().errors[0].path).toBe('startsOn');
    const past = await supervisor.post('/api/staff/absences', { startsOn: '2020-01-01', endsOn: '2020-01-02', delegateId: managerId });
    expect(past.statusCode).toBe(400);
    const other = await h.signIn('inv.supervisor');
    expect((await other.delete(`/api/staff/absences/${first.json().id}`)).statusCode).toBe(404);
    expect((await supervisor.delete(`/api/staff/absences/${first.json().id}`)).statusCode).toBe(200);
  });
});

describe('deciding', () => {
  it('return with a comment sends the report back to the screener; approving twice is refused', async () => {
    const { report } = await submittedScreenIn(screener);
    const item = (await queueOf(supervisor)).find((i) => i.summary.reportId === report.id)!;
    const noComment = await supervisor.post(`/api/approvals/${item.id}/return`, { version: item.version, comment: ' ' });
    expect(noComment.statusCode).toBe(400);
    const returned = await supervisor.post(`/api/approvals/${item.id}/return`, { version: item.version, comment: 'Add the school as a collateral contact.' });
    expect(returned.statusCode, returned.body).toBe(200);
    expect((await screener.get(`/api/reports/${report.id}`)).json().status).toBe('returned');
    const again = await supervisor.post(`/api/approvals/${item.id}/approve`, { version: item.version + 1 });
    expect(again.statusCode).toBe(409);
    const history = (await screener.get(`/api/approvals/history?subjectType=report&subjectId=${report.id}`)).json().items;
    expect(history[0].history.map((e: { action: string }) => e.action)).toEqual(['requested', 'returned']);
    expect(history[0].decisionComment).toBe('Add the school as a collateral contact.');
  });

  it('a stale version gets 409 and changes nothing', async () => {
    const { report } = await submittedScreenIn(screener);
    const item = (await queueOf(supervisor)).find((i) => i.summary.reportId === report.id)!;
    const stale = await supervisor.post(`/api/approvals/${item.id}/approve`, { version: item.version + 5 });
    expect(stale.statusCode).toBe(409);
    expect((await screener.get(`/api/reports/${report.id}`)).json().status).toBe('submitted');
  });

  it('submitting twice cannot open two requests', async () => {
    const { report } = await submittedScreenIn(screener);
    const resubmit = await screener.post(`/api/reports/${report.id}/submit`, { version: report.version });
    expect(resubmit.statusCode).toBe(403);
    const requests = (await screener.get(`/api/approvals/history?subjectType=report&subjectId=${report.id}`)).json().items;
    expect(requests).toHaveLength(1);
  });
});

describe('approvals stay inside need to know (PLAT-1)', () => {
  it('another office’s supervisor gets 404 for the request, its history and its decision, and RLS hides the rows', async () => {
    const { report } = await takeScreenedInReport(screener, {
      child: { firstName: 'Wren', lastName: 'Castellano', dateOfBirth: '2019-05-05' },
      parent: { firstName: 'Ines', lastName: 'Castellano', dateOfBirth: '1990-01-01' },
      reporterName: 'Neighbour',
    });
    const item = (await queueOf(supervisor)).find((i) => i.summary.reportId === report.id)!;
    const south = await h.signIn('south.supervisor');
    expect((await queueOf(south)).some((i) => i.id === item.id)).toBe(false);
    expect((await south.get(`/api/approvals/${item.id}`)).statusCode).toBe(404);
    expect((await south.get(`/api/approvals/history?subjectType=report&subjectId=${report.id}`)).statusCode).toBe(404);
    expect((await south.post(`/api/approvals/${item.id}/approve`, { version: item.version })).statusCode).toBe(404);
    const southId = await userIdOf(h, 'south.supervisor');
    const rows = await asUser(h, southId, async (trx) => ({
      requests: (await sql<{ n: number }>`select count(*)::int as n from approval_request where id = ${item.id}::uuid`.execute(trx)).rows[0]!.n,
      actions: (await sql<{ n: number }>`select count(*)::int as n from approval_action where approval_id = ${item.id}::uuid`.execute(trx)).rows[0]!.n,
    }));
    expect(rows).toEqual({ requests: 0, actions: 0 });
  });
});

describe('the profile names the approver (SUP-3)', () => {
  it('a program-manager approval passes the unit supervisor and reaches the office’s program manager; a supervisor one stays with the unit', async () => {
    const { supervisorFor } = await import('../../platform/supervisory-chain.js');
    const unit = await h.database.asOwner((owner) => owner.selectFrom('org_unit').select('id').where('code', '=', 'NORTH-INV').executeTakeFirstOrThrow());
    const [investigatorId, managerId, unitSupervisorId] = await Promise.all([
      userIdOf(h, 'investigator'),
      userIdOf(h, 'manager'),
      userIdOf(h, 'inv.supervisor'),
    ]);
    const onDate = '2026-12-02';
    const routed = await asUser(h, investigatorId, async (trx) => ({
      manager: await supervisorFor(trx, unit.id, { exclude: investigatorId, onDate, role: 'program_manager' }),
      supervisor: await supervisorFor(trx, unit.id, { exclude: investigatorId, onDate, role: 'supervisor' }),
    }));
    expect(routed.manager).toEqual({ userId: managerId, delegatedFrom: null });
    expect(routed.supervisor).toEqual({ userId: unitSupervisorId, delegatedFrom: null });
  });
});

describe('a screen-in waiting for approval keeps its response clock (issue 9 item 6)', () => {
  it('the queue shows each report’s response due moment and puts the most urgent first', async () => {
    const slow = await submittedScreenIn(screener, { priority: 'within_72_hours' });
    const urgent = await submittedScreenIn(screener, { priority: 'same_day' });
    const queue = (await supervisor.get('/api/approvals')).json().items as Array<{ summary: { reportId?: string; responseDueAt?: string | null } }>;
    const position = (reportId: string) => queue.findIndex((i) => i.summary.reportId === reportId);
    expect(position(urgent.report.id)).toBeGreaterThanOrEqual(0);
    expect(position(urgent.report.id)).toBeLessThan(position(slow.report.id));
    const dueOf = (reportId: string) => Date.parse(queue[position(reportId)]!.summary.responseDueAt!);
    const receivedOf = async (reportId: string) => Date.parse((await screener.get(`/api/reports/${reportId}`)).json().receivedAt);
    // CT: same day is two hours from receipt, 72 hours is three days.
    expect(dueOf(urgent.report.id) - (await receivedOf(urgent.report.id))).toBe(2 * 3_600_000);
    expect(dueOf(slow.report.id) - (await receivedOf(slow.report.id))).toBe(72 * 3_600_000);
  });
});
