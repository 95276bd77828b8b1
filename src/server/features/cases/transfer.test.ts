import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../../../test/support/harness.js';
import { openCaseFast } from '../../../../test/support/open-case-factory.js';
import { emit, tasksOf, userIdOf } from '../../../../test/support/work.js';

/** Issue 11: "Team cases" for the ongoing unit's supervisor, and a transfer that keeps the history. */
let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h?.close());

describe('team cases and transfer', () => {
  it('the supervisor sees the unit’s cases with what is due next, and moves one to another caseworker with its tasks', async () => {
    const family = await openCaseFast(h);
    const supervisor = await h.signIn('ong.supervisor');
    const team = (await supervisor.get('/api/cases/team')).json();
    const row = team.items.find((c: { id: string }) => c.id === family.caseId);
    expect(row).toMatchObject({ number: family.caseNumber, workerName: 'Priya Natarajan', kind: 'in_home' });
    expect(team.workers.map((w: { name: string }) => w.name)).toEqual(['Priya Natarajan', 'Theo Walsh']);
    const theo = team.workers.find((w: { name: string }) => w.name === 'Theo Walsh');
    const byTheo = (await supervisor.get(`/api/cases/team?workerId=${theo.id}`)).json();
    expect(byTheo.items.map((c: { id: string }) => c.id)).not.toContain(family.caseId);

    // Work on the case from the profile's rules: a removal opens the plan, relative notice and visit tasks.
    await emit(h, family.caseworker.userId, {
      type: 'child.removed',
      subjectType: 'case',
      subjectId: family.caseId,
      childPersonId: family.people.maya.id,
      occurredAt: new Date(),
    });
    const openTasks = (await tasksOf(h, family.caseId)).filter((t) => t.status === 'open');
    expect(openTasks.length).toBeGreaterThan(0);
    expect(openTasks.every((t) => t.assignee_id === family.caseworker.userId)).toBe(true);
    const before = (await supervisor.get(`/api/cases/${family.caseId}`)).json();
    expect(before.abilities).toEqual({ work: true, transfer: true });
    const moved = await supervisor.post(`/api/cases/${family.caseId}/transfer`, { toUserId: theo.id, reason: 'Balancing caseloads', version: before.version });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ workerName: 'Theo Walsh', tasksMoved: openTasks.length, version: before.version + 1 });
    const after = (await tasksOf(h, family.caseId)).filter((t) => t.status === 'open');
    expect(after.every((t) => t.assignee_id === theo.id)).toBe(true);

    const read = (await supervisor.get(`/api/cases/${family.caseId}`)).json();
    expect(read.workers).toEqual([{ name: 'Theo Walsh', role: 'primary' }]);
    expect(read.assignmentHistory).toEqual([
      expect.objectContaining({ name: 'Priya Natarajan', reason: 'Balancing caseloads', endedAt: expect.any(String) }),
      expect.objectContaining({ name: 'Theo Walsh', endedAt: null, reason: null }),
    ]);
    // The case is Theo's now; Priya no longer carries it.
    const theoClient = await h.signIn('caseworker2');
    expect((await theoClient.get('/api/cases/mine')).json().items.map((c: { id: string }) => c.id)).toContain(family.caseId);
    expect((await family.caseworker.get('/api/cases/mine')).json().items.map((c: { id: string }) => c.id)).not.toContain(family.caseId);

    // A second supervisor working from the same page is told someone moved it first.
    const stale = await supervisor.post(`/api/cases/${family.caseId}/transfer`, {
      toUserId: family.caseworker.userId,
      reason: 'Back',
      version: before.version,
    });
    expect(stale.statusCode).toBe(409);
    const audit = await h.database.asOwner((owner) =>
      owner.selectFrom('audit_event').select(['details']).where('record_id', '=', family.caseId).where('action', '=', 'case.transfer').execute(),
    );
    expect(audit).toHaveLength(1);
  });

  it('only a supervisor over the unit may transfer, only to a caseworker; other offices get 404', async () => {
    const family = await openCaseFast(h);
    const version = (await family.caseworker.get(`/api/cases/${family.caseId}`)).json().version;
    const theoId = await userIdOf(h, 'caseworker2');
    const byCaseworker = await family.caseworker.post(`/api/cases/${family.caseId}/transfer`, { toUserId: theoId, reason: 'I am leaving', version });
    expect(byCaseworker.statusCode).toBe(403);
    const supervisor = await h.signIn('ong.supervisor');
    const toInvestigator = await supervisor.post(`/api/cases/${family.caseId}/transfer`, { toUserId: await userIdOf(h, 'investigator'), reason: 'x', version });
    expect(toInvestigator.statusCode).toBe(400);
    expect(toInvestigator.json()).toMatchObject({ reason: 'not_a_caseworker', errors: [{ path: 'toUserId' }] });
    const blank = await supervisor.post(`/api/cases/${family.caseId}/transfer`, { toUserId: theoId, reason: '', version });
    expect(blank.json().errors).toEqual([expect.objectContaining({ path: 'reason' })]);
    const south = await h.signIn('south.supervisor');
    expect((await south.post(`/api/cases/${family.caseId}/transfer`, { toUserId: theoId, reason: 'x', version })).statusCode).toBe(404);
    expect((await south.get('/api/cases/team')).json().items.map((c: { id: string }) => c.id)).not.toContain(family.caseId);
    // A caseworker has no team.
    expect((await family.caseworker.get('/api/cases/team')).json()).toEqual({ items: [], workers: [] });
  });
});
