import { randomUUID } from 'node:crypto';
import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createHarness, type Harness } from '../../../../../test/support/harness.js';
import { openInvestigationFast } from '../../../../../test/support/open-investigation-factory.js';
import { tasksOf, userIdOf } from '../../../../../test/support/work.js';

/**
 * SUP-1: the supervisor's unit report, on a scenario built to known figures. Three investigations
 * in North: A and B with Ivy Chen, C with Marcus Bell.
 *   response clocks:   A seen before due (met), B seen after due (late), C not seen and past due
 *   completion clocks: A done before due (met), B due in 5 days (running), C no due moment (left out)
 *   safety plans:      A active, review in 3 days; B active, review in 10 days; C active, review in
 *                      exactly 7 days, plus an ended plan that does not count
 */
let h: Harness;
let supervisor: Client;
const ids: Record<'a' | 'b' | 'c', string> = { a: '', b: '', c: '' };
const hour = 3_600_000;
const now = Date.now();
const at = (offsetHours: number) => new Date(now + offsetHours * hour);
const today = Temporal.Now.plainDateISO('America/New_York');

async function setClock(investigationId: string, ruleKey: string, values: { due_at: Date | null; status: 'open' | 'done'; closed_at: Date | null }) {
  const task = (await tasksOf(h, investigationId)).find((t) => t.rule_key === ruleKey)!;
  await h.database.asOwner((owner) => owner.updateTable('task').set(values).where('id', '=', task.id).execute());
}

async function addPlan(investigationId: string, status: 'active' | 'ended', reviewInDays: number) {
  const createdBy = await userIdOf(h, 'investigator');
  await h.database.asOwner((owner) =>
    owner
      .insertInto('safety_plan')
      .values({
        id: randomUUID(),
        investigation_id: investigationId,
        status,
        actions: '[]',
        next_review_on: today.add({ days: reviewInDays }).toString(),
        created_by: createdBy,
      })
      .execute(),
  );
}

beforeAll(async () => {
  h = await createHarness();
  supervisor = await h.signIn('inv.supervisor');
  for (const key of ['a', 'b', 'c'] as const) ids[key] = (await openInvestigationFast(h)).investigationId;
  const marcus = await userIdOf(h, 'investigator2');
  const ivy = await userIdOf(h, 'investigator');
  await h.database.asOwner(async (owner) => {
    await owner.updateTable('investigation').set({ investigator_id: marcus }).where('id', '=', ids.c).execute();
    // B's report came in last January, for the date range.
    const b = await owner.selectFrom('investigation').select('report_id').where('id', '=', ids.b).executeTakeFirstOrThrow();
    await owner
      .updateTable('report')
      .set({ received_at: new Date('2026-01-15T15:00:00Z') })
      .where('id', '=', b.report_id)
      .execute();
    await owner
      .insertInto('investigation_contact')
      .values({
        id: randomUUID(),
        investigation_id: ids.a,
        occurred_at: at(-72),
        outcome: 'completed',
        method: 'face_to_face',
        location: 'home',
        participants: '[]',
        safety_check: '{"childrenSafe":"yes","concerns":""}',
        created_by: ivy,
      })
      .execute();
  });
  await setClock(ids.a, 'first_face_to_face', { due_at: at(-48), status: 'done', closed_at: at(-72) });
  await setClock(ids.a, 'initial_assessment', { due_at: at(-24), status: 'done', closed_at: at(-48) });
  await setClock(ids.b, 'first_face_to_face', { due_at: at(-48), status: 'done', closed_at: at(-24) });
  await setClock(ids.b, 'initial_assessment', { due_at: at(5 * 24), status: 'open', closed_at: null });
  await setClock(ids.c, 'first_face_to_face', { due_at: at(-1), status: 'open', closed_at: null });
  await addPlan(ids.a, 'active', 3);
  await addPlan(ids.b, 'active', 10);
  await addPlan(ids.c, 'active', 7);
  await addPlan(ids.c, 'ended', 1);
});
afterAll(() => h?.close());

describe('GET /api/investigations/unit-report (SUP-1)', () => {
  it('gives exact figures per unit and per investigator', async () => {
    const response = await supervisor.get('/api/investigations/unit-report');
    expect(response.statusCode, response.body).toBe(200);
    const { units } = response.json();
    expect(units).toHaveLength(1);
    expect(units[0]).toMatchObject({
      unitName: 'North Investigations Unit',
      responseMet: { met: 1, due: 3, pct: 33 },
      assessmentsOnTime: { met: 1, due: 1, pct: 100 },
      safetyPlansActive: 3,
      safetyPlansDueForReview: 2,
    });
    expect(units[0].investigators).toEqual([
      {
        userId: await userIdOf(h, 'investigator'),
        name: 'Ivy Chen',
        responseMet: { met: 1, due: 2, pct: 50, endedUnmet: 0 },
        assessmentsOnTime: { met: 1, due: 1, pct: 100, endedUnmet: 0 },
        safetyPlansActive: 2,
        safetyPlansDueForReview: 1,
      },
      {
        userId: await userIdOf(h, 'investigator2'),
        name: 'Marcus Bell',
        responseMet: { met: 0, due: 1, pct: 0, endedUnmet: 0 },
        assessmentsOnTime: { met: 0, due: 0, pct: null, endedUnmet: 0 },
        safetyPlansActive: 1,
        safetyPlansDueForReview: 1,
      },
    ]);
  });

  it('lists every investigation with its clock state, the overdue one first', async () => {
    const { investigations } = (await supervisor.get('/api/investigations/unit-report')).json();
    expect(investigations.map((i: { id: string }) => i.id)).toEqual([ids.c, ids.a, ids.b]);
    const [c, a, b] = investigations;
    expect(c).toMatchObject({ investigatorName: 'Marcus Bell', status: 'open', overdue: true, firstContactAt: null, completionDueAt: null });
    expect(a).toMatchObject({ investigatorName: 'Ivy Chen', overdue: false, firstContactAt: at(-72).toISOString(), completionDueAt: at(-24).toISOString() });
    expect(b).toMatchObject({ overdue: false, completionDueAt: at(5 * 24).toISOString() });
  });

  it('a date range keeps the investigations whose report came in within it', async () => {
    const from = today.toString();
    const { units, investigations } = (await supervisor.get(`/api/investigations/unit-report?from=${from}&to=${from}`)).json();
    expect(investigations.map((i: { id: string }) => i.id).sort()).toEqual([ids.a, ids.c].sort());
    expect(units[0]).toMatchObject({ responseMet: { met: 1, due: 2, pct: 50 }, safetyPlansActive: 2 });
    const january = (await supervisor.get('/api/investigations/unit-report?from=2026-01-01&to=2026-01-31')).json();
    expect(january.investigations.map((i: { id: string }) => i.id)).toEqual([ids.b]);
    expect((await supervisor.get('/api/investigations/unit-report?from=2026-02-01&to=2026-01-01')).statusCode).toBe(400);
  });

  it('the program manager over the office sees the same unit', async () => {
    const manager = await h.signIn('manager');
    const { units } = (await manager.get('/api/investigations/unit-report')).json();
    expect(units.map((u: { unitName: string; responseMet: unknown }) => [u.unitName, u.responseMet])).toEqual([
      ['North Investigations Unit', { met: 1, due: 3, pct: 33, endedUnmet: 0 }],
    ]);
  });

  it('only supervisors and managers may ask (403), and only about units in their scope', async () => {
    const investigator = await h.signIn('investigator');
    expect((await investigator.get('/api/investigations/unit-report')).statusCode).toBe(403);
    const south = await h.signIn('south.supervisor');
    expect((await south.get('/api/investigations/unit-report')).json()).toEqual({ units: [], investigations: [] });
    // The hotline supervisor supervises no investigation unit.
    const hotline = await h.signIn('supervisor');
    expect((await hotline.get('/api/investigations/unit-report')).json()).toEqual({ units: [], investigations: [] });
  });
});
