import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealedRows } from '../../../test/support/audit-trail.js';
import { createHarness, type Harness } from '../../../test/support/harness.js';
import { onPostgresOnly } from '../../../test/support/postgres-only.js';
import { recordAudit } from './audit.js';
import { verifyAuditChain } from './audit-verify.js';

// PLAT-2, issue 10: the audit trail is sealed in batches (decision 0004); a seal never rewrites a row
// and a cut-off end of the trail is found. The trail's recording and tamper tests are in audit.test.ts.

describe('sealing appends seals and never rewrites a row; a cut-off end shows (PLAT-2, issue 10)', () => {
  let h: Harness;
  const entry = { action: 'report.list', recordType: 'report' } as const;
  const addRows = (n: number, requestId: string) =>
    recordAudit(
      h.database.app,
      { userId: null, requestId, ip: '127.0.0.1' },
      Array.from({ length: n }, () => entry),
    );
  /** Tampers as the owner with triggers off, verifies inside the same transaction, then undoes the tampering. */
  const verifyWhileTampered = (work: (owner: Kysely<any>) => Promise<unknown>) =>
    h.database.asOwner(async (owner) => {
      let result: Awaited<ReturnType<typeof verifyAuditChain>> | undefined;
      await owner
        .transaction()
        .execute(async (trx) => {
          await sql`set local session_replication_role = replica`.execute(trx);
          await work(trx);
          await sql`set local session_replication_role = origin`.execute(trx);
          result = await verifyAuditChain(trx);
          throw new Error('undo');
        })
        .catch((error: Error) => {
          if (error.message !== 'undo') throw error;
        });
      return result!;
    });
  const sealed = () =>
    h.database.asOwner(async (owner) => (await sql<{ seq: number; chain_pos: number }>`${sealedRows} order by chain_pos`.execute(owner)).rows);

  beforeAll(async () => {
    h = await createHarness();
    await addRows(12, 'seal-batches');
  });
  afterAll(() => h?.close());

  it('sealing leaves every row where and as it was, and adds one seal that the head names', async () => {
    const physical = () =>
      h.database.asOwner(
        async (owner) =>
          (await sql<{ seq: number; place: string }>`select seq, ctid::text || '/' || xmin::text as place from audit_event order by seq`.execute(owner)).rows,
      );
    const before = await physical();
    const seals = async () =>
      h.database.asOwner(async (owner) => (await sql<{ id: number }>`select id from audit_seal order by id`.execute(owner)).rows.map((r) => Number(r.id)));
    const sealsBefore = await seals();
    expect(await h.database.asOwner(verifyAuditChain)).toMatchObject({ ok: true, rows: before.length });
    expect(await physical()).toEqual(before);
    const sealsAfter = await seals();
    expect(sealsAfter).toEqual([...sealsBefore, sealsBefore.length + 1]);
    const head = await h.database.asOwner(
      async (owner) =>
        (
          await sql<{
            seal_id: number;
            matches: boolean;
          }>`select h.seal_id, h.seal_hash = s.seal_hash as matches from audit_seal_head h join audit_seal s on s.id = h.seal_id`.execute(owner)
        ).rows[0],
    );
    expect(head).toEqual({ seal_id: sealsAfter.at(-1), matches: true });
    expect(
      await h.database.asOwner(
        async (owner) =>
          (await sql<{ n: number }>`select count(*)::int as n from audit_event where chain_pos is not null or chain_hash is not null`.execute(owner)).rows[0]!
            .n,
      ),
    ).toBe(0);
  });

  it('the application role can run the sealer but cannot read, add, change or remove seals or the head', async () => {
    const app = h.database.app;
    await addRows(1, 'app-seals');
    await expect(sql<{ n: number }>`select hearth_audit_seal() as n`.execute(app)).resolves.toMatchObject({ rows: [{ n: 1 }] });
    for (const table of ['audit_seal', 'audit_seal_head']) {
      await expect(sql`select * from ${sql.table(table)}`.execute(app)).rejects.toThrow(/permission denied/);
      await expect(sql`update ${sql.table(table)} set seal_hash = 'x'`.execute(app)).rejects.toThrow(/permission denied/);
      await expect(sql`delete from ${sql.table(table)}`.execute(app)).rejects.toThrow(/permission denied/);
      await expect(sql`truncate ${sql.table(table)}`.execute(app)).rejects.toThrow(/permission denied/);
    }
    await expect(
      sql`insert into audit_seal (id, first_seq, last_seq, row_count, absent_seqs, seal_hash) values (999, 1, 1, 1, '{}', 'x')`.execute(app),
    ).rejects.toThrow(/permission denied/);
  });

  it('even the owner cannot update, delete or truncate audit rows while the append-only trigger is on', async () => {
    await h.database.asOwner(verifyAuditChain);
    await expect(h.database.asOwner((owner) => sql`update audit_event set action = 'report.read' where seq > 0`.execute(owner))).rejects.toThrow(/append-only/);
    await expect(h.database.asOwner((owner) => sql`delete from audit_event where seq = (select max(seq) from audit_event)`.execute(owner))).rejects.toThrow(
      /append-only/,
    );
    await expect(h.database.asOwner((owner) => sql`truncate audit_event`.execute(owner))).rejects.toThrow(/append-only/);
    await expect(h.database.asOwner(verifyAuditChain)).resolves.toMatchObject({ ok: true });
  });

  it.each([1, 3])('deleting the last %i sealed row(s) is found, naming the first position removed', async (n) => {
    await h.database.asOwner(verifyAuditChain);
    const rows = await sealed();
    const firstGone = rows[rows.length - n]!;
    const result = await verifyWhileTampered((owner) => sql`delete from audit_event where seq >= ${firstGone.seq}`.execute(owner));
    expect(result).toMatchObject({ ok: false, rows: Number(firstGone.chain_pos) - 1, firstBad: { seq: null, chainPos: Number(firstGone.chain_pos) } });
    expect(!result.ok && result.firstBad.reason).toMatch(/deleted after seq \d+: the end of the trail was cut off/);
    await expect(h.database.asOwner(verifyAuditChain)).resolves.toMatchObject({ ok: true, rows: rows.length });
  });

  it('deleting the latest seal is found, with or without its rows, and the sealer will not seal over it', async () => {
    await addRows(2, 'last-seal');
    await h.database.asOwner(verifyAuditChain);
    const rows = await sealed();
    const dropLastSeal = sql`delete from audit_seal where id = (select max(id) from audit_seal)`;
    const withoutSeal = await verifyWhileTampered(async (owner) => {
      await dropLastSeal.execute(owner);
      await sql`savepoint refused`.execute(owner);
      await expect(sql`select hearth_audit_seal()`.execute(owner)).rejects.toThrow(/not the one the seal head names/);
      await sql`rollback to savepoint refused`.execute(owner);
    });
    expect(withoutSeal).toMatchObject({ ok: false, firstBad: { seq: null } });
    expect(!withoutSeal.ok && withoutSeal.firstBad.reason).toMatch(/but the seal head names seal \d+.*the newest seals or rows were removed/);

    const withoutSealOrRows = await verifyWhileTampered(async (owner) => {
      await sql`delete from audit_event where seq >= (select first_seq from audit_seal where id = (select max(id) from audit_seal))`.execute(owner);
      await dropLastSeal.execute(owner);
    });
    expect(withoutSealOrRows).toMatchObject({ ok: false, firstBad: { seq: null } });
    expect(!withoutSealOrRows.ok && withoutSealOrRows.firstBad.reason).toMatch(/the seal head names seal/);

    const withoutHead = await verifyWhileTampered((owner) => sql`delete from audit_seal_head`.execute(owner));
    expect(!withoutHead.ok && withoutHead.firstBad.reason).toMatch(/seal head is missing/);
    await expect(h.database.asOwner(verifyAuditChain)).resolves.toEqual({ ok: true, rows: rows.length });
  });

  it('a row slipped into a sealed range, or a rewritten seal, is found', async () => {
    await h.database.asOwner(verifyAuditChain);
    const rows = await sealed();
    const inserted = await verifyWhileTampered(async (owner) => {
      const gap = (
        await sql<{ seq: number }>`select seq from (select seq, lead(seq) over (order by seq) as next from audit_event) s where next > seq + 1 limit 1`.execute(
          owner,
        )
      ).rows[0];
      const seq = gap ? Number(gap.seq) + 1 : Number(rows[0]!.seq) - 1;
      await sql`insert into audit_event (seq, action, record_type, row_hash) overriding system value values (${seq}, 'report.list', 'report', 'x')`.execute(
        owner,
      );
    });
    expect(inserted.ok).toBe(false);
    const rewritten = await verifyWhileTampered((owner) => sql`update audit_seal set row_count = row_count + 1 where id = 1`.execute(owner));
    expect(rewritten).toMatchObject({ ok: false, rows: 0, firstBad: { seq: null, chainPos: 1 } });
    expect(!rewritten.ok && rewritten.firstBad.reason).toMatch(/seal 1 .* does not follow/);
  });

  onPostgresOnly(() => {
    it('a row committed after later ones is sealed once its transaction ends, never left outside a seal', async () => {
      await h.database.asOwner(verifyAuditChain);
      const headSeq = async () =>
        h.database.asOwner(async (owner) => Number((await sql<{ last_seq: number }>`select last_seq from audit_seal_head`.execute(owner)).rows[0]!.last_seq));
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      let lateSeq = 0;
      let inserted!: () => void;
      const insertedYet = new Promise<void>((resolve) => (inserted = resolve));
      const late = h.database.app.transaction().execute(async (trx) => {
        await recordAudit(trx, { userId: null, requestId: 'late-commit', ip: '127.0.0.1' }, [entry]);
        inserted();
        await gate;
      });
      await insertedYet;
      await addRows(2, 'committed-first');
      const seal = () => h.database.asOwner(async (owner) => Number((await sql<{ n: number }>`select hearth_audit_seal() as n`.execute(owner)).rows[0]!.n));
      const before = await headSeq();
      expect(await seal()).toBe(0);
      expect(await headSeq()).toBe(before);
      release();
      await late;
      lateSeq = await h.database.asOwner(async (owner) =>
        Number((await sql<{ seq: number }>`select seq from audit_event where request_id = 'late-commit'`.execute(owner)).rows[0]!.seq),
      );
      expect(lateSeq).toBeGreaterThan(before);
      expect(await seal()).toBe(3);
      expect(await headSeq()).toBeGreaterThan(lateSeq);
      await expect(h.database.asOwner(verifyAuditChain)).resolves.toMatchObject({ ok: true });
    });

    it('under steady traffic (always some transaction open) rows are sealed on the next run once the ones open before have ended', async () => {
      await h.database.asOwner(verifyAuditChain);
      const seal = () => h.database.asOwner(async (owner) => Number((await sql<{ n: number }>`select hearth_audit_seal() as n`.execute(owner)).rows[0]!.n));
      /** A transaction held open on its own connection until `end()` is called. */
      const holdOpen = async () => {
        let end!: () => void;
        const ended = new Promise<void>((resolve) => (end = resolve));
        let begun!: () => void;
        const started = new Promise<void>((resolve) => (begun = resolve));
        const done = h.database.app.transaction().execute(async (trx) => {
          await sql`select 1`.execute(trx);
          begun();
          await ended;
        });
        await started;
        return async () => {
          end();
          await done;
        };
      };
      const endFirst = await holdOpen();
      await addRows(2, 'steady-1');
      expect(await seal()).toBe(0); // the first transaction could still commit a lower seq
      const endSecond = await holdOpen();
      await endFirst();
      expect(await seal()).toBe(2); // everything open at the last run has ended; the second is newer
      await addRows(1, 'steady-2');
      expect(await seal()).toBe(0);
      await endSecond();
      expect(await seal()).toBe(1);
      await expect(h.database.asOwner(verifyAuditChain)).resolves.toMatchObject({ ok: true });
    });
  });
});
