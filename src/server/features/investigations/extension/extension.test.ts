import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createHarness, type Harness } from '../../../../../test/support/harness.js';
import { openInvestigationFast } from '../../../../../test/support/open-investigation-factory.js';
import { asUser, tasksOf, userIdOf } from '../../../../../test/support/work.js';

/** INV-6, SUP-3: more time to complete the assessment, with the supervisor's approval. */
let h: Harness;
let supervisor: Client;
let family: Awaited<ReturnType<typeof openInvestigationFast>>;

beforeAll(async () => {
  h = await createHarness();
  supervisor = await h.signIn('inv.supervisor');
  family = await openInvestigationFast(h);
});
afterAll(() => h?.close());

const pendingExtension = async () =>
  ((await supervisor.get('/api/approvals')).json().items as Array<{ id: string; kind: string; version: number; summary: Record<string, unknown> }>).find(
    (i) => i.kind === 'extension' && i.summary.investigationId === family.investigationId,
  )!;
const completionTask = async () => (await tasksOf(h, family.investigationId)).find((t) => t.rule_key === 'initial_assessment' && t.status === 'open')!;

describe('POST /api/investigations/:id/extension (INV-6)', () => {
  it('an approved extension gives the completion clock the end of the requested day in the agency’s zone', async () => {
    // Connecticut leaves the limit to the agency, so the clock starts with no due moment: it may still be given one.
    expect((await completionTask()).due_at).toBeNull();
    const asked = await family.investigator.post(`/api/investigations/${family.investigationId}/extension`, {
      requestedDueOn: '2027-01-15',
      reason: 'The father is out of state until January.',
    });
    expect(asked.statusCode, asked.body).toBe(201);
    const item = await pendingExtension();
    expect(item.id).toBe(asked.json().approvalId);
    expect(item.summary).toMatchObject({
      number: expect.stringMatching(/^I-/),
      ruleKey: 'initial_assessment',
      currentDueAt: null,
      requestedDueOn: '2027-01-15',
      reason: 'The father is out of state until January.',
    });

    // The investigator who asked cannot approve it herself.
    expect((await family.investigator.post(`/api/approvals/${item.id}/approve`, { version: item.version })).statusCode).toBe(403);
    const approved = await supervisor.post(`/api/approvals/${item.id}/approve`, { version: item.version });
    expect(approved.statusCode, approved.body).toBe(200);
    // 15 January 2027 ends at 23:59:59.999 in New York (EST, UTC-5).
    expect((await completionTask()).due_at.toISOString()).toBe('2027-01-16T04:59:59.999Z');
    expect((await completionTask()).version).toBe(2);
    expect((await family.investigator.get(`/api/investigations/${family.investigationId}`)).json().completionDueAt).toBe('2027-01-16T04:59:59.999Z');
  });

  it('the new date must come after the current one; a returned request leaves the clock alone', async () => {
    for (const requestedDueOn of ['2027-01-10', '2027-01-15']) {
      const early = await family.investigator.post(`/api/investigations/${family.investigationId}/extension`, {
        requestedDueOn,
        reason: 'Waiting for the medical records.',
      });
      expect(early.statusCode).toBe(422);
      expect(early.json().errors).toEqual([
        { path: 'requestedDueOn', message: 'Choose a date after 2027-01-15', code: 'not_after_current', params: { date: '2027-01-15' } },
      ]);
    }
    const asked = await family.investigator.post(`/api/investigations/${family.investigationId}/extension`, {
      requestedDueOn: '2027-02-01',
      reason: 'Waiting for the medical records.',
    });
    expect(asked.statusCode, asked.body).toBe(201);
    // One request at a time.
    expect(
      (
        await family.investigator.post(`/api/investigations/${family.investigationId}/extension`, {
          requestedDueOn: '2027-02-02',
          reason: 'Waiting for the medical records.',
        })
      ).statusCode,
    ).toBe(409);
    const item = await pendingExtension();
    const returned = await supervisor.post(`/api/approvals/${item.id}/return`, { version: item.version, comment: 'Ask the hospital directly; no more time.' });
    expect(returned.statusCode, returned.body).toBe(200);
    expect((await completionTask()).due_at.toISOString()).toBe('2027-01-16T04:59:59.999Z');
  });

  it('needs a real date and a reason', async () => {
    const bad = await family.investigator.post(`/api/investigations/${family.investigationId}/extension`, { requestedDueOn: '15/01/2027', reason: 'short' });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['reason', 'requestedDueOn']);
    const notOnTheCalendar = await family.investigator.post(`/api/investigations/${family.investigationId}/extension`, {
      requestedDueOn: '2027-02-30',
      reason: 'Waiting for the medical records.',
    });
    expect(notOnTheCalendar.statusCode).toBe(400);
    expect(notOnTheCalendar.json().errors).toEqual([expect.objectContaining({ path: 'requestedDueOn', message: 'That date is not on the calendar' })]);
  });

  it('another office gets 404, and sees none of its approvals at the database (PLAT-1)', async () => {
    const south = await h.signIn('south.investigator');
    const response = await south.post(`/api/investigations/${family.investigationId}/extension`, {
      requestedDueOn: '2027-03-01',
      reason: 'Trying from another office.',
    });
    expect(response.statusCode).toBe(404);
    const rows = await asUser(
      h,
      await userIdOf(h, 'south.investigator'),
      async (trx) => (await sql<{ id: string }>`select id from approval_request where subject_id = ${family.investigationId}::uuid`.execute(trx)).rows,
    );
    expect(rows).toEqual([]);
  });

  it('without an open completion clock there is nothing to extend (422)', async () => {
    const task = await completionTask();
    await h.database.asOwner((owner) => owner.updateTable('task').set({ status: 'done', closed_at: new Date() }).where('id', '=', task.id).execute());
    const response = await family.investigator.post(`/api/investigations/${family.investigationId}/extension`, {
      requestedDueOn: '2027-03-01',
      reason: 'Waiting for the medical records.',
    });
    expect(response.statusCode).toBe(422);
  });
});
