import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createHarness, type Harness } from '../../../../test/support/harness.js';
import { asUser, userIdOf } from '../../../../test/support/work.js';
import { approvePlan, dayFromToday, planUrl, readyPlan, rosaAction, sign } from './safety-plan.fixtures.js';

/** INV-4 within need to know (PLAT-1): a plan is visible exactly when its investigation is. */
let h: Harness;
let south: Client;
let plan: { id: string; version: number; actions: unknown[] };
let investigationId: string;

beforeAll(async () => {
  h = await createHarness();
  south = await h.signIn('south.investigator');
  const ready = await readyPlan(h);
  investigationId = ready.investigationId;
  const investigator = ready.investigator;
  const active = await approvePlan(investigator, await h.signIn('inv.supervisor'), ready.plan);
  // A review, so every table holds a row the other office must not see.
  const reviewed = await investigator.post(planUrl(active.id, '/reviews'), {
    reviewedOn: dayFromToday(-1),
    outcome: 'revise',
    note: 'Family asks for a change.',
  });
  expect(reviewed.statusCode, reviewed.body).toBe(201);
  plan = reviewed.json();
  await sign(investigator, plan.id, { signerName: 'Lucia Torres', signerRole: 'parent' });
});
afterAll(() => h?.close());

describe('INV-4 safety plans stay inside need to know (PLAT-1)', () => {
  it('another office’s investigator gets 404 on every safety-plan route, and nothing changes', async () => {
    const action = rosaAction(randomUUID());
    const answers = await Promise.all([
      south.get(`/api/investigations/${investigationId}/safety-plans`),
      south.post(`/api/investigations/${investigationId}/safety-plans`, { id: randomUUID(), language: 'en', actions: [] }),
      south.post(`/api/investigations/${investigationId}/safety-plans`, { id: plan.id, language: 'en', actions: [] }),
      south.get(planUrl(plan.id)),
      south.put(planUrl(plan.id), { version: plan.version, language: 'en', actions: [action], nextReviewOn: null }),
      south.post(planUrl(plan.id, '/signatures'), { id: randomUUID(), signerName: 'Someone', signerRole: 'parent', method: 'typed' }),
      south.post(planUrl(plan.id, '/submit'), { version: plan.version }),
      south.post(planUrl(plan.id, '/reviews'), { reviewedOn: dayFromToday(-1), outcome: 'end', note: 'Ending it.' }),
      south.get(planUrl(plan.id, '/pdf')),
    ]);
    expect(answers.map((a) => a.statusCode)).toEqual(Array(9).fill(404));
    for (const answer of answers) expect(answer.body).not.toContain('Torres');
    const stored = await h.database.asOwner((owner) =>
      owner.selectFrom('safety_plan').select(['status', 'version']).where('id', '=', plan.id).executeTakeFirstOrThrow(),
    );
    expect(stored).toEqual({ status: 'draft', version: plan.version });
  });

  it('at the database, RLS shows the south investigator no plan, signature or review — and lets them add none', async () => {
    const southId = await userIdOf(h, 'south.investigator');
    const seen = await asUser(h, southId, async (trx) => ({
      plans: (await trx.selectFrom('safety_plan').select('id').where('id', '=', plan.id).execute()).length,
      signatures: (await trx.selectFrom('safety_plan_signature').select('id').where('safety_plan_id', '=', plan.id).execute()).length,
      reviews: (await trx.selectFrom('safety_plan_review').select('id').where('safety_plan_id', '=', plan.id).execute()).length,
    }));
    expect(seen).toEqual({ plans: 0, signatures: 0, reviews: 0 });
    // The same queries as the investigator find them, so the zeros above are RLS and not an empty table.
    const investigatorId = await userIdOf(h, 'investigator');
    const own = await asUser(h, investigatorId, async (trx) => ({
      plans: (await trx.selectFrom('safety_plan').select('id').where('id', '=', plan.id).execute()).length,
      signatures: (await trx.selectFrom('safety_plan_signature').select('id').where('safety_plan_id', '=', plan.id).execute()).length,
      reviews: (await trx.selectFrom('safety_plan_review').select('id').where('safety_plan_id', '=', plan.id).execute()).length,
    }));
    expect(own).toEqual({ plans: 1, signatures: 2, reviews: 1 });

    const insertSignature = asUser(h, southId, (trx) =>
      trx
        .insertInto('safety_plan_signature')
        .values({
          id: randomUUID(),
          safety_plan_id: plan.id,
          plan_version: plan.version,
          signer_name: 'Forged',
          signer_role: 'parent',
          method: 'typed',
          recorded_by: southId,
        })
        .execute(),
    );
    await expect(insertSignature).rejects.toMatchObject({ code: '42501' });
    const changed = await asUser(h, southId, async (trx) =>
      Number((await trx.updateTable('safety_plan').set({ status: 'ended' }).where('id', '=', plan.id).executeTakeFirst()).numUpdatedRows),
    );
    expect(changed).toBe(0);
  });

  it('every read and download is audited against the investigation', async () => {
    const investigator = await h.signIn('investigator');
    expect((await investigator.get(planUrl(plan.id))).statusCode).toBe(200);
    const rows = await h.database.asOwner((owner) =>
      owner
        .selectFrom('audit_event')
        .select(['action', 'details'])
        .where('record_id', '=', investigationId)
        .where('action', 'like', 'safety_plan.%')
        .orderBy('seq')
        .execute(),
    );
    const actions = rows.map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['safety_plan.create', 'safety_plan.sign', 'safety_plan.submit', 'safety_plan.review', 'safety_plan.read']));
    expect(rows.at(-1)).toMatchObject({ action: 'safety_plan.read', details: { safetyPlanId: plan.id } });
  });
});
