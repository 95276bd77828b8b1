import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { type RawBuilder, type Transaction, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { takeScreenedInReport } from '../../../test/support/factories.js';
import { assigneeOf } from '../../../test/support/investigation.js';
import { type Client, createHarness, type Harness } from '../../../test/support/harness.js';
import { submittedScreenIn } from '../../../test/support/journey.js';
import type { DB } from '../db/schema.js';

// PLAT-1: need-to-know. One table of (who × how they relate to the record × what they try) → answer.
// Out of scope is always 404 (the record "does not exist" for them); in scope but not allowed is 403.

type Actor =
  | 'screener'
  | 'supervisor'
  | 'assigned investigator'
  | 'other investigator'
  | 'inv.supervisor'
  | 'manager'
  | 'qa'
  | 'admin'
  | 'caseworker'
  | 'south.screener'
  | 'south.supervisor'
  | 'south.investigator';

const actors: Actor[] = [
  'screener',
  'supervisor',
  'assigned investigator',
  'other investigator',
  'inv.supervisor',
  'manager',
  'qa',
  'admin',
  'caseworker',
  'south.screener',
  'south.supervisor',
  'south.investigator',
];

let h: Harness;
const as = {} as Record<Actor, Client>;
/** North: screened in, approved, investigation assigned. */
let investigated: { reportId: string; number: string; version: number; investigationId: string; childId: string };
/** North: screened in and submitted, waiting in the North supervisor's queue. */
let pending: { reportId: string; number: string; version: number; childId: string };
/** South: screened in and submitted by the South screener. */
let south: { reportId: string; orgUnitId: string; childId: string; parentId: string };

beforeAll(async () => {
  h = await createHarness();
  as.screener = await h.signIn('screener');
  as.supervisor = await h.signIn('supervisor');

  // First, the North screener takes a report and the North supervisor approves it.
  const first = await submittedScreenIn(as.screener);
  const approved = await as.supervisor.post(`/api/reports/${first.report.id}/approve`, { version: first.report.version });
  expect(approved.statusCode, approved.body).toBe(200);
  const investigation = approved.json().investigation;
  investigated = {
    reportId: first.report.id,
    number: first.report.number,
    version: approved.json().version,
    investigationId: investigation.id,
    childId: first.child.id,
  };
  // The approving hotline supervisor is not told who was assigned (PLAT-1); the owner looks it up.
  const assignee = await assigneeOf(h, investigation.id);
  expect(['investigator', 'investigator2']).toContain(assignee);
  as['assigned investigator'] = await h.signIn(assignee!);
  as['other investigator'] = await h.signIn(assignee === 'investigator' ? 'investigator2' : 'investigator');

  // A second North report stays in the approval queue.
  const second = await submittedScreenIn(as.screener);
  pending = { reportId: second.report.id, number: second.report.number, version: second.report.version, childId: second.child.id };

  // Meanwhile the South office takes a report about another family.
  as['south.screener'] = await h.signIn('south.screener');
  const taken = await takeScreenedInReport(as['south.screener'], {
    child: { firstName: 'Aiden', lastName: 'Brooks', dateOfBirth: '2017-09-23', sex: 'male' },
    parent: { firstName: 'Renee', lastName: 'Brooks', dateOfBirth: '1989-01-15', sex: 'female' },
    reporterName: 'Sam Ellis',
  });
  south = { reportId: taken.report.id, orgUnitId: taken.report.orgUnit.id, childId: taken.child.id, parentId: taken.parent.id };

  for (const username of ['inv.supervisor', 'manager', 'qa', 'admin', 'caseworker', 'south.supervisor', 'south.investigator'] as const) {
    as[username] = await h.signIn(username);
  }
});
afterAll(() => h?.close());

// --- what each actor tries ---------------------------------------------------------------------

interface Attempt {
  run(client: Client): Promise<LightMyRequestResponse>;
  /** The id a successful answer must be about. */
  expectId?(): string;
}

const attempts = {
  'open the investigated report': { run: (c) => c.get(`/api/reports/${investigated.reportId}`), expectId: () => investigated.reportId },
  'open its investigation': { run: (c) => c.get(`/api/investigations/${investigated.investigationId}`), expectId: () => investigated.investigationId },
  'open the alleged victim': { run: (c) => c.get(`/api/persons/${investigated.childId}`), expectId: () => investigated.childId },
  'open the South report': { run: (c) => c.get(`/api/reports/${south.reportId}`), expectId: () => south.reportId },
  'open the South child': { run: (c) => c.get(`/api/persons/${south.childId}`), expectId: () => south.childId },
  'open a report with a random id': { run: (c) => c.get(`/api/reports/${randomUUID()}`) },
  'open an investigation with a random id': { run: (c) => c.get(`/api/investigations/${randomUUID()}`) },
  'open a person with a random id': { run: (c) => c.get(`/api/persons/${randomUUID()}`) },
  'open a report with a malformed id': { run: (c) => c.get('/api/reports/not-a-uuid') },
  'open an investigation with a malformed id': { run: (c) => c.get(`/api/investigations/${investigated.investigationId}x`) },
  'open a person with a malformed id': { run: (c) => c.get(`/api/persons/${encodeURIComponent("1' or '1'='1")}`) },
  'edit the pending North report': {
    run: (c) => c.patch(`/api/reports/${pending.reportId}`, { version: pending.version, narrative: 'Overwritten from elsewhere.' }),
  },
  'add a person to the pending North report': {
    run: (c) => c.post(`/api/reports/${pending.reportId}/participants`, { version: pending.version, personId: south.childId, role: 'household_member' }),
  },
  'submit the pending North report': { run: (c) => c.post(`/api/reports/${pending.reportId}/submit`, { version: pending.version }) },
  'approve the pending North report': { run: (c) => c.post(`/api/reports/${pending.reportId}/approve`, { version: pending.version }) },
  'return the pending North report': {
    run: (c) => c.post(`/api/reports/${pending.reportId}/return`, { version: pending.version, comment: 'Not yours to return.' }),
  },
  'list investigators for the pending North report': { run: (c) => c.get(`/api/staff/investigators?reportId=${pending.reportId}`) },
  'edit the investigated report': {
    run: (c) => c.patch(`/api/reports/${investigated.reportId}`, { version: investigated.version, narrative: 'Investigator rewrote intake.' }),
  },
} satisfies Record<string, Attempt>;

type AttemptName = keyof typeof attempts;
interface Row {
  actor: Actor;
  relationship: string;
  attempt: AttemptName;
  status: 200 | 400 | 403 | 404;
}

const row = (actor: Actor, relationship: string, attempt: AttemptName, status: Row['status']): Row => ({ actor, relationship, attempt, status });

const table: Row[] = [
  // Reading the North report: authorship, unit scope, assignment and supervision grant it; nothing else does.
  row('screener', 'took the report', 'open the investigated report', 200),
  row('supervisor', 'supervises the North hotline unit', 'open the investigated report', 200),
  row('assigned investigator', 'is assigned the investigation', 'open the investigated report', 200),
  row('other investigator', 'same unit, not assigned, no scope', 'open the investigated report', 404),
  row('inv.supervisor', 'supervises North Investigations Unit', 'open the investigated report', 200),
  row('manager', 'program manager over North Office', 'open the investigated report', 200),
  row('qa', 'QA reviewer with statewide scope', 'open the investigated report', 200),
  row('admin', 'administrator with no caseload', 'open the investigated report', 404),
  row('caseworker', 'North ongoing worker, not on this family', 'open the investigated report', 404),
  row('south.screener', 'South office', 'open the investigated report', 404),
  row('south.supervisor', 'South office', 'open the investigated report', 404),
  row('south.investigator', 'South office', 'open the investigated report', 404),

  // The investigation does not follow the report: the hotline's need to know ends at the screening.
  row('screener', 'took the report, which is not the investigation', 'open its investigation', 404),
  row('supervisor', 'supervises the North hotline unit, not the investigation unit', 'open its investigation', 404),
  row('assigned investigator', 'is assigned the investigation', 'open its investigation', 200),
  row('other investigator', 'same unit, not assigned, no scope', 'open its investigation', 404),
  row('inv.supervisor', 'supervises North Investigations Unit', 'open its investigation', 200),
  row('manager', 'program manager over North Office', 'open its investigation', 200),
  row('qa', 'QA reviewer with statewide scope', 'open its investigation', 200),
  row('admin', 'administrator with no caseload', 'open its investigation', 404),
  row('caseworker', 'North ongoing worker, not on this family', 'open its investigation', 404),
  row('south.screener', 'South office', 'open its investigation', 404),
  row('south.supervisor', 'South office', 'open its investigation', 404),
  row('south.investigator', 'South office', 'open its investigation', 404),

  // The child is visible to whoever may see a report the child is on.
  row('screener', 'created the person', 'open the alleged victim', 200),
  row('assigned investigator', 'is assigned the investigation', 'open the alleged victim', 200),
  row('other investigator', 'same unit, not assigned, no scope', 'open the alleged victim', 404),
  row('manager', 'program manager over North Office', 'open the alleged victim', 200),
  row('qa', 'QA reviewer with statewide scope', 'open the alleged victim', 200),
  row('admin', 'administrator with no caseload', 'open the alleged victim', 404),
  row('caseworker', 'North ongoing worker, not on this family', 'open the alleged victim', 404),
  row('south.screener', 'South office', 'open the alleged victim', 404),
  row('south.supervisor', 'South office', 'open the alleged victim', 404),

  // The same rules, the other way round.
  row('south.screener', 'took the South report', 'open the South report', 200),
  row('south.supervisor', 'supervises the South hotline unit', 'open the South report', 200),
  row('screener', 'North office', 'open the South report', 404),
  row('supervisor', 'North office', 'open the South report', 404),
  row('manager', 'program manager over North Office only', 'open the South report', 404),
  row('qa', 'QA reviewer with statewide scope', 'open the South report', 200),
  row('south.screener', 'created the person', 'open the South child', 200),
  row('screener', 'North office', 'open the South child', 404),

  // Crafted ids: a random id is simply absent for everyone; a malformed one is a validation problem.
  ...actors.flatMap((actor) => [
    row(actor, 'no such record', 'open a report with a random id', 404),
    row(actor, 'no such record', 'open an investigation with a random id', 404),
    row(actor, 'no such record', 'open a person with a random id', 404),
  ]),
  row('screener', 'any caller', 'open a report with a malformed id', 400),
  row('qa', 'any caller', 'open an investigation with a malformed id', 400),
  row('south.screener', 'any caller', 'open a person with a malformed id', 400),

  // Writes: out of scope is 404 (never 403, which would confirm the record exists); in scope but not theirs is 403.
  row('south.screener', 'South office', 'edit the pending North report', 404),
  row('south.screener', 'South office', 'add a person to the pending North report', 404),
  row('south.screener', 'South office', 'submit the pending North report', 404),
  row('south.supervisor', 'South office', 'approve the pending North report', 404),
  row('south.supervisor', 'South office', 'return the pending North report', 404),
  row('south.supervisor', 'South office', 'list investigators for the pending North report', 404),
  row('south.screener', 'South office', 'edit the investigated report', 404),
  row('assigned investigator', 'can see it but did not take it', 'edit the investigated report', 403),
  row('screener', 'took it, but it is already submitted', 'edit the pending North report', 403),
  row('screener', 'can see it but is not a supervisor', 'approve the pending North report', 403),
  row('qa', 'can see it but is not a supervisor', 'approve the pending North report', 403),
];

const codeFor = { 400: 'validation', 403: 'forbidden_action', 404: 'not_found' } as const;

describe('need-to-know across the API (PLAT-1)', () => {
  for (const { actor, relationship, attempt, status } of table) {
    it(`${actor} (${relationship}) tries to ${attempt} → ${status}`, async () => {
      const action: Attempt = attempts[attempt];
      const response = await action.run(as[actor]);
      expect(response.statusCode, response.body).toBe(status);
      if (status === 200) {
        expect(response.json().id).toBe(action.expectId!());
      } else {
        expect(response.headers['content-type']).toContain('application/problem+json');
        expect(response.json()).toMatchObject({ status, code: codeFor[status] });
        // A refusal says nothing about the record itself.
        expect(response.body).not.toContain(investigated.number);
        expect(response.body).not.toContain(pending.number);
        expect(response.body).not.toContain('Torres');
      }
    });
  }

  it('none of the refused writes changed the North reports', async () => {
    const stillPending = (await as.screener.get(`/api/reports/${pending.reportId}`)).json();
    expect(stillPending).toMatchObject({ status: 'submitted', version: pending.version });
    expect(stillPending.narrative).not.toContain('Overwritten');
    expect(stillPending.participants.map((p: { personId: string }) => p.personId)).not.toContain(south.childId);
    expect(stillPending.reviews.map((r: { action: string }) => r.action)).toEqual(['submitted']);
    const stillInvestigated = (await as.screener.get(`/api/reports/${investigated.reportId}`)).json();
    expect(stillInvestigated).toMatchObject({ status: 'approved', version: investigated.version });
    expect(stillInvestigated.narrative).not.toContain('rewrote');
  });
});

describe('searches and lists never reveal another office’s families (PLAT-1)', () => {
  const searchMaya = '/api/persons/search?firstName=Maya&lastName=Torres&dateOfBirth=2018-02-11';

  it('a South screener searching for the North child by exact name and birth date finds nobody', async () => {
    const response = await as['south.screener'].get(searchMaya);
    expect(response.statusCode).toBe(200);
    expect(response.json().results).toEqual([]);
  });

  it('the North screener running the same search finds the child, and the South screener finds their own family', async () => {
    const north = (await as.screener.get(searchMaya)).json().results.map((r: { id: string }) => r.id);
    expect(north).toEqual(expect.arrayContaining([investigated.childId, pending.childId]));
    const own = (await as['south.screener'].get('/api/persons/search?firstName=Aiden&lastName=Brooks')).json().results.map((r: { id: string }) => r.id);
    expect(own).toContain(south.childId);
  });

  it('a North screener searching for the South child finds nobody', async () => {
    const results = (await as.screener.get('/api/persons/search?firstName=Aiden&lastName=Brooks&dateOfBirth=2017-09-23')).json().results;
    expect(results.map((r: { id: string }) => r.id)).not.toContain(south.childId);
    expect(results.filter((r: { lastName: string }) => r.lastName === 'Brooks')).toEqual([]);
  });

  it('the South screener’s work list holds only the South report', async () => {
    const work = (await as['south.screener'].get('/api/my-work')).json();
    expect(work.reports.map((r: { id: string }) => r.id)).toEqual([south.reportId]);
    expect(work.investigations).toEqual([]);
  });

  it('the South investigator has no North investigation in their work list; the assigned North investigator does', async () => {
    const southWork = (await as['south.investigator'].get('/api/my-work')).json();
    expect(southWork).toEqual({ reports: [], investigations: [], cases: [] });
    const northWork = (await as['assigned investigator'].get('/api/my-work')).json();
    expect(northWork.investigations.map((i: { id: string }) => i.id)).toEqual([investigated.investigationId]);
    const otherWork = (await as['other investigator'].get('/api/my-work')).json();
    expect(otherWork.investigations).toEqual([]);
  });

  it('the South supervisor’s approval queue counts only the South report, while North’s submitted report waits for the North supervisor', async () => {
    const southQueue = (await as['south.supervisor'].get('/api/approvals')).json().items;
    expect(southQueue).toHaveLength(1);
    expect(southQueue[0]).toMatchObject({ kind: 'screening_decision', summary: { reportId: south.reportId, childNames: ['Aiden Brooks'] } });
    const northQueue = (await as.supervisor.get('/api/approvals')).json().items.map((i: { summary: { reportId: string } }) => i.summary.reportId);
    expect(northQueue).toEqual([pending.reportId]);
  });

  it('users who supervise nobody have an empty approval queue', async () => {
    for (const actor of ['south.screener', 'qa', 'admin'] as const) {
      const response = await as[actor].get('/api/approvals');
      expect(response.statusCode).toBe(200);
      expect(response.json().items).toEqual([]);
    }
  });
});

describe('the reporter’s identity is for the staff who need it (PLAT-1)', () => {
  it.each(['screener', 'supervisor', 'assigned investigator', 'inv.supervisor', 'manager'] as const)('%s sees who reported', async (actor) => {
    const report = (await as[actor].get(`/api/reports/${investigated.reportId}`)).json();
    expect(report.reporterHidden).toBe(false);
    expect(report.reporter).toMatchObject({ name: 'Nora Quinn', phone: '555-0142', reporterType: 'education' });
  });

  it('a QA reviewer reads the report without the reporter, and the name appears nowhere in the answer', async () => {
    const response = await as.qa.get(`/api/reports/${investigated.reportId}`);
    expect(response.statusCode).toBe(200);
    const report = response.json();
    expect(report.reporter).toBeNull();
    expect(report.reporterHidden).toBe(true);
    expect(report.narrative.length).toBeGreaterThan(0);
    expect(response.body).not.toContain('Nora Quinn');
    expect(response.body).not.toContain('555-0142');
  });
});

describe('row-level security alone keeps offices apart, without the application’s policy (PLAT-1)', () => {
  /** Runs `work` as the application role with the database told who is acting, as each request does. */
  const asUserInDatabase = <T>(userId: string, work: (trx: Transaction<DB>) => Promise<T>) =>
    h.database.app.transaction().execute(async (trx) => {
      await sql`select hearth_begin(${userId})`.execute(trx);
      return work(trx);
    });

  const count = async (trx: Transaction<DB>, query: RawBuilder<unknown>) => Number(((await query.execute(trx)).rows[0] as { n: number | string }).n);

  it('the South screener’s database session sees only South rows', async () => {
    const seen = await asUserInDatabase(as['south.screener'].userId, async (trx) => ({
      reports: await count(trx, sql`select count(*) as n from report`),
      northReports: await count(trx, sql`select count(*) as n from report where org_unit_id <> ${south.orgUnitId}`),
      persons: await count(trx, sql`select count(*) as n from person`),
      northPersons: await count(trx, sql`select count(*) as n from person where org_unit_id <> ${south.orgUnitId}`),
      reporters: await count(trx, sql`select count(*) as n from report_reporter`),
      northReporters: await count(trx, sql`select count(*) as n from report_reporter where report_id <> ${south.reportId}`),
      participants: await count(trx, sql`select count(*) as n from report_participant where report_id <> ${south.reportId}`),
      investigations: await count(trx, sql`select count(*) as n from investigation`),
      byId: await count(trx, sql`select count(*) as n from report where id in (${investigated.reportId}, ${pending.reportId})`),
    }));
    expect(seen).toEqual({
      reports: 1,
      northReports: 0,
      persons: 2,
      northPersons: 0,
      reporters: 1,
      northReporters: 0,
      participants: 0,
      investigations: 0,
      byId: 0,
    });
  });

  it('the North screener’s database session sees the North rows (so the South counts above mean something)', async () => {
    const seen = await asUserInDatabase(as.screener.userId, async (trx) => ({
      byId: await count(trx, sql`select count(*) as n from report where id in (${investigated.reportId}, ${pending.reportId})`),
      southReports: await count(trx, sql`select count(*) as n from report where id = ${south.reportId}`),
      reporters: await count(trx, sql`select count(*) as n from report_reporter where report_id = ${investigated.reportId}`),
    }));
    expect(seen).toEqual({ byId: 2, southReports: 0, reporters: 1 });
  });

  it('the application role cannot read the audit trail at all, whoever is acting', async () => {
    await expect(asUserInDatabase(as['south.screener'].userId, (trx) => sql`select count(*) from audit_event`.execute(trx))).rejects.toThrow(
      /permission denied/,
    );
    await expect(asUserInDatabase(as.screener.userId, (trx) => sql`select count(*) from audit_event`.execute(trx))).rejects.toThrow(/permission denied/);
  });

  it('an UPDATE of a North report from a South session changes nothing', async () => {
    const result = await asUserInDatabase(as['south.screener'].userId, (trx) =>
      sql`update report set narrative = 'changed by the South office' where id = ${investigated.reportId}`.execute(trx),
    );
    expect(result.numAffectedRows).toBe(0n);

    // The same statement from the North screener's session does reach the row (rolled back here).
    class RollBack extends Error {
      constructor(readonly affected: bigint | undefined) {
        super('roll back');
      }
    }
    const rolledBack = await asUserInDatabase(as.screener.userId, async (trx) => {
      const north = await sql`update report set narrative = 'changed by the North office' where id = ${investigated.reportId}`.execute(trx);
      throw new RollBack(north.numAffectedRows);
    }).catch((error: unknown) => error);
    expect(rolledBack).toBeInstanceOf(RollBack);
    expect((rolledBack as RollBack).affected).toBe(1n);

    const narrative = await h.database.asOwner(
      async (owner) => (await owner.selectFrom('report').select('narrative').where('id', '=', investigated.reportId).executeTakeFirstOrThrow()).narrative,
    );
    expect(narrative).toContain('School nurse saw bruises');
  });

  it('a database session with no acting user sees no records at all', async () => {
    const seen = await h.database.app.transaction().execute(async (trx) => ({
      reports: await count(trx, sql`select count(*) as n from report`),
      persons: await count(trx, sql`select count(*) as n from person`),
    }));
    expect(seen).toEqual({ reports: 0, persons: 0 });
  });
});

// PLAT-1 in the database alone: the RLS policies refuse what the application would never send.
describe('row-level security refuses self-granted access and moving a report out of reach', () => {
  let h: Harness;
  let northReportId: string;
  let ids: Record<string, string>;
  beforeAll(async () => {
    h = await createHarness();
    const screener = await h.signIn('screener');
    northReportId = (await submittedScreenIn(screener)).report.id;
    const rows = await h.database.asOwner((owner) => owner.selectFrom('staff_user').select(['id', 'username']).execute());
    ids = Object.fromEntries(rows.map((r: { id: string; username: string }) => [r.username, r.id]));
  });
  afterAll(() => h.close());

  const asUser = <T>(username: string, work: (trx: any) => Promise<T>) =>
    h.database.app.transaction().execute(async (trx) => {
      await sql`select hearth_begin(${ids[username]}::uuid)`.execute(trx);
      return work(trx);
    });

  it('a South screener cannot add herself as a collaborator on a North report', async () => {
    await expect(
      asUser('south.screener', (trx) =>
        sql`insert into record_collaborator (record_type, record_id, user_id, granted_by)
            values ('report', ${northReportId}::uuid, ${ids['south.screener']}::uuid, ${ids['south.screener']}::uuid)`.execute(trx),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('a QA reviewer who can read a report cannot rewrite it', async () => {
    await expect(asUser('qa', (trx) => sql`update report set narrative = 'rewritten' where id = ${northReportId}::uuid`.execute(trx))).rejects.toThrow(
      /row-level security/,
    );
  });

  it('the screener cannot move her report to the South office', async () => {
    const south = await h.database.asOwner((owner) => owner.selectFrom('org_unit').select('id').where('code', '=', 'SOUTH-HOT').executeTakeFirstOrThrow());
    await expect(
      asUser('screener', (trx) => sql`update report set org_unit_id = ${south.id}::uuid where id = ${northReportId}::uuid`.execute(trx)),
    ).rejects.toThrow(/row-level security/);
  });
});
