import { randomUUID } from 'node:crypto';
import { type RawBuilder, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeSafetyAssessment } from '../../../../test/support/assessments.js';
import { type Client, createHarness, type Harness } from '../../../../test/support/harness.js';
import { openInvestigationFast } from '../../../../test/support/open-investigation-factory.js';
import { asUser } from '../../../../test/support/work.js';
import { createPlan, dayFromToday, planUrl, readyPlan, rosaAction, safeWithPlanInvestigation, sign, THREAT, tinyPng } from './safety-plan.fixtures.js';

/** INV-4: what a safety plan refuses, and why — each answer says what to fix. */
let h: Harness;
let supervisor: Client;

beforeAll(async () => {
  h = await createHarness();
  supervisor = await h.signIn('inv.supervisor');
});
afterAll(() => h?.close());

const plansUrl = (investigationId: string) => `/api/investigations/${investigationId}/safety-plans`;
const countPlans = (investigationId: string) =>
  h.database.asOwner(async (owner) => (await owner.selectFrom('safety_plan').select('id').where('investigation_id', '=', investigationId).execute()).length);

describe('INV-4 a plan follows the safety assessment', () => {
  it('is refused (422, in plain words) before the assessment is completed and when its decision is not "safe with a plan"', async () => {
    const { investigationId, investigator } = await openInvestigationFast(h);
    const early = await investigator.post(plansUrl(investigationId), { id: randomUUID(), language: 'en', actions: [] });
    expect(early.statusCode).toBe(422);
    expect(early.json().detail).toMatch(/Complete the safety assessment first/);
    await completeSafetyAssessment(investigator, investigationId, 'safe');
    const safe = await investigator.post(plansUrl(investigationId), { id: randomUUID(), language: 'en', actions: [] });
    expect(safe.statusCode).toBe(422);
    expect(safe.json().detail).toMatch(/decision is “safe”.*only when the decision is “safe with a plan”/);
    expect(await countPlans(investigationId)).toBe(0);
  });

  it('a retried create with the same id answers the same plan (200) and makes one record; a second plan while one is open is 409', async () => {
    const { investigationId, investigator, people } = await safeWithPlanInvestigation(h);
    const body = { id: randomUUID(), language: 'en', actions: [rosaAction(people.grandmother.id)] };
    const first = await investigator.post(plansUrl(investigationId), body);
    const second = await investigator.post(plansUrl(investigationId), body);
    expect([first.statusCode, second.statusCode]).toEqual([201, 200]);
    expect(second.json().id).toBe(first.json().id);
    expect(await countPlans(investigationId)).toBe(1);
    const another = await investigator.post(plansUrl(investigationId), { ...body, id: randomUUID() });
    expect(another.statusCode).toBe(409);
    expect(another.json().detail).toMatch(/already has a safety plan/);

    // Signatures are the same: a double click records one agreement.
    const signature = { id: randomUUID(), signerName: 'Lucia Torres', signerRole: 'parent', method: 'typed' };
    expect((await investigator.post(planUrl(body.id, '/signatures'), signature)).statusCode).toBe(201);
    const repeated = await investigator.post(planUrl(body.id, '/signatures'), signature);
    expect(repeated.statusCode).toBe(200);
    expect(repeated.json().signatures).toHaveLength(1);
  });

  it('actions must name a threat the assessment found and, when a person is chosen, someone on the report (400 naming the field)', async () => {
    const { investigationId, investigator, people } = await safeWithPlanInvestigation(h);
    const stranger = randomUUID();
    const bad = await investigator.post(plansUrl(investigationId), {
      id: randomUUID(),
      language: 'en',
      actions: [rosaAction(people.grandmother.id), { ...rosaAction(stranger), threat: 'threat_substance_use' }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([
      { path: 'actions.1.threat', message: expect.stringContaining('threats the safety assessment found') },
      { path: 'actions.1.responsiblePersonId', message: expect.stringContaining('person on this report') },
    ]);
    // A provider is named without a person record.
    const provider = await investigator.post(plansUrl(investigationId), {
      id: randomUUID(),
      language: 'en',
      actions: [{ ...rosaAction(people.grandmother.id), responsiblePersonId: null, responsibleName: 'Harbor Family Services', responsibleKind: 'provider' }],
    });
    expect(provider.statusCode, provider.body).toBe(201);
    expect(provider.json().actions[0]).toMatchObject({ responsiblePersonId: null, responsibleName: 'Harbor Family Services' });
  });
});

describe('INV-4 submitting lists everything still missing (422)', () => {
  it('an empty draft: the uncovered threat, the review date and the family’s agreement', async () => {
    const { investigationId, investigator } = await safeWithPlanInvestigation(h);
    const plan = await createPlan(investigator, investigationId, { actions: [] });
    const submitted = await investigator.post(planUrl(plan.id, '/submit'), { version: plan.version });
    expect(submitted.statusCode).toBe(422);
    expect(submitted.json().errors.map((e: { path: string }) => e.path)).toEqual([`threats.${THREAT}`, 'nextReviewOn', 'signatures']);
    expect((await investigator.get(planUrl(plan.id))).json().status).toBe('draft');
  });

  it('an action without who, how or how often; a review date already past; only a family friend signed', async () => {
    const { investigationId, investigator, people } = await safeWithPlanInvestigation(h);
    const action = { ...rosaAction(people.grandmother.id), responsiblePersonId: null, responsibleName: '', monitoring: '', frequency: '' };
    const plan = await createPlan(investigator, investigationId, { actions: [action], nextReviewOn: dayFromToday(-3) });
    const signed = await sign(investigator, plan.id, { signerName: 'Rosa Torres', signerRole: 'family_network' });
    const submitted = await investigator.post(planUrl(plan.id, '/submit'), { version: signed.version });
    expect(submitted.statusCode).toBe(422);
    expect(submitted.json().errors).toEqual([
      { path: 'actions.0.responsibleName', message: 'Name the person responsible for this action' },
      { path: 'actions.0.monitoring', message: 'Say how this action will be monitored' },
      { path: 'actions.0.frequency', message: 'Say how often it will be monitored' },
      { path: 'nextReviewOn', message: expect.stringContaining('passed'), code: 'in_past' },
      { path: 'signatures', message: expect.stringContaining('parent or caregiver') },
    ]);
  });

  it('a change of content after the mother signed makes her signature "for an earlier version"; saving the same content keeps it', async () => {
    const { investigator, plan } = await readyPlan(h);
    const same = await investigator.put(planUrl(plan.id), {
      version: plan.version,
      language: plan.language,
      actions: plan.actions,
      nextReviewOn: plan.nextReviewOn,
    });
    expect(same.statusCode, same.body).toBe(200);
    expect(same.json()).toMatchObject({ version: 1, signatures: [expect.objectContaining({ current: true })] });

    const changed = await investigator.put(planUrl(plan.id), {
      version: 1,
      language: 'en',
      actions: [{ ...plan.actions[0], frequency: 'Twice a day' }],
      nextReviewOn: plan.nextReviewOn,
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ version: 2, signatures: [expect.objectContaining({ planVersion: 1, current: false })] });
    const submitted = await investigator.post(planUrl(plan.id, '/submit'), { version: 2 });
    expect(submitted.statusCode).toBe(422);
    expect(submitted.json().errors.map((e: { path: string }) => e.path)).toEqual(['signatures']);
  });
});

describe('INV-4 concurrency and status', () => {
  it('a stale version is 409 for saving and submitting, and changes nothing', async () => {
    const { investigator, plan } = await readyPlan(h);
    const moved = await investigator.put(planUrl(plan.id), { version: 1, language: 'es', actions: plan.actions, nextReviewOn: plan.nextReviewOn });
    expect(moved.json().version).toBe(2);
    const stale = await investigator.put(planUrl(plan.id), { version: 1, language: 'en', actions: [], nextReviewOn: null });
    expect(stale.statusCode).toBe(409);
    expect((await investigator.post(planUrl(plan.id, '/submit'), { version: 1 })).statusCode).toBe(409);
    expect((await investigator.get(planUrl(plan.id))).json()).toMatchObject({
      version: 2,
      language: 'es',
      status: 'draft',
      actions: [expect.objectContaining({ threat: THREAT })],
    });
  });

  it('only an active plan can be reviewed; a continue review needs the next date; a review cannot be dated in the future', async () => {
    const { investigator, plan } = await readyPlan(h);
    const onDraft = await investigator.post(planUrl(plan.id, '/reviews'), {
      reviewedOn: dayFromToday(-1),
      outcome: 'continue',
      note: 'Too early',
      nextReviewOn: dayFromToday(5),
    });
    expect(onDraft.statusCode).toBe(409);
    const noDate = await investigator.post(planUrl(plan.id, '/reviews'), { reviewedOn: dayFromToday(-1), outcome: 'continue', note: 'Holding' });
    expect(noDate.statusCode).toBe(400);
    expect(noDate.json().errors).toEqual([expect.objectContaining({ path: 'nextReviewOn' })]);

    const submitted = await investigator.post(planUrl(plan.id, '/submit'), { version: plan.version });
    const approval = (await supervisor.get(`/api/approvals/${submitted.json().approval.id}`)).json();
    expect((await supervisor.post(`/api/approvals/${approval.id}/approve`, { version: approval.version })).statusCode).toBe(200);
    const future = await investigator.post(planUrl(plan.id, '/reviews'), {
      reviewedOn: dayFromToday(3),
      outcome: 'continue',
      note: 'Holding',
      nextReviewOn: dayFromToday(9),
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().errors).toEqual([{ path: 'reviewedOn', message: 'A review cannot be dated in the future', code: 'in_future' }]);
    // A retried review with the same id is recorded once.
    const review = { id: randomUUID(), reviewedOn: dayFromToday(-1), outcome: 'continue', note: 'Holding', nextReviewOn: dayFromToday(9) };
    expect((await investigator.post(planUrl(plan.id, '/reviews'), review)).statusCode).toBe(201);
    const retried = await investigator.post(planUrl(plan.id, '/reviews'), review);
    expect(retried.statusCode).toBe(200);
    expect(retried.json().reviews).toHaveLength(1);
  });
});

describe('INV-4 signatures', () => {
  it('a drawn signature must be a PNG data URL of reasonable size; a typed one has no drawing', async () => {
    const { investigator, plan } = await readyPlan(h);
    const base = { signerName: 'Rosa Torres', signerRole: 'family_network' };
    const jpeg = await investigator.post(planUrl(plan.id, '/signatures'), {
      ...base,
      id: randomUUID(),
      method: 'drawn',
      drawing: 'data:image/jpeg;base64,/9j/4AAQSkZJRg==',
    });
    expect(jpeg.statusCode).toBe(400);
    expect(jpeg.json().errors).toEqual([expect.objectContaining({ path: 'drawing', message: expect.stringContaining('PNG') })]);
    const huge = await investigator.post(planUrl(plan.id, '/signatures'), {
      ...base,
      id: randomUUID(),
      method: 'drawn',
      drawing: tinyPng + 'A'.repeat(160_000),
    });
    expect(huge.statusCode).toBe(400);
    expect(huge.json().errors[0]).toMatchObject({ path: 'drawing', message: expect.stringContaining('too large') });
    const typedWithDrawing = await investigator.post(planUrl(plan.id, '/signatures'), { ...base, id: randomUUID(), method: 'typed', drawing: tinyPng });
    expect(typedWithDrawing.statusCode).toBe(400);
    const noName = await investigator.post(planUrl(plan.id, '/signatures'), { ...base, signerName: '  ', id: randomUUID(), method: 'typed' });
    expect(noName.statusCode).toBe(400);
    const stored = await h.database.asOwner((owner) => owner.selectFrom('safety_plan_signature').select('id').where('safety_plan_id', '=', plan.id).execute());
    expect(stored).toHaveLength(1); // only the mother's, from readyPlan
  });

  it('are append-only at the database: the application role cannot change or remove one', async () => {
    const { investigator, plan } = await readyPlan(h);
    const attempt = (statement: RawBuilder<unknown>) =>
      asUser(h, investigator.userId, (trx) => statement.execute(trx)).then(
        () => 'done',
        (error: { code?: string }) => error.code,
      );
    expect(await attempt(sql`update safety_plan_signature set signer_name = 'Someone else' where safety_plan_id = ${plan.id}::uuid`)).toBe('42501');
    expect(await attempt(sql`delete from safety_plan_signature where safety_plan_id = ${plan.id}::uuid`)).toBe('42501');
    expect(await attempt(sql`delete from safety_plan_review where safety_plan_id = ${plan.id}::uuid`)).toBe('42501');
  });
});
