import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeRiskAssessment, completeSafetyAssessment } from '../../../../../test/support/assessments.js';
import { decisionApprovalFor, investigationReadyForDecision, recordFindings, seeChildren, submitDecision } from '../../../../../test/support/decision.js';
import { type Client, createHarness, type Harness } from '../../../../../test/support/harness.js';
import { openInvestigationFast } from '../../../../../test/support/open-investigation-factory.js';
import { asUser, tasksOf, userIdOf } from '../../../../../test/support/work.js';

/** INV-6, INV-7, SUP-3: the decision, guided by safety and risk, approved by a supervisor. */
let h: Harness;
let supervisor: Client;

beforeAll(async () => {
  h = await createHarness();
  supervisor = await h.signIn('inv.supervisor');
});
afterAll(() => h?.close());

const unmetCodes = (response: { json(): any }) => (response.json().errors as Array<{ path: string }>).map((e) => e.path);

describe('readiness (INV-6, INV-7)', () => {
  it('closing needs both assessments and a finding on every allegation; the 422 names each missing one', async () => {
    const family = await openInvestigationFast(h);
    const base = `/api/investigations/${family.investigationId}/decision`;
    const empty = (await family.investigator.get(base)).json();
    expect(empty).toMatchObject({
      guide: { safetyDecision: null, riskLevel: null, substantiated: false, recommended: [], source: expect.stringContaining('Missouri') },
      decision: { decision: null, status: null, version: 1 },
      approval: null,
    });
    const refused = await family.investigator.post(`${base}/submit`, { version: 1 });
    expect(refused.statusCode).toBe(422);
    expect(unmetCodes(refused)).toEqual(['decision_chosen', 'safety_assessment', 'risk_assessment', 'findings']);
    // Nothing about the decision shows as done before one is chosen (INV-4).
    expect(empty.readiness.map((r: { code: string }) => r.code)).toEqual([
      'decision_chosen',
      'safety_assessment',
      'risk_assessment',
      'findings',
      'no_pending_override',
    ]);

    await completeSafetyAssessment(family.investigator, family.investigationId, 'safe');
    const onlySafety = await submitDecision(family.investigator, family.investigationId, { decision: 'close', reason: 'Low concern after the home visit.' });
    expect(onlySafety.statusCode).toBe(422);
    expect(unmetCodes(onlySafety)).toEqual(['risk_assessment', 'findings', 'children_seen']);
    expect(onlySafety.json().errors.find((e: { path: string }) => e.path === 'children_seen').message).toContain('Not seen: Maya Torres, Leo Torres');
    await seeChildren(family.investigator, family.investigationId, [family.people.maya.id, family.people.leo.id]);

    await completeRiskAssessment(family.investigator, family.investigationId, 'low');
    await recordFindings(family.investigator, family.investigationId, 'unsubstantiated');
    const view = (await family.investigator.get(base)).json();
    expect(view.guide).toMatchObject({ safetyDecision: 'safe', riskLevel: 'low', substantiated: false, recommended: ['close', 'close_with_referral'] });
    expect(view.readiness.every((r: { met: boolean }) => r.met)).toBe(true);
    const submitted = await family.investigator.post(`${base}/submit`, { version: view.decision.version });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json()).toMatchObject({
      decision: { decision: 'close', status: 'pending' },
      approval: { status: 'pending', routedToName: 'Dana Whitfield' },
    });
  });

  it('a decision the guide does not recommend needs a reason of at least 10 characters; the supervisor sees that it differs', async () => {
    const family = await investigationReadyForDecision(h, { safety: 'safe', risk: 'high', finding: 'substantiated' });
    const base = `/api/investigations/${family.investigationId}/decision`;
    expect((await family.investigator.get(base)).json().guide).toMatchObject({ riskLevel: 'high', substantiated: true, recommended: ['open_in_home'] });
    for (const reason of [undefined, 'too short']) {
      const refused = await submitDecision(family.investigator, family.investigationId, { decision: 'close', ...(reason ? { reason } : {}) });
      expect(refused.statusCode).toBe(422);
      expect(refused.json().errors).toEqual([{ path: 'reason_if_not_recommended', message: expect.stringContaining('at least 10 characters') }]);
    }
    const reason = 'The partner has left the home and the mother has a protective order.';
    const submitted = await submitDecision(family.investigator, family.investigationId, { decision: 'close', reason });
    expect(submitted.statusCode, submitted.body).toBe(200);
    const item = (await decisionApprovalFor(supervisor, family.investigationId))!;
    expect(item.summary).toMatchObject({
      number: expect.stringMatching(/^I-/),
      decision: 'close',
      recommended: ['open_in_home'],
      differs: true,
      reason,
      childNames: ['Leo Torres', 'Maya Torres'],
    });
    // The facts the decision rests on sit beside it in the queue (issue 9: supervisors decide blind).
    expect(item.summary).toMatchObject({
      safetyDecision: 'safe',
      riskLevel: 'high',
      findingCounts: { substantiated: 1 },
      childrenNeverSeen: [],
      unseenException: null,
    });

    // Returned: the investigation stays open and the investigator may change the decision again.
    const returned = await supervisor.post(`/api/approvals/${item.id}/return`, {
      version: item.version,
      comment: 'Open the case: the order expires next month.',
    });
    expect(returned.statusCode, returned.body).toBe(200);
    const after = (await family.investigator.get(base)).json();
    expect(after).toMatchObject({
      decision: { status: 'returned' },
      approval: { status: 'returned', comment: 'Open the case: the order expires next month.' },
    });
    expect((await family.investigator.get(`/api/investigations/${family.investigationId}`)).json().status).toBe('open');
    const redrafted = await family.investigator.put(base, { version: after.decision.version, decision: 'open_in_home' });
    expect(redrafted.json().decision).toMatchObject({ decision: 'open_in_home', status: 'draft', reason: null });
  });

  it('closing with a referral names the referral', async () => {
    const family = await investigationReadyForDecision(h, { safety: 'safe', risk: 'low', finding: 'unsubstantiated' });
    const refused = await submitDecision(family.investigator, family.investigationId, { decision: 'close_with_referral' });
    expect(unmetCodes(refused)).toEqual(['community_referral']);
    const submitted = await submitDecision(family.investigator, family.investigationId, {
      decision: 'close_with_referral',
      communityReferral: 'Hartford Family Resource Centre: parenting group',
    });
    expect(submitted.statusCode, submitted.body).toBe(200);
  });
});

describe('approval (INV-7, SUP-3)', () => {
  it('the investigator cannot approve her own decision, nor change it while it waits; a stale version is 409', async () => {
    const family = await investigationReadyForDecision(h, { safety: 'safe', risk: 'low', finding: 'unsubstantiated' });
    const base = `/api/investigations/${family.investigationId}/decision`;
    const stale = await family.investigator.put(base, { version: 99, decision: 'close' });
    expect(stale.statusCode).toBe(409);
    expect((await submitDecision(family.investigator, family.investigationId, { decision: 'close' })).statusCode).toBe(200);
    const item = (await decisionApprovalFor(supervisor, family.investigationId))!;
    expect((await family.investigator.post(`/api/approvals/${item.id}/approve`, { version: item.version })).statusCode).toBe(403);
    const version = (await family.investigator.get(base)).json().decision.version;
    expect((await family.investigator.put(base, { version, decision: 'close_with_referral', communityReferral: 'Parenting group' })).statusCode).toBe(409);

    const approved = await supervisor.post(`/api/approvals/${item.id}/approve`, { version: item.version });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json().outcome).toEqual({ caseId: null });
    const investigation = (await family.investigator.get(`/api/investigations/${family.investigationId}`)).json();
    expect(investigation).toMatchObject({
      status: 'closed',
      abilities: { record: false },
      decision: { decision: 'close', status: 'approved', caseId: null, caseNumber: null },
    });
    // investigation.completed completed the completion clock and stopped the rest.
    const tasks = await tasksOf(h, family.investigationId);
    expect(tasks.find((t) => t.rule_key === 'initial_assessment')?.status).toBe('done');
    expect(tasks.filter((t) => t.status === 'open')).toEqual([]);
    // A closed investigation's decision is read-only.
    expect((await family.investigator.put(base, { version: investigation.version, decision: 'close' })).statusCode).toBe(409);
  });

  it('opening a case needs an ongoing unit in the office (422) and a caseworker from it (400); nothing is half done', async () => {
    const family = await investigationReadyForDecision(h, { safety: 'safe', risk: 'high', finding: 'substantiated' });
    expect((await submitDecision(family.investigator, family.investigationId, { decision: 'open_in_home' })).statusCode).toBe(200);
    const item = (await decisionApprovalFor(supervisor, family.investigationId))!;
    const notACaseworker = await supervisor.post(`/api/approvals/${item.id}/approve`, {
      version: item.version,
      input: { caseworkerId: family.investigator.userId },
    });
    expect(notACaseworker.statusCode).toBe(400);
    expect(notACaseworker.json().errors).toEqual([{ path: 'caseworkerId', message: 'Choose a caseworker from the ongoing services unit' }]);
    const setUnit = (fn: 'ongoing' | null) =>
      h.database.asOwner((owner) => owner.updateTable('org_unit').set({ unit_function: fn }).where('code', '=', 'NORTH-ONG').execute());
    await setUnit(null);
    try {
      const noUnit = await supervisor.post(`/api/approvals/${item.id}/approve`, { version: item.version });
      expect(noUnit.statusCode).toBe(422);
    } finally {
      await setUnit('ongoing');
    }
    // Both refusals rolled back: the request still waits and the investigation is still open.
    expect((await decisionApprovalFor(supervisor, family.investigationId))?.version).toBe(item.version);
    expect((await family.investigator.get(`/api/investigations/${family.investigationId}`)).json()).toMatchObject({
      status: 'open',
      decision: { status: 'pending', caseId: null },
    });
  });
});

describe('need to know (PLAT-1)', () => {
  it('another office gets 404 for the decision and cannot submit one; the database shows it nothing', async () => {
    const family = await openInvestigationFast(h);
    const south = await h.signIn('south.investigator');
    expect((await south.get(`/api/investigations/${family.investigationId}/decision`)).statusCode).toBe(404);
    expect((await south.put(`/api/investigations/${family.investigationId}/decision`, { version: 1, decision: 'close' })).statusCode).toBe(404);
    expect((await south.post(`/api/investigations/${family.investigationId}/decision/submit`, { version: 1 })).statusCode).toBe(404);
    const rows = await asUser(
      h,
      await userIdOf(h, 'south.investigator'),
      async (trx) =>
        (await sql<{ id: string }>`select id from investigation where id = ${family.investigationId}::uuid and decision is null`.execute(trx)).rows,
    );
    expect(rows).toEqual([]);
  });

  it('the hotline screener may neither read the decision nor make it: 404, not 403 (PLAT-1)', async () => {
    const family = await openInvestigationFast(h);
    const screener = await h.signIn('screener');
    expect((await screener.get(`/api/investigations/${family.investigationId}/decision`)).statusCode).toBe(404);
    expect((await screener.put(`/api/investigations/${family.investigationId}/decision`, { version: 1, decision: 'close' })).statusCode).toBe(404);
  });
});
