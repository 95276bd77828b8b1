import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeRiskAssessment, completeSafetyAssessment } from '../../../../test/support/assessments.js';
import { decisionApprovalFor, recordFindings, submitDecision } from '../../../../test/support/decision.js';
import { type Client, createHarness, type Harness } from '../../../../test/support/harness.js';
import { openInvestigationFast } from '../../../../test/support/open-investigation-factory.js';
import { asUser } from '../../../../test/support/work.js';
import { approvePlan, dayFromToday, planUrl, readyPlan, rosaAction } from '../safety-plans/safety-plan.fixtures.js';

/**
 * PLAT-1 (issue 9, item 11): the hotline's need to know ends at the screening. The screener who
 * took the report and the careline supervisor who approved it may see that an investigation
 * exists — its number, status, unit and final disposition — and nothing of its contents; every
 * read and write of it answers 404, and the database shows them none of its rows.
 */
let h: Harness;
let hotline: { screener: Client; supervisor: Client };
let investigator: Client;
/** Open, worked: contact, both assessments, findings, an active safety plan with a review, a pending extension. */
let open: {
  investigationId: string;
  reportId: string;
  number: string;
  contactId: string;
  allegationId: string;
  planId: string;
  planVersion: number;
  extensionApprovalId: string;
  planApprovalId: string;
};
/** Decided and closed: the supervisor approved "close". */
let closed: { investigationId: string; reportId: string; decisionApprovalId: string };

const contactNote = 'Kyle says he will leave the house by Friday.';

function visit(people: { maya: { id: string }; leo: { id: string }; mother: { id: string } }) {
  return {
    id: randomUUID(),
    occurredAt: new Date().toISOString(),
    outcome: 'completed',
    method: 'face_to_face',
    location: 'home',
    purpose: 'Initial home visit',
    notes: contactNote,
    participants: [
      { personId: people.maya.id, seen: true, interviewedPrivately: true },
      { personId: people.leo.id, seen: true, interviewedPrivately: false },
      { personId: people.mother.id, seen: true, interviewedPrivately: false },
    ],
    safetyCheck: { childrenSafe: 'yes', concerns: '' },
  };
}

const ok = async (answer: Promise<LightMyRequestResponse>, status = 200) => {
  const response = await answer;
  expect(response.statusCode, response.body).toBe(status);
  return response.json();
};

beforeAll(async () => {
  h = await createHarness();
  hotline = { screener: await h.signIn('screener'), supervisor: await h.signIn('supervisor') };
  const invSupervisor = await h.signIn('inv.supervisor');

  // First, Ivy works the Torres–Ruiz investigation: a visit, the safety plan (approved, then reviewed), risk, findings.
  const ready = await readyPlan(h);
  investigator = ready.investigator;
  const contact = await ok(investigator.post(`/api/investigations/${ready.investigationId}/contacts`, visit(ready.people)), 201);
  const active = await approvePlan(investigator, invSupervisor, ready.plan);
  const reviewed = await ok(
    investigator.post(planUrl(active.id, '/reviews'), {
      reviewedOn: dayFromToday(-1),
      outcome: 'continue',
      note: 'Rosa visits every day as agreed.',
      nextReviewOn: dayFromToday(14),
    }),
    201,
  );
  await completeRiskAssessment(investigator, ready.investigationId, 'moderate');
  await recordFindings(investigator, ready.investigationId, 'substantiated');
  const extension = await ok(
    investigator.post(`/api/investigations/${ready.investigationId}/extension`, {
      requestedDueOn: '2027-01-15',
      reason: 'The father is out of state until January.',
    }),
    201,
  );
  const detail = await ok(investigator.get(`/api/investigations/${ready.investigationId}`));
  const planApproval = await h.database.asOwner((owner) =>
    owner
      .selectFrom('approval_request')
      .select('id')
      .where('kind', '=', 'safety_plan')
      .where('subject_id', '=', ready.investigationId)
      .executeTakeFirstOrThrow(),
  );
  open = {
    investigationId: ready.investigationId,
    reportId: ready.reportId,
    number: detail.number,
    contactId: contact.id,
    allegationId: detail.allegations[0].id,
    planId: active.id,
    planVersion: reviewed.version,
    extensionApprovalId: extension.approvalId,
    planApprovalId: planApproval.id as string,
  };

  // Meanwhile a second family's investigation is decided "close" and approved.
  const family = await openInvestigationFast(h);
  await ok(family.investigator.post(`/api/investigations/${family.investigationId}/contacts`, visit(family.people)), 201);
  await completeSafetyAssessment(family.investigator, family.investigationId, 'safe');
  await completeRiskAssessment(family.investigator, family.investigationId, 'low');
  await recordFindings(family.investigator, family.investigationId, 'unsubstantiated');
  expect((await submitDecision(family.investigator, family.investigationId, { decision: 'close' })).statusCode).toBe(200);
  const item = (await decisionApprovalFor(invSupervisor, family.investigationId))!;
  await ok(invSupervisor.post(`/api/approvals/${item.id}/approve`, { version: item.version }));
  closed = { investigationId: family.investigationId, reportId: family.reportId, decisionApprovalId: item.id };
});
afterAll(() => h?.close());

const reads = () => ({
  'the investigation': `/api/investigations/${open.investigationId}`,
  'the closed investigation': `/api/investigations/${closed.investigationId}`,
  'its contacts': `/api/investigations/${open.investigationId}/contacts`,
  'its safety assessment': `/api/investigations/${open.investigationId}/assessments/safety`,
  'its risk assessment': `/api/investigations/${open.investigationId}/assessments/risk`,
  'its findings': `/api/investigations/${open.investigationId}/findings`,
  'its decision': `/api/investigations/${open.investigationId}/decision`,
  'the closed decision': `/api/investigations/${closed.investigationId}/decision`,
  'its safety plans': `/api/investigations/${open.investigationId}/safety-plans`,
  'the safety plan': planUrl(open.planId),
  'the family’s PDF': planUrl(open.planId, '/pdf'),
  'the extension approval': `/api/approvals/${open.extensionApprovalId}`,
  'the safety-plan approval': `/api/approvals/${open.planApprovalId}`,
  'the decision approval': `/api/approvals/${closed.decisionApprovalId}`,
  'its approval history': `/api/approvals/history?subjectType=investigation&subjectId=${open.investigationId}`,
  'its clocks': `/api/tasks/record?subjectType=investigation&subjectId=${open.investigationId}`,
});

type Write = [name: string, method: 'post' | 'put', url: string, body: unknown];
const writes = (): Write[] => {
  const inv = `/api/investigations/${open.investigationId}`;
  const rationale = 'Overwritten by someone with no need to know.';
  return [
    [
      'record a contact',
      'post',
      `${inv}/contacts`,
      { ...visit({ maya: { id: randomUUID() }, leo: { id: randomUUID() }, mother: { id: randomUUID() } }), participants: [] },
    ],
    [
      'correct a contact',
      'put',
      `${inv}/contacts/${open.contactId}`,
      { ...visit({ maya: { id: randomUUID() }, leo: { id: randomUUID() }, mother: { id: randomUUID() } }), participants: [], version: 1 },
    ],
    ['save the safety assessment', 'put', `${inv}/assessments/safety`, { answers: {} }],
    [
      'ask for a risk override',
      'post',
      `${inv}/assessments/risk/override`,
      { version: 1, override: { kind: 'discretionary', toLevel: 'high', reason: rationale } },
    ],
    ['record a finding', 'put', `${inv}/findings/${open.allegationId}`, { finding: 'unsubstantiated', rationale, version: 1 }],
    ['save the decision', 'put', `${inv}/decision`, { version: 1, decision: 'close', reason: rationale }],
    ['submit the decision', 'post', `${inv}/decision/submit`, { version: 1 }],
    ['ask for an extension', 'post', `${inv}/extension`, { requestedDueOn: '2027-02-01', reason: rationale }],
    ['start a safety plan', 'post', `${inv}/safety-plans`, { id: randomUUID(), language: 'en', actions: [] }],
    [
      'change the safety plan',
      'put',
      planUrl(open.planId),
      { version: open.planVersion, language: 'en', actions: [rosaAction(randomUUID())], nextReviewOn: null },
    ],
    [
      'sign the safety plan',
      'post',
      planUrl(open.planId, '/signatures'),
      { id: randomUUID(), signerName: 'Someone Else', signerRole: 'parent', method: 'typed' },
    ],
    ['submit the safety plan', 'post', planUrl(open.planId, '/submit'), { version: open.planVersion }],
    ['review the safety plan', 'post', planUrl(open.planId, '/reviews'), { reviewedOn: dayFromToday(-1), outcome: 'end', note: rationale }],
    ['approve the extension', 'post', `/api/approvals/${open.extensionApprovalId}/approve`, { version: 1 }],
    ['return the extension', 'post', `/api/approvals/${open.extensionApprovalId}/return`, { version: 1, comment: rationale }],
  ];
};

const expectNotFound = (response: LightMyRequestResponse) => {
  expect(response.statusCode, response.body).toBe(404);
  expect(response.json()).toMatchObject({ status: 404, code: 'not_found' });
  // A refusal says nothing about the record.
  expect(response.body).not.toContain(open.number);
  expect(response.body).not.toContain('Torres');
  expect(response.body).not.toContain(contactNote);
};

describe('the hotline reads nothing of an investigation (PLAT-1)', () => {
  it('the assigned investigator opens every one of these (so the 404s below are need to know, not broken links)', async () => {
    const answers = await Promise.all(
      Object.entries(reads())
        .filter(([name]) => !name.includes('closed') && name !== 'the decision approval')
        .map(async ([name, url]) => [name, (await investigator.get(url)).statusCode]),
    );
    expect(answers.filter(([, status]) => status !== 200)).toEqual([]);
  });

  for (const who of ['screener', 'supervisor'] as const) {
    it(`the careline ${who} gets 404 on every read of the investigation, its parts, plans, PDF and approvals`, async () => {
      for (const [name, url] of Object.entries(reads())) {
        const response = await hotline[who].get(url);
        expect({ name, status: response.statusCode }).toEqual({ name, status: 404 });
        expectNotFound(response);
      }
    });

    it(`the careline ${who} gets 404 (never 403) on every write, and nothing changes`, async () => {
      const before = await h.database.asOwner(async (owner) => ({
        contacts: (await owner.selectFrom('investigation_contact').select('id').where('investigation_id', '=', open.investigationId).execute()).length,
        plan: await owner.selectFrom('safety_plan').select(['version', 'status']).where('id', '=', open.planId).executeTakeFirstOrThrow(),
        findings: await owner.selectFrom('allegation_finding').select(['finding', 'version']).where('investigation_id', '=', open.investigationId).execute(),
        approvals: await owner.selectFrom('approval_request').select(['id', 'status']).where('subject_id', '=', open.investigationId).orderBy('id').execute(),
      }));
      for (const [name, method, url, body] of writes()) {
        const response = await hotline[who][method](url, body);
        expect({ name, status: response.statusCode }).toEqual({ name, status: 404 });
        expectNotFound(response);
      }
      const after = await h.database.asOwner(async (owner) => ({
        contacts: (await owner.selectFrom('investigation_contact').select('id').where('investigation_id', '=', open.investigationId).execute()).length,
        plan: await owner.selectFrom('safety_plan').select(['version', 'status']).where('id', '=', open.planId).executeTakeFirstOrThrow(),
        findings: await owner.selectFrom('allegation_finding').select(['finding', 'version']).where('investigation_id', '=', open.investigationId).execute(),
        approvals: await owner.selectFrom('approval_request').select(['id', 'status']).where('subject_id', '=', open.investigationId).orderBy('id').execute(),
      }));
      expect(after).toEqual(before);
    });
  }
});

describe('what the hotline may still know (PLAT-1)', () => {
  it('the report view shows the screener only the summary: number, status, unit and final disposition', async () => {
    const response = await hotline.screener.get(`/api/reports/${open.reportId}`);
    expect(response.statusCode).toBe(200);
    expect(response.json().investigation).toEqual({
      id: open.investigationId,
      number: open.number,
      status: 'open',
      orgUnitName: 'North Investigations Unit',
      disposition: null,
      abilities: { open: false },
      investigatorName: null,
      responseDueAt: null,
    });
    expect(response.body).not.toContain(contactNote);
    expect(response.body).not.toContain('Rosa visits every day');

    const decided = (await hotline.supervisor.get(`/api/reports/${closed.reportId}`)).json();
    expect(decided.investigation).toMatchObject({ status: 'closed', disposition: 'close', abilities: { open: false }, investigatorName: null });
  });

  it('the investigator’s view of the same report links the investigation, with its assignee and clock', async () => {
    const report = (await investigator.get(`/api/reports/${open.reportId}`)).json();
    expect(report.investigation).toMatchObject({
      id: open.investigationId,
      abilities: { open: true },
      investigatorName: 'Ivy Chen',
      responseDueAt: expect.any(String),
    });
  });

  it('the screener still opens her own report and the approval of her screening decision', async () => {
    const screening = await h.database.asOwner((owner) =>
      owner
        .selectFrom('approval_request')
        .select('id')
        .where('kind', '=', 'screening_decision')
        .where('subject_id', '=', open.reportId)
        .executeTakeFirstOrThrow(),
    );
    expect((await hotline.screener.get(`/api/reports/${open.reportId}`)).json().status).toBe('approved');
    expect(await ok(hotline.screener.get(`/api/approvals/${screening.id}`))).toMatchObject({
      id: screening.id,
      kind: 'screening_decision',
      status: 'approved',
    });
    const history = await ok(hotline.screener.get(`/api/approvals/history?subjectType=report&subjectId=${open.reportId}`));
    expect(history.items.map((i: { id: string }) => i.id)).toEqual([screening.id]);
  });
});

describe('row-level security alone shows the hotline no investigation rows (PLAT-1)', () => {
  const contentRows = (userId: string) =>
    asUser(h, userId, async (trx) => {
      const count = async (query: ReturnType<typeof sql<{ n: string | number }>>) => Number((await query.execute(trx)).rows[0]!.n);
      const ids = [open.investigationId, closed.investigationId];
      return {
        investigation: await count(sql`select count(*) as n from investigation where id in (${ids[0]}, ${ids[1]})`),
        investigation_contact: await count(sql`select count(*) as n from investigation_contact where investigation_id in (${ids[0]}, ${ids[1]})`),
        allegation_finding: await count(sql`select count(*) as n from allegation_finding where investigation_id in (${ids[0]}, ${ids[1]})`),
        instrument_response: await count(
          sql`select count(*) as n from instrument_response where subject_type = 'investigation' and subject_id in (${ids[0]}, ${ids[1]})`,
        ),
        safety_plan: await count(sql`select count(*) as n from safety_plan where investigation_id = ${ids[0]}`),
        safety_plan_signature: await count(sql`select count(*) as n from safety_plan_signature where safety_plan_id = ${open.planId}`),
        safety_plan_review: await count(sql`select count(*) as n from safety_plan_review where safety_plan_id = ${open.planId}`),
        approval_request: await count(
          sql`select count(*) as n from approval_request where subject_type = 'investigation' and subject_id in (${ids[0]}, ${ids[1]})`,
        ),
        approval_action: await count(
          sql`select count(*) as n from approval_action where approval_id in (${open.extensionApprovalId}, ${open.planApprovalId}, ${closed.decisionApprovalId})`,
        ),
        domain_event: await count(sql`select count(*) as n from domain_event where subject_type = 'investigation' and subject_id in (${ids[0]}, ${ids[1]})`),
        task: await count(sql`select count(*) as n from task where subject_type = 'investigation' and subject_id in (${ids[0]}, ${ids[1]})`),
      };
    });

  it('the investigator’s session finds rows in every content table (so the zeros below mean something)', async () => {
    const seen = await contentRows(investigator.userId);
    expect(Object.entries(seen).filter(([, n]) => n === 0)).toEqual([]);
  });

  for (const who of ['screener', 'supervisor'] as const) {
    it(`the careline ${who}’s database session sees no row of any of them`, async () => {
      const seen = await contentRows(hotline[who].userId);
      expect(seen).toEqual(Object.fromEntries(Object.keys(seen).map((table) => [table, 0])));
    });

    it(`the careline ${who}’s database session can change nothing and add nothing`, async () => {
      const updated = await asUser(h, hotline[who].userId, (trx) =>
        sql`update investigation set status = 'closed' where id = ${open.investigationId}`.execute(trx),
      );
      expect(updated.numAffectedRows).toBe(0n);
      await expect(
        asUser(h, hotline[who].userId, (trx) =>
          sql`insert into investigation_contact (id, investigation_id, occurred_at, outcome, method, location, created_by)
              values (${randomUUID()}, ${open.investigationId}, now(), 'attempted', 'phone', 'office', ${hotline[who].userId})`.execute(trx),
        ),
      ).rejects.toThrow(/row-level security/);
    });

    it(`the careline ${who}’s database session gets the summary, and only for reports it can see`, async () => {
      const summary = await asUser(
        h,
        hotline[who].userId,
        async (trx) => (await sql`select number, status, disposition from hearth_investigation_summary(${closed.reportId})`.execute(trx)).rows,
      );
      expect(summary).toEqual([{ number: expect.stringMatching(/^I-/), status: 'closed', disposition: 'close' }]);
    });
  }

  it('another office gets no summary at all', async () => {
    const south = await h.signIn('south.supervisor');
    const summary = await asUser(h, south.userId, async (trx) => (await sql`select * from hearth_investigation_summary(${closed.reportId})`.execute(trx)).rows);
    expect(summary).toEqual([]);
  });
});
