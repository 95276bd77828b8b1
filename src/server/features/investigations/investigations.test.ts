import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createHarness, type Harness } from '../../../../test/support/harness.js';
import { openInvestigationFast } from '../../../../test/support/open-investigation-factory.js';
import { takeScreenedInReport } from '../../../../test/support/factories.js';
import { asUser, tasksOf, userIdOf } from '../../../../test/support/work.js';

/** INV-1, INV-8: the investigator's workspace read — clocks, household, allegations, prior history. */
let h: Harness;
let screener: Client;
let family: Awaited<ReturnType<typeof openInvestigationFast>>;

beforeAll(async () => {
  h = await createHarness();
  screener = await h.signIn('screener');
  family = await openInvestigationFast(h);
});
afterAll(() => h?.close());

describe('GET /api/investigations/:id (INV-1, INV-8)', () => {
  it('marks every child in the home — Maya the alleged victim and her brother Leo — and nobody else', async () => {
    const response = await family.investigator.get(`/api/investigations/${family.investigationId}`);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    const byName = Object.fromEntries(body.household.map((p: { firstName: string }) => [p.firstName, p]));
    expect(Object.keys(byName).sort()).toEqual(['Kyle', 'Leo', 'Lucia', 'Maya', 'Rosa']);
    expect(byName.Maya).toMatchObject({ personId: family.people.maya.id, role: 'alleged_victim', isChild: true, livesInHousehold: true });
    expect(byName.Leo).toMatchObject({ role: 'household_member', isChild: true });
    expect(byName.Lucia).toMatchObject({ role: 'parent', parentType: 'custodial', isChild: false });
    expect(byName.Kyle.isChild).toBe(false);
    expect(byName.Rosa).toMatchObject({ livesInHousehold: false, isChild: false });
    expect(body.children.map((c: { firstName: string }) => c.firstName)).toEqual(['Maya']);
  });

  it('answers allegations with their ids and victims, the version, the record right and the completion clock', async () => {
    const body = (await family.investigator.get(`/api/investigations/${family.investigationId}`)).json();
    expect(body.allegations).toEqual([
      {
        id: expect.any(String),
        victimPersonId: family.people.maya.id,
        victimName: 'Maya Torres',
        perpetratorName: 'Kyle Benson',
        maltreatmentType: 'physical_abuse',
      },
    ]);
    expect(body).toMatchObject({ version: 1, abilities: { record: true }, status: 'open', decision: null, priorHistory: [] });
    // Connecticut leaves the completion limit to the agency: the clock exists with no due moment yet.
    const completion = (await tasksOf(h, family.investigationId)).find((t) => t.rule_key === 'initial_assessment');
    expect(completion).toBeDefined();
    expect(body.completionDueAt).toBeNull();
    await h.database.asOwner((owner) =>
      owner
        .updateTable('task')
        .set({ due_at: new Date('2026-12-01T04:59:59.999Z') })
        .where('id', '=', completion!.id)
        .execute(),
    );
    expect((await family.investigator.get(`/api/investigations/${family.investigationId}`)).json().completionDueAt).toBe('2026-12-01T04:59:59.999Z');
  });

  it('the screener who took the report may not open it (404: her need to know ended at the screening, PLAT-1); the unit’s supervisor may record', async () => {
    expect((await screener.get(`/api/investigations/${family.investigationId}`)).statusCode).toBe(404);
    const supervisor = await h.signIn('inv.supervisor');
    expect((await supervisor.get(`/api/investigations/${family.investigationId}`)).json().abilities.record).toBe(true);
  });

  it('prior history lists other reports naming these people, as far as the reader may see them', async () => {
    const draft = (await screener.post('/api/reports', { channel: 'phone' })).json();
    const added = await screener.post(`/api/reports/${draft.id}/participants`, {
      version: draft.version,
      personId: family.people.leo.id,
      role: 'alleged_victim',
    });
    expect(added.statusCode, added.body).toBe(200);
    // The program manager over the office may read the investigation and the hotline's draft, so she sees it in the family's history.
    const manager = await h.signIn('manager');
    const seen = (await manager.get(`/api/investigations/${family.investigationId}`)).json().priorHistory;
    expect(seen).toEqual([
      {
        reportId: draft.id,
        reportNumber: draft.number,
        receivedAt: expect.any(String),
        decision: null,
        status: 'draft',
        personNames: ['Leo Torres'],
        abilities: { open: true },
      },
    ]);
    // The investigator has no need to know about a draft still with the hotline.
    expect((await family.investigator.get(`/api/investigations/${family.investigationId}`)).json().priorHistory).toEqual([]);
  });

  it('an earlier decided report about the family shows in the investigator’s history as a summary she cannot open', async () => {
    const earlier = await takeScreenedInReport(
      screener,
      {
        child: { firstName: 'Ana', lastName: 'Quill', dateOfBirth: '2017-04-02' },
        parent: { firstName: 'Bea', lastName: 'Quill', dateOfBirth: '1990-01-20' },
        reporterName: 'Cal Neighbour',
      },
      { submit: false },
    );
    let report = earlier.report;
    const add = await screener.post(`/api/reports/${report.id}/participants`, {
      version: report.version,
      personId: family.people.maya.id,
      role: 'household_member',
    });
    expect(add.statusCode, add.body).toBe(200);
    report = add.json();
    const out = await screener.patch(`/api/reports/${report.id}`, {
      version: report.version,
      decision: 'screen_out',
      responsePriority: null,
      communityReferral: 'Family resource centre',
      decisionRationale: 'No allegation met the threshold.',
    });
    expect(out.statusCode, out.body).toBe(200);
    report = out.json();
    report = (await screener.post(`/api/reports/${report.id}/submit`, { version: report.version })).json();
    const approved = await (await h.signIn('supervisor')).post(`/api/reports/${report.id}/approve`, { version: report.version });
    expect(approved.statusCode, approved.body).toBe(200);

    const history = (await family.investigator.get(`/api/investigations/${family.investigationId}`)).json().priorHistory;
    expect(history).toEqual([
      expect.objectContaining({ reportId: report.id, decision: 'screen_out', status: 'approved', personNames: ['Maya Torres'], abilities: { open: false } }),
    ]);
    // Only the summary: the report itself stays outside her need to know.
    expect((await family.investigator.get(`/api/reports/${report.id}`)).statusCode).toBe(404);
    // Someone who cannot see the investigation gets no history through the database function either.
    const southId = await userIdOf(h, 'south.investigator');
    const rows = await asUser(
      h,
      southId,
      async (trx) => (await sql<{ report_id: string }>`select report_id from hearth_prior_history(${family.investigationId}::uuid)`.execute(trx)).rows,
    );
    expect(rows).toEqual([]);
  });

  it('another office gets 404, in the application and at the database (PLAT-1)', async () => {
    const south = await h.signIn('south.investigator');
    expect((await south.get(`/api/investigations/${family.investigationId}`)).statusCode).toBe(404);
    const rows = await asUser(
      h,
      await userIdOf(h, 'south.investigator'),
      async (trx) => (await sql<{ id: string }>`select id from investigation where id = ${family.investigationId}::uuid`.execute(trx)).rows,
    );
    expect(rows).toEqual([]);
  });
});
