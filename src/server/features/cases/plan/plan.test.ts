import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../../../../test/support/harness.js';
import { emit, tasksOf, userIdOf } from '../../../../../test/support/work.js';
import { completePlan, type PlanFamily, planFamily, planKeys, tinyPng } from './plan.fixtures.js';

/** PLAN-1, PLAN-2, PLAN-5, PLAN-6: the case plan made with the family, approved, revised and reviewed. */
let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h?.close());

const plans = (caseId: string) => `/api/cases/${caseId}/plans`;

async function startDraft(family: PlanFamily) {
  const id = randomUUID();
  const started = await family.caseworker.post(plans(family.caseId), { id });
  expect(started.statusCode, started.body).toBe(201);
  return started.json();
}

const sign = (family: PlanFamily, planId: string, planVersion: number, who: 'mother' | 'father', extra: Record<string, unknown> = {}) =>
  family.caseworker.post(`/api/plans/${planId}/agreements`, {
    id: randomUUID(),
    planVersion,
    personId: who === 'mother' ? family.people.mother.id : family.fatherId,
    signerRole: 'parent',
    outcome: 'agreed',
    ownWords: who === 'mother' ? 'I want my kids safe and I will use the calm-down plan.' : 'I agree, and I can take them on Saturdays.',
    ...(who === 'mother' ? { method: 'typed', typedName: 'Lucia Torres' } : { method: 'drawn', drawing: tinyPng }),
    ...extra,
  });

describe('the case plan with the family (PLAN-1, PLAN-2, PLAN-5, PLAN-6)', () => {
  it('builds a plan from two prioritised needs; both parents sign; the supervisor approves; revise, diff, review', async () => {
    const family = await planFamily(h);
    // A removal starts the profile's first-plan clock, which the approval will close (PLAN-5).
    await emit(h, await userIdOf(h, 'caseworker'), {
      type: 'child.removed',
      subjectType: 'case',
      subjectId: family.caseId,
      childPersonId: family.people.maya.id,
      occurredAt: new Date(),
    });
    const draft = await startDraft(family);
    expect(draft).toMatchObject({ versionNo: 1, status: 'draft', unaddressedNeedIds: [family.needs.supervision, family.needs.parenting] });
    expect(draft.gaps.map((g: { path: string }) => g.path)).toEqual(['parts.safety', 'parts.childNeeds', 'parts.wellBeing', 'needs.0', 'needs.1']);
    // A second click on "Start" makes no second draft.
    expect((await family.caseworker.post(plans(family.caseId), { id: draft.id })).statusCode).toBe(200);

    const keys = planKeys();
    const saved = await family.caseworker.put(`/api/plans/${draft.id}`, completePlan(family, keys, draft.version));
    expect(saved.statusCode, saved.body).toBe(200);
    const plan = saved.json();
    expect(plan.gaps).toEqual([]);
    expect(plan.unaddressedNeedIds).toEqual([]);
    expect(plan.needs.every((n: { addressed: boolean }) => n.addressed)).toBe(true);
    expect(plan.objectives[0].actionSteps[0]).toMatchObject({ responsibleKind: 'participant', responsiblePersonId: family.people.grandmother.id });

    expect(plan.awaitingAgreement.map((p: { name: string }) => p.name).sort()).toEqual(['Daniel Reyes', 'Lucia Torres']);
    expect((await sign(family, plan.id, plan.version, 'mother')).statusCode).toBe(201);
    const fatherSigned = await sign(family, plan.id, plan.version, 'father');
    expect(fatherSigned.statusCode, fatherSigned.body).toBe(201);
    expect(fatherSigned.json().awaitingAgreement).toEqual([]);
    expect(fatherSigned.json().agreements.map((a: { name: string; current: boolean }) => [a.name, a.current])).toEqual([
      ['Lucia Torres', true],
      ['Daniel Reyes', true],
    ]);

    const submitted = await family.caseworker.post(`/api/plans/${plan.id}/submit`, { version: plan.version });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json()).toMatchObject({ status: 'submitted', abilities: { edit: false } });
    const frozenWhileWaiting = await family.caseworker.put(`/api/plans/${plan.id}`, completePlan(family, keys, submitted.json().version));
    expect(frozenWhileWaiting.statusCode).toBe(409);

    const supervisor = await h.signIn('ong.supervisor');
    const item = (await supervisor.get('/api/approvals')).json().items.find((i: { kind: string; summary: { casePlanId: string } }) => i.kind === 'case_plan');
    expect(item.summary).toMatchObject({ casePlanId: plan.id, number: family.caseNumber, objectivesCount: 3, agreedBy: ['Lucia Torres', 'Daniel Reyes'] });
    const approved = await supervisor.post(`/api/approvals/${item.id}/approve`, { version: item.version });
    expect(approved.statusCode, approved.body).toBe(200);
    const inForce = (await family.caseworker.get(`/api/plans/${plan.id}`)).json();
    expect(inForce).toMatchObject({ status: 'approved', abilities: { edit: false, revise: true, review: true } });
    const tasks = await tasksOf(h, family.caseId);
    expect(tasks.find((t) => t.rule_key === 'case_plan')?.status).toBe('done');
    expect(tasks.filter((t) => t.rule_key === 'case_plan_review' && t.status === 'open')).toHaveLength(1);
    // The approved version is immutable in the database, whatever the service does.
    await expect(
      h.database.asOwner((owner) => sql`update case_plan_objective set measure = 'x' where plan_id = ${plan.id}::uuid`.execute(owner)),
    ).rejects.toThrow(/approved case plan/);

    // PLAN-6: a progress review of the plan in force marks the safety objective achieved.
    const review = await family.caseworker.post(`/api/plans/${plan.id}/reviews`, {
      id: randomUUID(),
      reviewedOn: '2027-01-20',
      familyView: 'Grandma picks them up every day now. We feel calmer.',
      ratings: [
        {
          objectiveId: keys.safety,
          rating: 'sustained_change',
          evidence: 'Rosa was there at 3 on every visit; the school confirms pick-ups',
          evidenceFrom: 'parent',
          givenByPersonId: family.people.mother.id,
          outcome: 'achieved',
        },
        {
          objectiveId: keys.childNeeds,
          rating: 'some_change',
          evidence: 'Two calm-downs used, one shouting episode',
          evidenceFrom: 'provider',
          givenByName: 'Family Growth Center',
          outcome: 'continue',
        },
      ],
    });
    expect(review.statusCode, review.body).toBe(201);
    expect(review.json().reviews[0].ratings).toHaveLength(2);

    // PLAN-5: revising makes a new draft with the same objective ids; achieved comes across.
    const revisedId = randomUUID();
    const revised = await family.caseworker.post(`/api/plans/${plan.id}/revise`, { id: revisedId });
    expect(revised.statusCode, revised.body).toBe(201);
    expect(revised.json()).toMatchObject({ versionNo: 2, status: 'draft', previousId: plan.id });
    expect(revised.json().objectives.find((o: { id: string }) => o.id === keys.safety).status).toBe('achieved');
    expect((await family.caseworker.post(`/api/plans/${plan.id}/revise`, { id: revisedId })).statusCode).toBe(200);

    const next = completePlan(family, keys, revised.json().version);
    next.objectives[0]!.status = 'achieved';
    next.objectives[1]!.measure = 'Maya says at each visit that home felt calm that week';
    const added = randomUUID();
    next.objectives.push({ ...next.objectives[2]!, id: added, text: 'Leo starts pre-school three mornings a week', actionSteps: [] });
    const savedNext = await family.caseworker.put(`/api/plans/${revisedId}`, next);
    expect(savedNext.statusCode, savedNext.body).toBe(200);

    const diff = (await family.caseworker.get(`/api/plans/${revisedId}/diff`)).json();
    expect(diff.from).toEqual({ id: plan.id, versionNo: 1 });
    expect(diff.added.map((o: { id: string }) => o.id)).toEqual([added]);
    expect(diff.achieved.map((o: { id: string }) => o.id)).toEqual([keys.safety]);
    expect(diff.changed).toEqual([expect.objectContaining({ id: keys.childNeeds, changes: [expect.objectContaining({ field: 'measure' })] })]);
    expect(diff.unchanged).toBe(1);

    // An agreement to the version the revision replaced is refused, with the field to fix.
    const outdated = await sign(family, plan.id, inForce.version, 'father');
    expect(outdated.statusCode).toBe(409);
    expect(outdated.json()).toMatchObject({ reason: 'case_plan_outdated', errors: [expect.objectContaining({ path: 'planVersion' })] });
    // So is one to an older reading of the current draft.
    const stale = await sign(family, revisedId, revised.json().version, 'mother');
    expect(stale.json().reason).toBe('case_plan_outdated');
    // A father who could not be reached is recorded with the efforts made.
    const notReached = await sign(family, revisedId, savedNext.json().version, 'father', {
      outcome: 'not_reached',
      method: null,
      drawing: null,
      ownWords: null,
      efforts: 'Called twice and wrote to his last address on 2027-01-22.',
    });
    expect(notReached.statusCode, notReached.body).toBe(201);

    const list = (await family.caseworker.get(plans(family.caseId))).json();
    expect(list.items.map((v: { versionNo: number; status: string }) => [v.versionNo, v.status])).toEqual([
      [2, 'draft'],
      [1, 'approved'],
    ]);

    // Every read and write left its audit row on the case, in its own transaction.
    const actions = await h.database.asOwner(async (owner) => {
      const { rows } = await sql<{ action: string }>`select distinct action from audit_event
        where record_type = 'case' and record_id = ${family.caseId}::uuid and action like 'case_plan.%' order by action`.execute(owner);
      return rows.map((r) => r.action);
    });
    expect(actions).toEqual([
      'case_plan.agreement',
      'case_plan.approve',
      'case_plan.create',
      'case_plan.diff',
      'case_plan.list',
      'case_plan.read',
      'case_plan.review',
      'case_plan.submit',
      'case_plan.update',
    ]);
  });

  it('submitting an incomplete plan lists every gap with its path; the supervisor can return it', async () => {
    const family = await planFamily(h);
    const draft = await startDraft(family);
    const keys = planKeys();
    const body = completePlan(family, keys, draft.version);
    body.objectives[0]!.measure = '';
    body.objectives[1]!.targetDate = null;
    const saved = (await family.caseworker.put(`/api/plans/${draft.id}`, body)).json();
    const refused = await family.caseworker.post(`/api/plans/${draft.id}/submit`, { version: saved.version });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ reason: 'case_plan_incomplete' });
    expect(refused.json().errors).toEqual([
      expect.objectContaining({ path: 'objectives.0.measure', code: 'objective_without_measure', params: { subjectId: keys.safety } }),
      expect.objectContaining({ path: 'objectives.1.targetDate', code: 'objective_without_target_date', params: { subjectId: keys.childNeeds } }),
    ]);

    const fixed = (await family.caseworker.put(`/api/plans/${draft.id}`, completePlan(family, keys, saved.version))).json();
    expect((await family.caseworker.post(`/api/plans/${draft.id}/submit`, { version: fixed.version })).statusCode).toBe(200);
    const supervisor = await h.signIn('ong.supervisor');
    const item = (await supervisor.get('/api/approvals')).json().items.find((i: { summary: { casePlanId?: string } }) => i.summary.casePlanId === draft.id);
    const returned = await supervisor.post(`/api/approvals/${item.id}/return`, { version: item.version, comment: 'Add the father’s Saturday visits.' });
    expect(returned.statusCode, returned.body).toBe(200);
    const back = (await family.caseworker.get(`/api/plans/${draft.id}`)).json();
    expect(back).toMatchObject({ status: 'returned', returnComment: 'Add the father’s Saturday visits.', abilities: { edit: true } });
  });

  it('a need whose only objective is dropped is unaddressed again, and a gap (PLAN-2, PLAN-6)', async () => {
    const family = await planFamily(h);
    const draft = await startDraft(family);
    const body = completePlan(family, planKeys(), draft.version);
    body.objectives[1]!.status = 'dropped';
    const saved = (await family.caseworker.put(`/api/plans/${draft.id}`, body)).json();
    expect(saved.unaddressedNeedIds).toEqual([family.needs.parenting]);
    expect(saved.needs.map((n: { addressed: boolean }) => n.addressed)).toEqual([true, false]);
    expect(saved.gaps).toEqual([{ code: 'need_not_addressed', path: 'needs.1', subjectId: family.needs.parenting }]);
  });

  it('bad input is a field-level 400; a stale save is 409; a second draft is refused', async () => {
    const family = await planFamily(h);
    const draft = await startDraft(family);
    const keys = planKeys();
    const before = completePlan(family, keys, draft.version);
    before.objectives[0]!.targetDate = '2026-11-01';
    const early = await family.caseworker.put(`/api/plans/${draft.id}`, before);
    expect(early.statusCode).toBe(400);
    expect(early.json().errors).toEqual([
      expect.objectContaining({ path: 'objectives.0.targetDate', params: expect.objectContaining({ reason: 'target_before_start' }) }),
    ]);

    const wrong = completePlan(family, keys, draft.version);
    wrong.objectives[0]!.needIds = [randomUUID()];
    (wrong.objectives[1]!.actionSteps[0] as Record<string, unknown>).responsibleKind = 'participant';
    (wrong.objectives[1]!.actionSteps[0] as Record<string, unknown>).responsiblePersonId = randomUUID();
    const strangers = await family.caseworker.put(`/api/plans/${draft.id}`, wrong);
    expect(strangers.statusCode).toBe(400);
    expect(strangers.json().errors.map((e: { path: string }) => e.path)).toEqual(['objectives.0.needIds.0', 'objectives.1.actionSteps.0.responsiblePersonId']);

    const noGoal = completePlan(family, keys, draft.version);
    noGoal.objectives[0]!.goalId = randomUUID();
    expect((await family.caseworker.put(`/api/plans/${draft.id}`, noGoal)).json().errors[0].path).toBe('objectives.0.goalId');

    const unsigned = await family.caseworker.post(`/api/plans/${draft.id}/agreements`, {
      id: randomUUID(),
      planVersion: draft.version,
      personId: family.people.mother.id,
      signerRole: 'parent',
      outcome: 'agreed',
    });
    expect(unsigned.statusCode).toBe(400);
    expect(unsigned.json().errors[0].path).toBe('method');

    const grandmotherAsParent = await family.caseworker.post(`/api/plans/${draft.id}/agreements`, {
      id: randomUUID(),
      planVersion: draft.version,
      personId: family.people.grandmother.id,
      signerRole: 'parent',
      outcome: 'agreed',
      method: 'typed',
      typedName: 'Rosa Torres',
    });
    expect(grandmotherAsParent.statusCode).toBe(400);
    expect(grandmotherAsParent.json().errors).toEqual([expect.objectContaining({ path: 'signerRole' })]);

    expect((await family.caseworker.put(`/api/plans/${draft.id}`, completePlan(family, keys, draft.version))).statusCode).toBe(200);
    const stale = await family.caseworker.put(`/api/plans/${draft.id}`, completePlan(family, keys, draft.version));
    expect(stale.statusCode).toBe(409);
    expect(stale.json().reason).toBe('stale_version');
    const second = await family.caseworker.post(plans(family.caseId), { id: randomUUID() });
    expect(second.statusCode).toBe(409);
    expect(second.json().reason).toBe('case_plan_exists');
  });
});
