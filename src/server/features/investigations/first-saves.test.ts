import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeSafetyAssessment } from '../../../../test/support/assessments.js';
import { takeScreenedInReport } from '../../../../test/support/factories.js';
import { type Client, createHarness, type Harness } from '../../../../test/support/harness.js';
import { openInvestigationFast } from '../../../../test/support/open-investigation-factory.js';
import { injuryScreeningAnswers, submittedScreenIn } from '../../../../test/support/journey.js';
import { userIdOf } from '../../../../test/support/work.js';
import { createPlan, dayFromToday, planUrl, rosaAction, sign } from '../safety-plans/safety-plan.fixtures.js';

/**
 * Client-chosen ids and first saves under concurrency (PLAT-8, INV-2, INV-3, INV-4, INV-6): an id
 * that belongs to a record the caller cannot use gets one 409 whoever owns it, never a 500; a
 * retried create answers the record it made; of concurrent first saves exactly one wins and the
 * others are told 409 — on PostgreSQL the requests really do race (each takes its own connection).
 */
let h: Harness;
let north: Awaited<ReturnType<typeof openInvestigationFast>>;
let south: { investigator: Client; investigationId: string; childId: string };
let northPlan: { id: string; signatureId: string };

const contactsUrl = (id: string) => `/api/investigations/${id}/contacts`;
const visit = (id: string, personIds: string[]) => ({
  id,
  occurredAt: new Date().toISOString(),
  outcome: 'completed',
  method: 'face_to_face',
  location: 'home',
  purpose: 'Initial home visit',
  notes: 'Saw the children at home.',
  participants: personIds.map((personId) => ({ personId, seen: true, interviewedPrivately: false })),
  safetyCheck: { childrenSafe: 'yes', concerns: '' },
});
const statuses = (answers: Array<{ statusCode: number }>) => answers.map((a) => a.statusCode).sort();

beforeAll(async () => {
  h = await createHarness();
  north = await openInvestigationFast(h);
  await completeSafetyAssessment(north.investigator, north.investigationId, 'safe_with_plan');
  const plan = await createPlan(north.investigator, north.investigationId, {
    actions: [rosaAction(north.people.grandmother.id)],
    nextReviewOn: dayFromToday(7),
  });
  const signed = await sign(north.investigator, plan.id, { signerName: 'Lucia Torres', signerRole: 'parent' });
  northPlan = { id: plan.id, signatureId: signed.signatures[0].id };

  // The South office investigates another family.
  const taken = await takeScreenedInReport(await h.signIn('south.screener'), {
    child: { firstName: 'Aiden', lastName: 'Brooks', dateOfBirth: '2017-09-23', sex: 'male' },
    parent: { firstName: 'Renee', lastName: 'Brooks', dateOfBirth: '1989-01-15', sex: 'female' },
    reporterName: 'Sam Ellis',
  });
  const approved = await (await h.signIn('south.supervisor')).post(`/api/reports/${taken.report.id}/approve`, {
    version: taken.report.version,
    investigatorId: await userIdOf(h, 'south.investigator'),
  });
  expect(approved.statusCode, approved.body).toBe(200);
  const investigator = await h.signIn('south.investigator');
  const investigationId: string = approved.json().investigation.id;
  await completeSafetyAssessment(investigator, investigationId, 'safe_with_plan');
  south = { investigator, investigationId, childId: taken.child.id };
});
afterAll(() => h?.close());

describe('an id another office’s record holds (PLAT-8, PLAT-1)', () => {
  it('a contact, safety plan or signature with a hidden record’s id is 409 — the same answer as an id used elsewhere in the caller’s own office', async () => {
    const northContact = await north.investigator.post(contactsUrl(north.investigationId), visit(randomUUID(), [north.people.maya.id]));
    expect(northContact.statusCode, northContact.body).toBe(201);
    const southContact = await south.investigator.post(contactsUrl(south.investigationId), visit(randomUUID(), [south.childId]));
    expect(southContact.statusCode, southContact.body).toBe(201);

    const hidden = [
      await south.investigator.post(contactsUrl(south.investigationId), visit(northContact.json().id, [south.childId])),
      await south.investigator.post(`/api/investigations/${south.investigationId}/safety-plans`, { id: northPlan.id, language: 'en', actions: [] }),
    ];
    const southPlan = await createPlan(south.investigator, south.investigationId, { actions: [] });
    hidden.push(
      await south.investigator.post(planUrl(southPlan.id, '/signatures'), {
        id: northPlan.signatureId,
        signerName: 'Renee Brooks',
        signerRole: 'parent',
        method: 'typed',
      }),
    );
    expect(hidden.map((a) => a.statusCode)).toEqual([409, 409, 409]);
    for (const answer of hidden) {
      expect(answer.json().detail).toBe('That id is already used. Send a new id.');
      expect(answer.body).not.toMatch(/Torres|North|Maya/);
    }
    // An id the caller can see, used under another of their own investigations, gets exactly the same words.
    const second = await openInvestigationFast(h);
    const own = await second.investigator.post(contactsUrl(second.investigationId), visit(northContact.json().id, [second.people.maya.id]));
    expect(own.statusCode).toBe(409);
    expect(own.json().detail).toBe(hidden[0]!.json().detail);

    // Nothing was written and nothing moved between offices.
    const stored = await h.database.asOwner(async (owner) => ({
      contact: await owner.selectFrom('investigation_contact').select('investigation_id').where('id', '=', northContact.json().id).executeTakeFirstOrThrow(),
      plan: await owner.selectFrom('safety_plan').select('investigation_id').where('id', '=', northPlan.id).executeTakeFirstOrThrow(),
      signature: await owner.selectFrom('safety_plan_signature').select('safety_plan_id').where('id', '=', northPlan.signatureId).executeTakeFirstOrThrow(),
    }));
    expect(stored).toEqual({
      contact: { investigation_id: north.investigationId },
      plan: { investigation_id: north.investigationId },
      signature: { safety_plan_id: northPlan.id },
    });
  });

  it('a retried create with the caller’s own id still answers the record it made', async () => {
    const body = visit(randomUUID(), [south.childId]);
    const first = await south.investigator.post(contactsUrl(south.investigationId), body);
    const again = await south.investigator.post(contactsUrl(south.investigationId), body);
    expect([first.statusCode, again.statusCode]).toEqual([201, 200]);
    expect(again.json().id).toBe(first.json().id);
  });
});

describe('concurrent first saves: one wins, the rest get 409 (PLAT-8)', () => {
  it('ten retries of one contact at once make one contact; each answers it (201 once, 200 after)', async () => {
    const body = visit(randomUUID(), [north.people.leo.id]);
    const answers = await Promise.all(Array.from({ length: 10 }, () => north.investigator.post(contactsUrl(north.investigationId), body)));
    expect(statuses(answers)).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
    for (const answer of answers) expect(answer.json().id).toBe(body.id);
    const rows = await h.database.asOwner((owner) => owner.selectFrom('investigation_contact').select('id').where('id', '=', body.id).execute());
    expect(rows).toHaveLength(1);
  });

  it('ten first saves of a safety assessment at once: one 200, nine 409, one response', async () => {
    const opened = await openInvestigationFast(h);
    const url = `/api/investigations/${opened.investigationId}/assessments/safety`;
    const answers = await Promise.all(Array.from({ length: 10 }, () => opened.investigator.put(url, { answers: {} })));
    expect(statuses(answers)).toEqual([200, 409, 409, 409, 409, 409, 409, 409, 409, 409]);
    const rows = await h.database.asOwner((owner) =>
      owner.selectFrom('instrument_response').select('id').where('subject_id', '=', opened.investigationId).execute(),
    );
    expect(rows).toHaveLength(1);
    // The winner's draft is the one every reader sees and the next save (with its version) continues.
    const current = (await opened.investigator.get(url)).json();
    expect(current.response.id).toBe(rows[0]!.id);
    expect((await opened.investigator.put(url, { answers: {}, version: current.response.version })).statusCode).toBe(200);
  });

  it('ten first saves of a report’s screening instrument at once: one 200, nine 409, one response', async () => {
    const screener = await h.signIn('screener');
    const { report } = await submittedScreenIn(screener, { submit: false, answerInstrument: false });
    const url = `/api/reports/${report.id}/screening-instrument`;
    const answers = await Promise.all(Array.from({ length: 10 }, () => screener.put(url, { answers: injuryScreeningAnswers })));
    expect(statuses(answers)).toEqual([200, 409, 409, 409, 409, 409, 409, 409, 409, 409]);
    const rows = await h.database.asOwner((owner) => owner.selectFrom('instrument_response').select('id').where('subject_id', '=', report.id).execute());
    expect(rows).toHaveLength(1);
  });

  it('five extension requests at once: one 201, four 409, one pending approval (INV-6)', async () => {
    const opened = await openInvestigationFast(h);
    const ask = () =>
      opened.investigator.post(`/api/investigations/${opened.investigationId}/extension`, {
        requestedDueOn: dayFromToday(30),
        reason: 'The father is out of state this month.',
      });
    const answers = await Promise.all(Array.from({ length: 5 }, ask));
    expect(statuses(answers)).toEqual([201, 409, 409, 409, 409]);
    for (const refused of answers.filter((a) => a.statusCode === 409)) expect(refused.json().detail).toBe('This is already waiting for approval.');
    const pending = await h.database.asOwner((owner) =>
      owner
        .selectFrom('approval_request')
        .select('id')
        .where('subject_id', '=', opened.investigationId)
        .where('kind', '=', 'extension')
        .where('status', '=', 'pending')
        .execute(),
    );
    expect(pending).toHaveLength(1);
  });

  it('keeps working past the prepared statement’s switch to a generic plan (the partial index is matched by a literal)', async () => {
    // PostgreSQL plans a named statement generically after five runs; a bound parameter in ON
    // CONFLICT's index predicate then stops matching the partial index and every request fails.
    const opened = await openInvestigationFast(h);
    const supervisor = await h.signIn('inv.supervisor');
    for (let round = 1; round <= 8; round++) {
      const asked = await opened.investigator.post(`/api/investigations/${opened.investigationId}/extension`, {
        requestedDueOn: dayFromToday(30 + round),
        reason: `Round ${round}: waiting for records.`,
      });
      expect(asked.statusCode, `round ${round}: ${asked.body}`).toBe(201);
      const item = (await supervisor.get(`/api/approvals/${asked.json().approvalId}`)).json();
      expect((await supervisor.post(`/api/approvals/${item.id}/return`, { version: item.version, comment: 'Ask the school directly.' })).statusCode).toBe(200);
    }
  });
});
