import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decisionApprovalFor, investigationReadyForDecision, seeChildren, submitDecision } from '../../../../../test/support/decision.js';
import { type Client, createHarness, type Harness } from '../../../../../test/support/harness.js';
import { tasksOf } from '../../../../../test/support/work.js';
import { approvePlan, createPlan, dayFromToday, rosaAction, sign } from '../../safety-plans/safety-plan.fixtures.js';

/**
 * INV-1, INV-4, INV-7 and federal-standards §4, as the v2 profiles' closure rules: a child never
 * seen cannot be closed out, an unsafe child leaves only with placement or an approved plan, a
 * closing investigation leaves no plan without an owner, and the supervisor cannot approve around it.
 */
let h: Harness;
let supervisor: Client;

beforeAll(async () => {
  h = await createHarness();
  supervisor = await h.signIn('inv.supervisor');
});
afterAll(() => h?.close());

const unmetCodes = (response: { json(): any }) => (response.json().errors as Array<{ path: string }>).map((e) => e.path);

async function attempt(client: Client, investigationId: string) {
  const saved = await client.post(`/api/investigations/${investigationId}/contacts`, {
    id: randomUUID(),
    occurredAt: new Date().toISOString(),
    outcome: 'attempted',
    method: 'face_to_face',
    location: 'home',
    purpose: 'Home visit; nobody answered',
    participants: [],
    safetyCheck: { childrenSafe: 'not_assessed' },
  });
  expect(saved.statusCode, saved.body).toBe(201);
}

async function approveDecision(investigationId: string) {
  const item = (await decisionApprovalFor(supervisor, investigationId))!;
  return supervisor.post(`/api/approvals/${item.id}/approve`, { version: item.version });
}

describe('children seen before closing (INV-1)', () => {
  it('a child never seen blocks closing until the family-not-located exception rests on three attempts; the response clock then counts as missed', async () => {
    const family = await investigationReadyForDecision(h, { safety: 'safe', risk: 'low', finding: 'unsubstantiated', seen: false });
    const refused = await submitDecision(family.investigator, family.investigationId, { decision: 'close' });
    expect(refused.statusCode).toBe(422);
    expect(unmetCodes(refused)).toEqual(['children_seen']);

    const efforts = 'Visited the address three times and called the mother; neighbours say the family moved out of state.';
    const exception = { code: 'family_not_located', efforts };
    expect(unmetCodes(await submitDecision(family.investigator, family.investigationId, { decision: 'close', unseenException: exception }))).toEqual([
      'children_seen',
    ]);
    const unknown = await family.investigator.put(`/api/investigations/${family.investigationId}/decision`, {
      version: (await family.investigator.get(`/api/investigations/${family.investigationId}/decision`)).json().decision.version,
      decision: 'close',
      unseenException: { code: 'too_busy', efforts },
    });
    expect(unknown.statusCode).toBe(400);

    for (let i = 0; i < 3; i += 1) await attempt(family.investigator, family.investigationId);
    const view = (await family.investigator.get(`/api/investigations/${family.investigationId}/decision`)).json();
    expect(view.closure).toMatchObject({
      childrenNeverSeen: ['Maya Torres', 'Leo Torres'],
      attemptedContacts: 3,
      unseenException: { code: 'family_not_located', efforts },
    });
    const submitted = await submitDecision(family.investigator, family.investigationId, { decision: 'close', unseenException: exception });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect((await approveDecision(family.investigationId)).statusCode).toBe(200);

    // The clock the closing cancelled is a miss in the unit report (INV-1, SUP-1), not "no longer needed".
    const report = (await supervisor.get('/api/investigations/unit-report')).json();
    expect(report.units[0].responseMet).toEqual({ met: 0, due: 1, pct: 0, endedUnmet: 1 });
    const row = report.investigations.find((i: { id: string }) => i.id === family.investigationId);
    expect(row).toMatchObject({ status: 'closed', firstContactAt: null });
    expect((await tasksOf(h, family.investigationId)).find((t) => t.rule_key === 'first_face_to_face')?.status).toBe('cancelled');
  });
});

describe('an unsafe child (federal-standards §4, INV-3, INV-7)', () => {
  it('cannot be closed or left at home without an approved plan; the approved placement opens the out-of-home case and the removal task, and the decision keeps that case', async () => {
    const family = await investigationReadyForDecision(h, { safety: 'unsafe', risk: 'high', finding: 'substantiated' });
    const reason = 'The grandmother will stay in the home every day.';
    for (const decision of ['close', 'open_in_home'] as const) {
      const refused = await submitDecision(family.investigator, family.investigationId, { decision, reason });
      expect(refused.statusCode).toBe(422);
      expect(unmetCodes(refused)).toContain('unsafe_protected');
    }

    const placement = (
      (await supervisor.get('/api/approvals')).json().items as Array<{ id: string; kind: string; version: number; summary: { investigationId?: string } }>
    ).find((i) => i.kind === 'placement' && i.summary.investigationId === family.investigationId)!;
    const approved = await supervisor.post(`/api/approvals/${placement.id}/approve`, { version: placement.version });
    expect(approved.statusCode, approved.body).toBe(200);
    const caseId = approved.json().outcome.caseId as string;
    expect(caseId).toBeTruthy();
    const removal = (await tasksOf(h, family.investigationId)).find((t) => t.rule_key === 'record_removal');
    expect(removal).toMatchObject({ status: 'open', assignee_id: family.investigator.userId });

    expect((await submitDecision(family.investigator, family.investigationId, { decision: 'open_out_of_home' })).statusCode).toBe(200);
    const decided = await approveDecision(family.investigationId);
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json().outcome.caseId).toBe(caseId);
    const cases = await h.database.asOwner((owner) =>
      owner.selectFrom('family_case').select(['id', 'kind']).where('investigation_id', '=', family.investigationId).execute(),
    );
    expect(cases).toEqual([{ id: caseId, kind: 'out_of_home' }]);
  });

  it('may stay home in an in-home case only under a safety plan the supervisor approved', async () => {
    const family = await investigationReadyForDecision(h, { safety: 'unsafe', risk: 'high', finding: 'substantiated' });
    const harm = {
      ...rosaAction(family.people.grandmother.id),
      id: randomUUID(),
      threat: 'threat_serious_harm',
      action: 'Rosa moves in and is with the children whenever the mother is out.',
    };
    const created = await createPlan(family.investigator, family.investigationId, {
      actions: [rosaAction(family.people.grandmother.id), harm],
      nextReviewOn: dayFromToday(7),
    });
    const signed = await sign(family.investigator, created.id, { signerName: 'Lucia Torres', signerRole: 'parent', personId: family.people.mother.id });
    await approvePlan(family.investigator, supervisor, signed);
    const reason = 'Grandmother Rosa lives in now and the partner has moved out under an order.';
    const submitted = await submitDecision(family.investigator, family.investigationId, { decision: 'open_in_home', reason });
    expect(submitted.statusCode, submitted.body).toBe(200);
  });
});

describe('safety plans when closing (INV-4)', () => {
  it('an active plan blocks closing until it is ended with a reason, and a supervisor cannot approve a close that no longer holds', async () => {
    const family = await investigationReadyForDecision(h, { safety: 'safe_with_plan', risk: 'low', finding: 'unsubstantiated' });
    const created = await createPlan(family.investigator, family.investigationId, {
      actions: [rosaAction(family.people.grandmother.id)],
      nextReviewOn: dayFromToday(7),
    });
    const signed = await sign(family.investigator, created.id, { signerName: 'Lucia Torres', signerRole: 'parent', personId: family.people.mother.id });
    const plan = await approvePlan(family.investigator, supervisor, signed);
    const refused = await submitDecision(family.investigator, family.investigationId, { decision: 'close' });
    expect(unmetCodes(refused)).toEqual(['safety_plans_settled']);

    const ended = await family.investigator.post(`/api/safety-plans/${plan.id}/reviews`, {
      reviewedOn: dayFromToday(0),
      outcome: 'end',
      note: 'The partner moved out; no threat remains.',
    });
    expect(ended.statusCode, ended.body).toBe(201);
    expect((await submitDecision(family.investigator, family.investigationId, { decision: 'close' })).statusCode).toBe(200);
    expect((await approveDecision(family.investigationId)).statusCode).toBe(200);
  });

  it('rechecks the rules when the supervisor approves', async () => {
    const family = await investigationReadyForDecision(h, { safety: 'safe_with_plan', risk: 'low', finding: 'unsubstantiated' });
    expect((await submitDecision(family.investigator, family.investigationId, { decision: 'close' })).statusCode).toBe(200);
    // A plan approved while the decision waited would be orphaned by the close.
    const created = await createPlan(family.investigator, family.investigationId, {
      actions: [rosaAction(family.people.grandmother.id)],
      nextReviewOn: dayFromToday(7),
    });
    const signed = await sign(family.investigator, created.id, { signerName: 'Lucia Torres', signerRole: 'parent', personId: family.people.mother.id });
    await approvePlan(family.investigator, supervisor, signed);
    const refused = await approveDecision(family.investigationId);
    expect(refused.statusCode).toBe(422);
    expect(unmetCodes(refused)).toEqual(['safety_plans_settled']);
    expect((await family.investigator.get(`/api/investigations/${family.investigationId}`)).json().status).toBe('open');
  });
});

describe('seeing only some children (INV-8)', () => {
  it('seeing the alleged victim but not her brother in the home still blocks closing', async () => {
    const family = await investigationReadyForDecision(h, { safety: 'safe', risk: 'low', finding: 'unsubstantiated', seen: false });
    await seeChildren(family.investigator, family.investigationId, [family.people.maya.id]);
    const refused = await submitDecision(family.investigator, family.investigationId, { decision: 'close' });
    expect(refused.json().errors).toEqual([{ path: 'children_seen', message: expect.stringContaining('Not seen: Leo Torres.') }]);
  });
});
