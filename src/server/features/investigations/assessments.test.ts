import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeRiskAssessment, completeSafetyAssessment, riskAnswers, safetyAnswers } from '../../../../test/support/assessments.js';
import { type Client, createHarness, type Harness } from '../../../../test/support/harness.js';
import { openInvestigation } from '../../../../test/support/investigation.js';
import { asUser, tasksOf, userIdOf } from '../../../../test/support/work.js';

/** INV-3, INV-5, INV-8: the safety and risk assessments of an investigation. */
let h: Harness;
let south: Client;
let invSupervisor: Client;

beforeAll(async () => {
  h = await createHarness();
  [south, invSupervisor] = await Promise.all([h.signIn('south.investigator'), h.signIn('inv.supervisor')]);
});
afterAll(() => h?.close());

const url = (id: string, kind: string) => `/api/investigations/${id}/assessments/${kind}`;
const queueOf = async (client: Client) => (await client.get('/api/approvals')).json().items as Array<{ id: string; kind: string; subjectId: string; version: number; summary: Record<string, unknown> }>;

describe('INV-3/INV-8 safety assessment covers every child in the home', () => {
  it('lists the alleged victim and her brother in the home, not the adults or the grandmother outside it', async () => {
    const { investigationId, investigator, people } = await openInvestigation(h);
    const read = await investigator.get(url(investigationId, 'safety'));
    expect(read.statusCode, read.body).toBe(200);
    const body = read.json();
    expect(body).toMatchObject({ kind: 'safety', response: null, safetyDecision: null, threats: [], definition: { key: 'safety-assessment', version: 1 } });
    expect([...body.childIds].sort()).toEqual([people.maya.id, people.leo.id].sort());
  });

  it('a draft keeps partial answers; completing with a child left unanswered is 422 naming the item', async () => {
    const { investigationId, investigator, people } = await openInvestigation(h);
    const answers = safetyAnswers('safe', [people.maya.id, people.leo.id]);
    const draft = await investigator.put(url(investigationId, 'safety'), { answers: { ...answers, cv_rarely_seen: { [people.maya.id]: 'no' } } });
    expect(draft.statusCode, draft.body).toBe(200);
    expect(draft.json().response).toMatchObject({ status: 'draft', version: 1, completedAt: null });
    expect(draft.json().response.result.missing).toEqual(['cv_rarely_seen']);

    const incomplete = await investigator.put(url(investigationId, 'safety'), { answers: { ...answers, cv_rarely_seen: { [people.maya.id]: 'no' } }, version: 1, complete: true });
    expect(incomplete.statusCode).toBe(422);
    expect(incomplete.json().errors).toEqual([expect.objectContaining({ path: 'answers.cv_rarely_seen' })]);

    // A stale version is refused rather than overwriting someone else's answers.
    const stale = await investigator.put(url(investigationId, 'safety'), { answers, version: 7 });
    expect(stale.statusCode).toBe(409);
  });

  it('completing records safety_assessment.completed; a completed assessment cannot change (409)', async () => {
    const { investigationId, investigator } = await openInvestigation(h);
    const done = await completeSafetyAssessment(investigator, investigationId, 'safe');
    expect(done.response).toMatchObject({ status: 'completed', completedAt: expect.any(String) });
    const events = await h.database.asOwner((owner) => owner.selectFrom('domain_event').select(['type', 'subject_type']).where('subject_id', '=', investigationId).where('type', '=', 'safety_assessment.completed').execute());
    expect(events).toEqual([{ type: 'safety_assessment.completed', subject_type: 'investigation' }]);
    const again = await investigator.put(url(investigationId, 'safety'), { answers: done.response.answers, version: done.response.version, complete: true });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toMatch(/can no longer be changed/);
  });

  it('safe with plan names the threat the plan must control', async () => {
    const { investigationId, investigator } = await openInvestigation(h);
    const done = await completeSafetyAssessment(investigator, investigationId, 'safe_with_plan');
    expect(done.threats.map((t: { key: string }) => t.key)).toEqual(['threat_not_protecting']);
    expect(done.threats[0].label.es).toBeTruthy();
  });

  it('an unsafe decision asks the unit supervisor to approve a placement (INV-7)', async () => {
    const { investigationId, investigator } = await openInvestigation(h);
    const done = await completeSafetyAssessment(investigator, investigationId, 'unsafe');
    const request = (await queueOf(invSupervisor)).find((a) => a.subjectId === investigationId && a.kind === 'placement');
    expect(request).toBeDefined();
    expect(request!.summary).toMatchObject({ reason: 'unsafe', safetyAssessmentId: done.response.id, childNames: expect.arrayContaining(['Maya Torres', 'Leo Torres']) });
  });
});

describe('INV-5 risk assessment', () => {
  it.each(['low', 'moderate', 'high', 'very_high'] as const)('scores %s; the final level is the scored one without an override', async (level) => {
    const { investigationId, investigator } = await openInvestigation(h);
    const done = await completeRiskAssessment(investigator, investigationId, level);
    expect(done.riskLevel).toEqual({ scored: level, final: level, override: null });
    expect(done).not.toHaveProperty('safetyDecision');
  });

  it('the risk answers do not touch the safety assessment, and vice versa', async () => {
    const { investigationId, investigator } = await openInvestigation(h);
    await investigator.put(url(investigationId, 'risk'), { answers: riskAnswers('high') });
    const safety = (await investigator.get(url(investigationId, 'safety'))).json();
    expect(safety.response).toBeNull();
    const risk = (await investigator.get(url(investigationId, 'risk'))).json();
    expect(risk.response.status).toBe('draft');
    expect(risk.definition.key).toBe('family-risk');
  });
});

describe('PLAT-1 need to know', () => {
  it('another office gets 404 for reading and recording, and sees no rows at the database', async () => {
    const { investigationId, investigator } = await openInvestigation(h);
    await completeRiskAssessment(investigator, investigationId, 'low');
    expect((await south.get(url(investigationId, 'risk'))).statusCode).toBe(404);
    expect((await south.put(url(investigationId, 'safety'), { answers: {} })).statusCode).toBe(404);
    const rows = await asUser(h, await userIdOf(h, 'south.investigator'), (trx) => trx.selectFrom('instrument_response').select('id').where('subject_id', '=', investigationId).execute());
    expect(rows).toEqual([]);
    // The investigator's own supervisor reads it.
    expect((await invSupervisor.get(url(investigationId, 'risk'))).json().riskLevel.final).toBe('low');
  });

  it('the screener who took the report may read but not record', async () => {
    const { investigationId } = await openInvestigation(h);
    const screener = await h.signIn('screener');
    expect((await screener.get(url(investigationId, 'safety'))).statusCode).toBe(200);
    expect((await screener.put(url(investigationId, 'safety'), { answers: {} })).statusCode).toBe(403);
  });

  it('completing the safety assessment closes its clock (CT: documented within 5 days)', async () => {
    const { investigationId, investigator } = await openInvestigation(h);
    await completeSafetyAssessment(investigator, investigationId, 'safe');
    const tasks = await tasksOf(h, investigationId);
    expect(tasks.filter((t) => t.rule_key === 'safety_assessment').map((t) => t.status)).toEqual(['done']);
  });
});
