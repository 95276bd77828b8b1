import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createHarness, type Harness } from '../../../../test/support/harness.js';
import { userIdOf } from '../../../../test/support/work.js';
import {
  approvePlan,
  createPlan,
  dayFromToday,
  drawnText,
  planUrl,
  readyPlan,
  rosaAction,
  safeWithPlanInvestigation,
  sign,
  THREAT,
  tinyPng,
} from './safety-plan.fixtures.js';

/** INV-4: a safety plan built with the family, from the assessment to its end. */
let h: Harness;
let supervisor: Client;

beforeAll(async () => {
  h = await createHarness();
  supervisor = await h.signIn('inv.supervisor');
});
afterAll(() => h?.close());

describe('INV-4 the whole path of a safety plan', () => {
  it('is made from a safe-with-plan assessment with the grandmother as monitor, agreed (typed and drawn), approved, printed, reviewed and ended', async () => {
    const { investigationId, investigator, people } = await safeWithPlanInvestigation(h);

    // The investigator drafts it: the threat from the assessment, Rosa named from the report.
    const draft = await createPlan(investigator, investigationId, { actions: [rosaAction(people.grandmother.id)], nextReviewOn: dayFromToday(7) });
    expect(draft).toMatchObject({ status: 'draft', version: 1, language: 'en', caseId: null, approval: null, signatures: [], reviews: [] });
    expect(draft.threats).toEqual([{ key: THREAT, label: expect.objectContaining({ en: expect.stringContaining('keep a child away') }) }]);
    expect(draft.actions[0]).toMatchObject({
      threat: THREAT,
      responsiblePersonId: people.grandmother.id,
      responsibleName: 'Rosa Torres',
      responsibleKind: 'family_network',
    });
    expect(draft.people.map((p: { name: string }) => p.name)).toContain('Rosa Torres');
    const list = (await investigator.get(`/api/investigations/${investigationId}/safety-plans`)).json();
    expect(list.items).toEqual([expect.objectContaining({ id: draft.id, status: 'draft', actionCount: 1 })]);

    // The mother types her name; the grandmother draws hers.
    await sign(investigator, draft.id, { signerName: 'Lucia Torres', signerRole: 'parent', personId: people.mother.id });
    const signed = await sign(investigator, draft.id, {
      signerName: 'Rosa Torres',
      signerRole: 'family_network',
      personId: people.grandmother.id,
      method: 'drawn',
      drawing: tinyPng,
    });
    expect(signed.signatures).toEqual([
      expect.objectContaining({ signerName: 'Lucia Torres', signerRole: 'parent', method: 'typed', planVersion: 1, current: true }),
      expect.objectContaining({ signerName: 'Rosa Torres', signerRole: 'family_network', method: 'drawn', planVersion: 1, current: true }),
    ]);
    expect(JSON.stringify(signed)).not.toContain('base64'); // drawings stay out of the JSON

    // Submitted, it waits for Dana Whitfield, who sees what she is approving in her queue.
    const submitted = await investigator.post(planUrl(draft.id, '/submit'), { version: signed.version });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json()).toMatchObject({ status: 'pending_approval', approval: { status: 'pending', routedToName: 'Dana Whitfield' } });
    const queued = (await supervisor.get('/api/approvals'))
      .json()
      .items.find((i: { kind: string; summary: { safetyPlanId?: string } }) => i.kind === 'safety_plan' && i.summary.safetyPlanId === draft.id);
    expect(queued.summary).toMatchObject({ investigationId, threatsCount: 1, familyAgreement: ['Lucia Torres'], investigationNumber: expect.any(String) });
    // While it waits, nobody changes the content.
    expect((await investigator.put(planUrl(draft.id), { version: 1, language: 'en', actions: [], nextReviewOn: null })).statusCode).toBe(409);

    const decided = await supervisor.post(`/api/approvals/${queued.id}/approve`, { version: queued.version, comment: 'Good plan; Rosa is a strong support.' });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json().outcome).toEqual({ safetyPlanId: draft.id, status: 'active' });
    const active = (await investigator.get(planUrl(draft.id))).json();
    expect(active).toMatchObject({
      status: 'active',
      approvedAt: expect.any(String),
      approval: { status: 'approved', comment: 'Good plan; Rosa is a strong support.' },
    });

    // The family's copy: a PDF with the threat and the grandmother, and the download is audited.
    const pdf = await investigator.get(planUrl(draft.id, '/pdf'));
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toMatch(/^attachment; filename="safety-plan-.+\.pdf"$/);
    expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = drawnText(pdf.rawPayload);
    expect(text).toContain('keep a child away from someone likely to harm them');
    expect(text).toContain('Who: Rosa Torres (Family or friend)');
    expect(text).toContain('Ivy Chen');
    const downloads = await h.database.asOwner((owner) =>
      owner
        .selectFrom('audit_event')
        .select(['actor_id', 'record_id'])
        .where('action', '=', 'safety_plan.download')
        .where('record_id', '=', investigationId)
        .execute(),
    );
    expect(downloads).toEqual([{ actor_id: investigator.userId, record_id: investigationId }]);

    // Review 1: keep going, review again in two weeks.
    const later = dayFromToday(14);
    const kept = await investigator.post(planUrl(draft.id, '/reviews'), {
      reviewedOn: dayFromToday(-1),
      outcome: 'continue',
      note: 'Kyle has stayed away; Rosa visits daily.',
      nextReviewOn: later,
    });
    expect(kept.statusCode, kept.body).toBe(201);
    expect(kept.json()).toMatchObject({
      status: 'active',
      nextReviewOn: later,
      version: 1,
      reviews: [expect.objectContaining({ outcome: 'continue', recordedByName: 'Ivy Chen', nextReviewOn: later })],
    });

    // Review 2: revise — back to draft at a new version; the family's earlier agreement no longer counts.
    const revised = await investigator.post(planUrl(draft.id, '/reviews'), {
      reviewedOn: dayFromToday(-1),
      outcome: 'revise',
      note: 'Rosa starts a new job; an aunt will cover weekdays.',
    });
    expect(revised.statusCode, revised.body).toBe(201);
    const back = revised.json();
    expect(back).toMatchObject({ status: 'draft', version: 2, approvedAt: null });
    expect(back.signatures.map((s: { current: boolean }) => s.current)).toEqual([false, false]);
    const resubmit = await investigator.post(planUrl(draft.id, '/submit'), { version: 2 });
    expect(resubmit.statusCode).toBe(422);
    expect(resubmit.json().errors).toEqual([{ path: 'signatures', message: expect.stringContaining('parent or caregiver') }]);

    // The mother agrees again; the supervisor returns it once, then approves it.
    const again = await sign(investigator, draft.id, { signerName: 'Lucia Torres', signerRole: 'parent', personId: people.mother.id });
    const second = await investigator.post(planUrl(draft.id, '/submit'), { version: again.version });
    expect(second.statusCode, second.body).toBe(200);
    const item = (await supervisor.get(`/api/approvals/${second.json().approval.id}`)).json();
    const returned = await supervisor.post(`/api/approvals/${item.id}/return`, { version: item.version, comment: 'Name the aunt and her days.' });
    expect(returned.statusCode, returned.body).toBe(200);
    const redraft = (await investigator.get(planUrl(draft.id))).json();
    expect(redraft).toMatchObject({ status: 'draft', version: 2, approval: { status: 'returned', comment: 'Name the aunt and her days.' } });
    const reactivated = await approvePlan(investigator, supervisor, redraft);
    expect(reactivated.status).toBe('active');

    // Review 3: end it.
    const ended = await investigator.post(planUrl(draft.id, '/reviews'), {
      reviewedOn: dayFromToday(-1),
      outcome: 'end',
      note: 'Kyle has moved to another state; no threat remains.',
    });
    expect(ended.statusCode, ended.body).toBe(201);
    expect(ended.json()).toMatchObject({
      status: 'ended',
      endedAt: expect.any(String),
      endedReason: 'Kyle has moved to another state; no threat remains.',
      nextReviewOn: null,
    });
    expect(ended.json().reviews.map((r: { outcome: string }) => r.outcome)).toEqual(['end', 'revise', 'continue']);
    const afterEnd = await investigator.post(planUrl(draft.id, '/reviews'), {
      reviewedOn: dayFromToday(-1),
      outcome: 'continue',
      note: 'Again',
      nextReviewOn: later,
    });
    expect(afterEnd.statusCode).toBe(409);
  });

  it('a Spanish plan prints in Spanish, accents and all', async () => {
    const { investigationId, investigator, people } = await safeWithPlanInvestigation(h);
    const plan = await createPlan(investigator, investigationId, {
      language: 'es',
      actions: [{ ...rosaAction(people.grandmother.id), action: 'Kyle se va de la casa y no vuelve mientras los niños estén.', frequency: 'Todos los días' }],
      nextReviewOn: dayFromToday(7),
    });
    const pdf = await investigator.get(planUrl(plan.id, '/pdf'));
    expect(pdf.statusCode).toBe(200);
    const text = drawnText(pdf.rawPayload);
    expect(text).toContain('Plan de seguridad');
    expect(text).toContain('Un cuidador no aleja, o no puede alejar, a un niño');
    expect(text).toContain('Quién: Rosa Torres (Familiar o amistad)');
    expect(text).toContain('BORRADOR');
  });
});

describe('INV-4 reviews after the investigation closed: the case carries the plan', () => {
  it('the caseworker of the case opened from the investigation may review and revise it; others may not', async () => {
    const { investigationId, investigator, people, plan } = await readyPlan(h);
    const active = await approvePlan(investigator, supervisor, plan);
    // The decision to open a case is another story (INV-7); here the owner opens it and closes the investigation.
    const caseworkerId = await userIdOf(h, 'caseworker');
    const caseId = randomUUID();
    await h.database.asOwner(async (owner) => {
      const unit = await owner.selectFrom('org_unit').select('id').where('code', '=', 'NORTH-ONG').executeTakeFirstOrThrow();
      await owner
        .insertInto('family_case')
        .values({ id: caseId, number: `C-TEST-${caseId.slice(0, 8)}`, kind: 'in_home', org_unit_id: unit.id, investigation_id: investigationId })
        .execute();
      await owner.insertInto('case_assignment').values({ case_id: caseId, user_id: caseworkerId, role: 'primary' }).execute();
      await owner.insertInto('case_participant').values({ case_id: caseId, person_id: people.maya.id, role: 'child' }).execute();
      await owner.updateTable('investigation').set({ status: 'closed', closed_at: new Date(), case_id: caseId }).where('id', '=', investigationId).execute();
      await owner.updateTable('safety_plan').set({ case_id: caseId }).where('id', '=', active.id).execute();
    });

    const caseworker = await h.signIn('caseworker');
    expect((await caseworker.get(planUrl(active.id))).json()).toMatchObject({ status: 'active', caseId });
    const reviewed = await caseworker.post(planUrl(active.id, '/reviews'), {
      reviewedOn: dayFromToday(-1),
      outcome: 'continue',
      note: 'Home visit: plan holding.',
      nextReviewOn: dayFromToday(10),
    });
    expect(reviewed.statusCode, reviewed.body).toBe(201);
    expect(reviewed.json().reviews[0]).toMatchObject({ recordedByName: 'Priya Natarajan' });
    // The investigator, whose investigation is closed, may still record a review, but not change a draft now held by the case.
    const byInvestigator = await investigator.post(planUrl(active.id, '/reviews'), {
      reviewedOn: dayFromToday(-1),
      outcome: 'revise',
      note: 'Family asks to change the visiting times.',
    });
    expect(byInvestigator.statusCode, byInvestigator.body).toBe(201);
    expect((await investigator.put(planUrl(active.id), { version: 2, language: 'en', actions: [], nextReviewOn: null })).statusCode).toBe(409);
    // The caseworker revises the draft, the mother agrees, and the case's supervisor gets the approval.
    const revised = await caseworker.put(planUrl(active.id), {
      version: 2,
      language: 'en',
      actions: [{ ...active.actions[0], frequency: 'Every weekday' }],
      nextReviewOn: dayFromToday(10),
    });
    expect(revised.statusCode, revised.body).toBe(200);
    const signed = await sign(caseworker, active.id, { signerName: 'Lucia Torres', signerRole: 'parent' });
    const submitted = await caseworker.post(planUrl(active.id, '/submit'), { version: signed.version });
    expect(submitted.statusCode, submitted.body).toBe(200);
    const approval = await h.database.asOwner((owner) =>
      owner.selectFrom('approval_request').select(['subject_type', 'subject_id']).where('id', '=', submitted.json().approval.id).executeTakeFirstOrThrow(),
    );
    expect(approval).toEqual({ subject_type: 'case', subject_id: caseId });

    // Neither the screener who took the report nor another investigator has need to know (PLAT-1): 404, not 403.
    const screener = await h.signIn('screener');
    expect((await screener.get(planUrl(active.id))).statusCode).toBe(404);
    const refused = await screener.post(planUrl(active.id, '/reviews'), { reviewedOn: dayFromToday(-1), outcome: 'end', note: 'Not mine to end.' });
    expect(refused.statusCode, refused.body).toBe(404);
    const other = await h.signIn('investigator2');
    expect((await other.post(planUrl(active.id, '/reviews'), { reviewedOn: dayFromToday(-1), outcome: 'end', note: 'Not mine to end.' })).statusCode).toBe(404);
  });
});
