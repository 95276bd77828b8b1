import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createHarness, type Harness } from '../../../test/support/harness.js';
import { submittedScreenIn } from '../../../test/support/journey.js';
import { runHearthCli, standaloneDatabase } from '../../../test/support/standalone-database.js';
import { recordAudit } from './audit.js';
import { verifyAuditChain } from './audit-verify.js';
import { sealedRows } from '../../../test/support/audit-trail.js';

// PLAT-2: every read and change of a family's record is in an append-only, hash-chained audit trail.

interface AuditRow {
  seq: number;
  occurred_at: Date;
  actor_id: string | null;
  action: string;
  record_type: string;
  record_id: string | null;
  person_ids: string[];
  request_id: string | null;
  ip: string | null;
  details: Record<string, unknown>;
  chain_pos: number | null;
}

const requestIdOf = (response: LightMyRequestResponse) => {
  const id = response.headers['x-request-id'];
  expect(typeof id).toBe('string');
  expect((id as string).length).toBeGreaterThan(0);
  return id as string;
};

const auditRowsOf = (h: Harness, requestId: string) =>
  h.database.asOwner(
    async (owner) => (await owner.selectFrom('audit_event').selectAll().where('request_id', '=', requestId).orderBy('seq').execute()) as AuditRow[],
  );

/** Changes audit rows as the owner with triggers off, the way an intruder with the owner's password would. */
const tamper = (h: Harness, work: (owner: Kysely<any>) => Promise<unknown>) =>
  h.database.asOwner((owner) =>
    owner.transaction().execute(async (trx) => {
      await sql`set local session_replication_role = replica`.execute(trx);
      await work(trx);
    }),
  );

describe('the audit trail records who opened and changed what (PLAT-2)', () => {
  let h: Harness;
  let screener: Client;
  let supervisor: Client;
  let admin: Client;
  let family: Awaited<ReturnType<typeof submittedScreenIn>>;

  beforeAll(async () => {
    h = await createHarness();
    screener = await h.signIn('screener');
    supervisor = await h.signIn('supervisor');
    admin = await h.signIn('admin');
    family = await submittedScreenIn(screener);
  });
  afterAll(() => h?.close());

  it('opening a report records the reader, the report, everyone on it, the request id and the address', async () => {
    const response = await supervisor.get(`/api/reports/${family.report.id}`);
    expect(response.statusCode).toBe(200);
    const rows = await auditRowsOf(h, requestIdOf(response));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actor_id: supervisor.userId, action: 'report.read', record_type: 'report', record_id: family.report.id, ip: '127.0.0.1' });
    expect([...rows[0]!.person_ids].sort()).toEqual([family.child.id, family.mother.id, family.father.id, family.partner.id].sort());
  });

  it('opening a person records the reader and that person', async () => {
    const response = await screener.get(`/api/persons/${family.child.id}`);
    expect(response.statusCode).toBe(200);
    const rows = await auditRowsOf(h, requestIdOf(response));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actor_id: screener.userId,
      action: 'person.read',
      record_type: 'person',
      record_id: family.child.id,
      person_ids: [family.child.id],
      ip: '127.0.0.1',
    });
  });

  it('a search records what was asked and whom it showed', async () => {
    const response = await screener.get('/api/persons/search?firstName=Maya&lastName=Torres&dateOfBirth=2018-02-11');
    expect(response.statusCode).toBe(200);
    const shown = response.json().results.map((r: { id: string }) => r.id);
    expect(shown).toContain(family.child.id);
    const rows = await auditRowsOf(h, requestIdOf(response));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actor_id: screener.userId, action: 'person.search', record_type: 'person', record_id: null, ip: '127.0.0.1' });
    expect(rows[0]!.person_ids).toEqual(shown);
    expect(rows[0]!.details).toMatchObject({ firstName: 'Maya', lastName: 'Torres', dateOfBirth: '2018-02-11' });
  });

  it('an approval records the decision and the investigation it opened, under one request id', async () => {
    const { report } = await submittedScreenIn(screener);
    const response = await supervisor.post(`/api/reports/${report.id}/approve`, { version: report.version });
    expect(response.statusCode, response.body).toBe(200);
    const investigationId = response.json().investigation.id;
    const rows = await auditRowsOf(h, requestIdOf(response));
    expect(rows.map((r) => [r.action, r.record_type, r.record_id])).toEqual([
      ['investigation.create', 'investigation', investigationId],
      ['event.record', 'investigation', investigationId],
      ['approval.approve', 'report', report.id],
      ['report.approve', 'report', report.id],
    ]);
    for (const row of rows) expect(row).toMatchObject({ actor_id: supervisor.userId, ip: '127.0.0.1' });
    expect(rows[1]!.details).toMatchObject({ type: 'report.screened_in', created: expect.arrayContaining([expect.any(String)]) });
    expect(rows[3]!.details).toMatchObject({ investigationId });
  });

  it('gives each request its own id', async () => {
    const ids = new Set<string>();
    for (let i = 0; i < 3; i++) ids.add(requestIdOf(await screener.get(`/api/reports/${family.report.id}`)));
    expect(ids.size).toBe(3);
  });

  it('a stale write (409) leaves no audit row, because the row and the change share one transaction', async () => {
    const draft = (await screener.post('/api/reports', {})).json();
    const first = await screener.patch(`/api/reports/${draft.id}`, { version: draft.version, narrative: 'First tab wrote this.' });
    expect(first.statusCode).toBe(200);
    expect((await auditRowsOf(h, requestIdOf(first))).map((r) => r.action)).toEqual(['report.update']);

    const stale = await screener.patch(`/api/reports/${draft.id}`, { version: draft.version, narrative: 'Second tab, stale.' });
    expect(stale.statusCode).toBe(409);
    expect(await auditRowsOf(h, requestIdOf(stale))).toEqual([]);
    const updates = await h.database.asOwner((owner) =>
      owner.selectFrom('audit_event').select('seq').where('record_id', '=', draft.id).where('action', '=', 'report.update').execute(),
    );
    expect(updates).toHaveLength(1);
  });

  it('an approval that fails after it began changing the report leaves neither the change nor an audit row', async () => {
    const { report } = await submittedScreenIn(screener);
    const southInvestigator = await h.signIn('south.investigator');
    // The approval bumps the report and writes the review before it checks the investigator, then fails.
    const response = await supervisor.post(`/api/reports/${report.id}/approve`, { version: report.version, investigatorId: southInvestigator.userId });
    expect(response.statusCode, response.body).toBe(400);
    expect(await auditRowsOf(h, requestIdOf(response))).toEqual([]);
    const after = (await supervisor.get(`/api/reports/${report.id}`)).json();
    expect(after).toMatchObject({ status: 'submitted', version: report.version, investigation: null });
    expect(after.reviews.map((r: { action: string }) => r.action)).toEqual(['submitted']);
  });

  it('the application role can add audit rows but cannot read, change or remove them', async () => {
    const app = h.database.app;
    await expect(sql`select count(*) from audit_event`.execute(app)).rejects.toThrow(/permission denied for table audit_event/);
    await expect(sql`update audit_event set action = 'report.read' where seq = 1`.execute(app)).rejects.toThrow(/permission denied/);
    await expect(sql`delete from audit_event where seq = 1`.execute(app)).rejects.toThrow(/permission denied/);
    await expect(sql`truncate audit_event`.execute(app)).rejects.toThrow(/permission denied/);
    const before = await h.database.asOwner(async (owner) =>
      Number((await sql<{ n: number }>`select count(*) as n from audit_event`.execute(owner)).rows[0]!.n),
    );
    await recordAudit(app, { userId: screener.userId, requestId: 'insert-only-check', ip: '127.0.0.1' }, [{ action: 'report.list', recordType: 'report' }]);
    const after = await h.database.asOwner(async (owner) =>
      Number((await sql<{ n: number }>`select count(*) as n from audit_event`.execute(owner)).rows[0]!.n),
    );
    expect(after).toBe(before + 1);
  });

  it('even the owner cannot change a sealed audit row while the append-only trigger is on', async () => {
    const { rows } = await h.database.asOwner((owner) =>
      verifyAuditChain(owner).then(async () =>
        sql<{ seq: number }>`select seq from audit_event where seq <= (select last_seq from audit_seal_head) order by seq limit 1`.execute(owner),
      ),
    );
    const seq = rows[0]!.seq;
    await expect(h.database.asOwner((owner) => sql`update audit_event set action = 'report.read' where seq = ${seq}`.execute(owner))).rejects.toThrow(
      /append-only/,
    );
    await expect(h.database.asOwner(verifyAuditChain)).resolves.toMatchObject({ ok: true });
  });

  describe('administrators search the trail by person, user and date', () => {
    let supervisorReadSeq: number;
    let supervisorReadAt: Date;
    let otherPersonReadSeq: number;
    type Event = {
      seq: number;
      actorId: string | null;
      action: string;
      recordId: string | null;
      personIds: string[];
      requestId: string | null;
      ip: string | null;
    };
    const search = async (query: string) => {
      const response = await admin.get(`/api/audit?${query}`);
      expect(response.statusCode, response.body).toBe(200);
      return response.json().events as Event[];
    };

    beforeAll(async () => {
      const read = await supervisor.get(`/api/reports/${family.report.id}`);
      const [row] = await auditRowsOf(h, requestIdOf(read));
      supervisorReadSeq = row!.seq;
      supervisorReadAt = new Date(row!.occurred_at);
      await screener.get('/api/persons/search?firstName=Maya&lastName=Torres');
      // Someone else's file: the seeded Smyth family.
      const jon = (await screener.get('/api/persons/search?firstName=Jon&lastName=Smyth&dateOfBirth=2016-03-14')).json().results[0];
      const other = await screener.get(`/api/persons/${jon.id}`);
      otherPersonReadSeq = (await auditRowsOf(h, requestIdOf(other)))[0]!.seq;
    });

    it('by person: every event about the child, including reads of reports that list the child, and nothing about anyone else', async () => {
      const events = await search(`personId=${family.child.id}`);
      expect(events.length).toBeGreaterThan(0);
      for (const event of events) expect(event.recordId === family.child.id || event.personIds.includes(family.child.id)).toBe(true);
      const actions = new Set(events.map((e) => e.action));
      for (const action of ['person.create', 'person.read', 'person.search', 'report.update', 'report.submit', 'report.read'])
        expect(actions).toContain(action);
      expect(events.find((e) => e.seq === supervisorReadSeq)).toMatchObject({
        actorId: supervisor.userId,
        action: 'report.read',
        recordId: family.report.id,
        ip: '127.0.0.1',
      });
      expect(events.map((e) => e.seq)).not.toContain(otherPersonReadSeq);
      expect(events.map((e) => e.seq)).toEqual([...events.map((e) => e.seq)].sort((a, b) => b - a));
    });

    it('by person and user: only that user’s events about the child', async () => {
      const events = await search(`personId=${family.child.id}&userId=${supervisor.userId}`);
      expect(events.map((e) => e.seq)).toContain(supervisorReadSeq);
      expect(new Set(events.map((e) => e.actorId))).toEqual(new Set([supervisor.userId]));
      const bySupervisorOnly = await search(`userId=${supervisor.userId}`);
      expect(new Set(bySupervisorOnly.map((e) => e.actorId))).toEqual(new Set([supervisor.userId]));
      expect(bySupervisorOnly.map((e) => e.action)).toContain('session.sign_in');
    });

    it('by date, counted in whole days of the agency’s time zone', async () => {
      const zone = h.config.HEARTH_TIME_ZONE;
      const day = (at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
      const shift = (isoDay: string, days: number) => new Date(Date.parse(`${isoDay}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
      const readDay = day(supervisorReadAt);
      const seqs = async (query: string) => (await search(`personId=${family.child.id}&${query}`)).map((e) => e.seq);
      expect(await seqs(`from=${readDay}&to=${readDay}`)).toContain(supervisorReadSeq);
      expect(await seqs(`from=${readDay}`)).toContain(supervisorReadSeq);
      expect(await seqs(`to=${readDay}`)).toContain(supervisorReadSeq);
      expect(await seqs(`from=${shift(readDay, 1)}`)).not.toContain(supervisorReadSeq);
      expect(await seqs(`to=${shift(readDay, -1)}`)).not.toContain(supervisorReadSeq);
    });

    it('a late-evening event belongs to that evening’s date in the agency’s zone, not the UTC date', async () => {
      expect(h.config.HEARTH_TIME_ZONE).toBe('America/New_York');
      const personId = randomUUID();
      // 2026-03-11 03:30Z is 23:30 on 10 March in New York; 04:30Z is 00:30 on 11 March.
      const [lateEvening, afterMidnight] = await h.database.asOwner(async (owner) => {
        const insert = (at: string) =>
          owner
            .insertInto('audit_event')
            .values({
              occurred_at: at,
              actor_id: supervisor.userId,
              action: 'person.read',
              record_type: 'person',
              record_id: personId,
              person_ids: [personId],
              request_id: `tz-${at}`,
              ip: '127.0.0.1',
            })
            .returning('seq')
            .executeTakeFirstOrThrow()
            .then((r: { seq: number }) => Number(r.seq));
        return [await insert('2026-03-11T03:30:00Z'), await insert('2026-03-11T04:30:00Z')];
      });
      const seqs = async (query: string) => (await search(`personId=${personId}&${query}`)).map((e) => e.seq);
      expect(await seqs('from=2026-03-10&to=2026-03-10')).toEqual([lateEvening]);
      expect(await seqs('from=2026-03-11&to=2026-03-11')).toEqual([afterMidnight]);
      expect(await seqs('from=2026-03-10&to=2026-03-11')).toEqual([afterMidnight, lateEvening]);
    });

    it('the search itself is audited', async () => {
      const response = await admin.get(`/api/audit?personId=${family.child.id}`);
      const rows = await auditRowsOf(h, requestIdOf(response));
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ actor_id: admin.userId, action: 'audit.search', record_type: 'audit', person_ids: [family.child.id] });
    });

    it('a malformed filter is a validation problem', async () => {
      const response = await admin.get('/api/audit?personId=someone&from=yesterday');
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json().errors.map((e: { path: string }) => e.path)).toEqual(expect.arrayContaining(['personId', 'from']));
    });

    it.each(['screener', 'supervisor', 'qa', 'manager'])('%s may not search the audit trail (403)', async (username) => {
      const client = await h.signIn(username);
      const response = await client.get(`/api/audit?personId=${family.child.id}`);
      expect(response.statusCode).toBe(403);
      expect(response.json().code).toBe('forbidden_action');
      expect(response.json().events).toBeUndefined();
    });
  });
});

describe('the audit chain shows tampering (PLAT-2)', () => {
  let h: Harness;
  type ChainRow = { seq: number; chain_pos: number; action: string };
  const chain = () => h.database.asOwner(async (owner) => (await sql<ChainRow>`${sealedRows} order by chain_pos`.execute(owner)).rows);

  beforeAll(async () => {
    h = await createHarness();
    const screener = await h.signIn('screener');
    await submittedScreenIn(screener);
  });
  afterAll(() => h?.close());

  it('an untouched trail verifies, and so does one that has only grown', async () => {
    const first = await h.database.asOwner(verifyAuditChain);
    expect(first.ok).toBe(true);
    expect(first.rows).toBeGreaterThan(10);
    const rows = await chain();
    expect(rows).toHaveLength(first.rows);
    expect(rows.map((r) => Number(r.chain_pos))).toEqual(rows.map((_, i) => i + 1));

    const supervisor = await h.signIn('supervisor');
    await supervisor.get('/api/approvals');
    const second = await h.database.asOwner(verifyAuditChain);
    expect(second).toEqual({ ok: true, rows: first.rows + 2 }); // the sign-in and the list
  });

  it('an altered row is named by its seq; putting it back makes the chain whole again', async () => {
    const rows = await chain();
    const victim = rows[Math.floor(rows.length / 2)]!;
    await tamper(h, (owner) => sql`update audit_event set action = 'person.search' where seq = ${victim.seq}`.execute(owner));
    const result = await h.database.asOwner(verifyAuditChain);
    expect(result).toMatchObject({ ok: false, rows: Number(victim.chain_pos) - 1, firstBad: { seq: Number(victim.seq), chainPos: Number(victim.chain_pos) } });
    expect(!result.ok && result.firstBad.reason).toMatch(/altered/);

    await tamper(h, (owner) => sql`update audit_event set action = ${victim.action} where seq = ${victim.seq}`.execute(owner));
    expect(await h.database.asOwner(verifyAuditChain)).toMatchObject({ ok: true, rows: rows.length });
  });

  it('a row deleted from the middle is named by its chain position and the row after the gap', async () => {
    const rows = await chain();
    const index = Math.floor(rows.length / 3);
    const victim = rows[index]!;
    const next = rows[index + 1]!;
    await tamper(h, (owner) => sql`delete from audit_event where seq = ${victim.seq}`.execute(owner));
    const result = await h.database.asOwner(verifyAuditChain);
    expect(result).toMatchObject({ ok: false, rows: Number(victim.chain_pos) - 1, firstBad: { seq: null, chainPos: Number(victim.chain_pos) } });
    expect(!result.ok && result.firstBad.reason).toContain(`before seq ${next.seq}`);
  });
});

describe('`hearth audit verify` on the command line (PLAT-2)', () => {
  it('exits 0 on an intact trail, then non-zero naming the altered row’s seq', { timeout: 60_000 }, async () => {
    const standalone = await standaloneDatabase();
    try {
      let database = await standalone.open();
      await recordAudit(database.app, { userId: null, requestId: 'cli-check', ip: '127.0.0.1' }, [
        { action: 'report.list', recordType: 'report' },
        { action: 'person.search', recordType: 'person', details: { lastName: 'Torres' } },
        { action: 'report.list', recordType: 'report' },
      ]);
      await database.close();

      const intact = await runHearthCli(['audit', 'verify'], standalone.env);
      expect(intact.code, intact.stderr).toBe(0);
      expect(intact.stdout).toMatch(/OK\b.*\b3 rows/);

      database = await standalone.open();
      const seq = await database.asOwner(async (owner) => {
        const row = (await sql<{ seq: number }>`select seq from (${sealedRows}) s where chain_pos = 2`.execute(owner)).rows[0];
        expect(row, 'the CLI sealed the rows into the chain').toBeDefined();
        await owner.transaction().execute(async (trx) => {
          await sql`set local session_replication_role = replica`.execute(trx);
          await sql`update audit_event set details = '{"lastName":"Smith"}' where seq = ${row!.seq}`.execute(trx);
        });
        return Number(row!.seq);
      });
      await database.close();

      const tampered = await runHearthCli(['audit', 'verify'], standalone.env);
      expect(tampered.code).not.toBe(0);
      expect(tampered.stderr).toContain(`seq ${seq} `);
      expect(tampered.stderr).toMatch(/FAILED/);
    } finally {
      await standalone.remove();
    }
  });

  it('exits non-zero when the newest rows or the newest seal have been removed', { timeout: 60_000 }, async () => {
    const standalone = await standaloneDatabase();
    try {
      let database = await standalone.open();
      await recordAudit(
        database.app,
        { userId: null, requestId: 'cli-tail', ip: '127.0.0.1' },
        [1, 2, 3, 4].map(() => ({ action: 'report.list', recordType: 'report' }) as const),
      );
      await database.asOwner(verifyAuditChain);
      await database.asOwner((owner) =>
        owner.transaction().execute(async (trx) => {
          await sql`set local session_replication_role = replica`.execute(trx);
          await sql`delete from audit_event where seq > (select max(seq) - 2 from audit_event)`.execute(trx);
        }),
      );
      await database.close();
      const rowsCut = await runHearthCli(['audit', 'verify'], standalone.env);
      expect(rowsCut.code).not.toBe(0);
      expect(rowsCut.stderr).toMatch(/FAILED — first bad row: chain position 3: .*the end of the trail was cut off/);

      database = await standalone.open();
      await database.asOwner((owner) => sql`delete from audit_seal`.execute(owner));
      await database.close();
      const sealCut = await runHearthCli(['audit', 'verify'], standalone.env);
      expect(sealCut.code).not.toBe(0);
      expect(sealCut.stderr).toMatch(/FAILED.*the seal head names seal 1/);
    } finally {
      await standalone.remove();
    }
  });
});
