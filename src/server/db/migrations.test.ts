import { execFile } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { Kysely, PGliteDialect, PostgresDialect, sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { earliestMigrationProvider } from '../../../test/support/earliest-migrations.js';
import { accessSummary, schemaSnapshot } from '../../../test/support/schema-snapshot.js';
import { adminQuery, databaseUrl, testDatabaseKind, uniqueName } from '../../../test/support/test-database.js';
import { migrateToLatest, migrateUpTo } from './migrations.js';
import { missingRepairs, up as heal } from './migrations/20261202T1940-heal-edited-migrations.js';
import { verifyAuditChain } from '../platform/audit-verify.js';

const folder = path.join(import.meta.dirname, 'migrations');
const landed: Record<string, string> = JSON.parse(readFileSync(path.join(import.meta.dirname, 'landed-migrations.json'), 'utf8'));
const sha256 = (file: string) =>
  createHash('sha256')
    .update(readFileSync(path.join(folder, file)))
    .digest('hex');

describe('PLAT-2 migrations are never edited after they land', () => {
  it('every landed migration is still there, byte for byte', () => {
    const changed = Object.entries(landed)
      .filter(([file, sum]) => {
        try {
          return sha256(file) !== sum;
        } catch {
          return true; // deleted or renamed
        }
      })
      .map(([file]) => file);
    expect(
      changed,
      `Landed migrations changed or removed: ${changed.join(', ')}. A database that already ran them will never see the change — restore the file and put the change in a new migration.`,
    ).toEqual([]);
  });

  it('every migration file is in the landed list (add a new one with its checksum)', () => {
    const unlisted = readdirSync(folder).filter((file) => file.endsWith('.ts') && !(file in landed));
    expect(unlisted, `Add to src/server/db/landed-migrations.json: ${unlisted.map((f) => `"${f}": "${sha256(f)}"`).join(', ')}`).toEqual([]);
  });
});

/** A scratch database the test owns: PostgreSQL (a new database) or an in-memory PGlite. */
async function scratchDatabase(cleanups: (() => Promise<void>)[]) {
  if (testDatabaseKind === 'postgres') {
    const name = uniqueName('hearth_heal');
    await adminQuery(`create database ${name}`);
    const db = new Kysely<any>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: databaseUrl(name), max: 1 }) }) });
    cleanups.push(async () => {
      await db.destroy();
      // pg's pool resolves end() before its connection has closed; dropping WITH (FORCE) at that
      // moment terminated the closing connection, whose error then had no listener. Wait for it.
      for (let tries = 0; tries < 100; tries++) {
        const { rows } = await adminQuery(`select count(*)::int as n from pg_stat_activity where datname = '${name}'`);
        if (rows[0].n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await adminQuery(`drop database if exists ${name} with (force)`);
    });
    return { db, url: databaseUrl(name) };
  }
  const pglite = await PGlite.create({ extensions: { pg_trgm, fuzzystrmatch, unaccent } });
  const db = new Kysely<any>({ dialect: new PGliteDialect({ pglite }) });
  cleanups.push(() => db.destroy());
  return { db, url: null };
}

/** pg_dump's schema text without its comments, blank lines and per-run \restrict keys. */
async function dumpedSchema(url: string) {
  const { stdout } = await promisify(execFile)('pg_dump', ['--schema-only', '--dbname', url], { maxBuffer: 64 * 1024 * 1024 });
  return stdout.split('\n').filter((line) => line !== '' && !line.startsWith('--') && !/^\\(un)?restrict /.test(line));
}

describe('PLAT-2 a database made from the first landed text of each migration is healed forward', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it('ends with exactly the schema, policies and grants of a database made by today’s migrations', async () => {
    const early = await scratchDatabase(cleanups);
    const fresh = await scratchDatabase(cleanups);

    // An early data folder: the four migrations as they first landed.
    const { error } = await new Migrator({ db: early.db, provider: earliestMigrationProvider() }).migrateToLatest();
    expect(error).toBeUndefined();
    const before = await accessSummary(early.db);
    const lacking = await missingRepairs(early.db);
    expect(lacking.length, lacking.join('\n')).toBe(14);

    // The healing migration runs first of everything after the four landed ones.
    expect((await migrateToLatest(early.db))[0]).toBe('20261202T1940-heal-edited-migrations');
    await migrateToLatest(fresh.db);

    const healed = await accessSummary(early.db);
    const made = await accessSummary(fresh.db);
    expect(before.policies).toBe(56); // what the early text left out: two policies, two grants
    expect(made.policies).toBeGreaterThanOrEqual(58);
    expect(healed).toEqual(made);
    expect(await schemaSnapshot(early.db)).toEqual(await schemaSnapshot(fresh.db));
    if (early.url && fresh.url) expect(await dumpedSchema(early.url)).toEqual(await dumpedSchema(fresh.url));
    expect(await missingRepairs(early.db)).toEqual([]);
  });

  it('finds nothing to repair on a database made by today’s migrations, and running it again changes nothing', async () => {
    const fresh = await scratchDatabase(cleanups);
    await migrateToLatest(fresh.db);
    expect(await missingRepairs(fresh.db)).toEqual([]);
    const snapshot = await schemaSnapshot(fresh.db);
    await heal(fresh.db);
    expect(await schemaSnapshot(fresh.db)).toEqual(snapshot);
  });
});

describe('INV-3 one live instrument response per subject (20261203T1000)', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it('keeps every response an earlier first-save race left, marks all but the newest superseded, and refuses a second live one', async () => {
    const { db } = await scratchDatabase(cleanups);
    await migrateUpTo(db, '20261202T2015-cross-reports');
    const unit = (
      await db.insertInto('org_unit').values({ kind: 'state', code: 'T', name: 'Test', path: sql`'{}'::uuid[]` }).returning('id').executeTakeFirstOrThrow()
    ).id;
    const staff = (
      await db
        .insertInto('staff_user')
        .values({ username: 'w', display_name: 'W', password_hash: 'x', roles: sql`array['investigator']`, org_unit_id: unit })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    await db.insertInto('instrument_definition').values({ key: 'demo-safety', version: 1, kind: 'safety', definition: '{}', imported_by: staff }).execute();
    await db.insertInto('instrument_definition').values({ key: 'demo-risk', version: 1, kind: 'risk', definition: '{}', imported_by: staff }).execute();
    const subject = randomUUID();
    const response = (key: string, createdAt: string) => ({
      id: randomUUID(),
      instrument_key: key,
      instrument_version: 1,
      subject_type: 'investigation',
      subject_id: subject,
      created_by: staff,
      created_at: createdAt,
    });
    const raced = [
      response('demo-safety', '2026-12-01T10:00:00Z'),
      response('demo-safety', '2026-12-01T10:00:01Z'),
      response('demo-safety', '2026-12-01T10:00:02Z'),
    ];
    const risk = response('demo-risk', '2026-12-01T09:00:00Z');
    await db
      .insertInto('instrument_response')
      .values([...raced, risk])
      .execute();

    await migrateToLatest(db);
    const rows = await db.selectFrom('instrument_response').select(['id', 'instrument_kind', 'superseded_at']).where('subject_id', '=', subject).execute();
    expect(rows).toHaveLength(4);
    const live = rows.filter((r) => r.superseded_at === null);
    expect(live.map((r) => r.id).sort()).toEqual([raced[2]!.id, risk.id].sort());
    expect(rows.find((r) => r.id === risk.id)?.instrument_kind).toBe('risk');
    const second = db
      .insertInto('instrument_response')
      .values({ ...response('demo-safety', '2026-12-02T10:00:00Z'), instrument_kind: 'safety' })
      .execute();
    await expect(second).rejects.toMatchObject({ code: '23505' });
  });
});

describe('PLAT-2 the audit rows sealed one by one before 20261203T1100 still verify; later rows are sealed in batches', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it('seals what was unsealed the old way once, keeps that chain verified (tail included), and never writes a row afterwards', async () => {
    const { db } = await scratchDatabase(cleanups);
    await migrateUpTo(db, '20261203T1000-one-live-instrument-response');
    const addRows = (n: number, requestId: string) =>
      db
        .insertInto('audit_event')
        .values(Array.from({ length: n }, () => ({ action: 'report.list', record_type: 'report', request_id: requestId })))
        .execute();
    await addRows(5, 'sealed-before');
    expect((await sql<{ n: number }>`select hearth_audit_seal() as n`.execute(db)).rows[0]!.n).toBe(5);
    await addRows(3, 'unsealed-before');

    await migrateToLatest(db);
    const chained = await db.selectFrom('audit_event').select(['seq', 'chain_pos', 'request_id']).orderBy('seq').execute();
    expect(chained.map((r) => [r.request_id, Number(r.chain_pos)])).toEqual(
      [...Array(5).fill('sealed-before'), ...Array(3).fill('unsealed-before')].map((id, i) => [id, i + 1]),
    );
    const head = await db.selectFrom('audit_seal_head').select(['legacy_rows', 'seal_id']).executeTakeFirstOrThrow();
    expect([Number(head.legacy_rows), Number(head.seal_id)]).toEqual([8, 0]);

    await addRows(4, 'after');
    expect(await verifyAuditChain(db)).toEqual({ ok: true, rows: 12 });
    expect(await db.selectFrom('audit_event').select('seq').where('request_id', '=', 'after').where('chain_pos', 'is not', null).execute()).toEqual([]);
    expect((await db.selectFrom('audit_seal').select(['id', 'row_count']).execute()).map((s) => [Number(s.id), s.row_count])).toEqual([[1, 4]]);

    const undoing = async (work: (trx: Kysely<any>) => Promise<unknown>) => {
      let result: Awaited<ReturnType<typeof verifyAuditChain>> | undefined;
      await db
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
    };
    const third = chained[2]!;
    expect(await undoing((trx) => sql`update audit_event set action = 'person.read' where seq = ${third.seq}`.execute(trx))).toMatchObject({
      ok: false,
      rows: 2,
      firstBad: { seq: Number(third.seq), chainPos: 3, reason: expect.stringMatching(/altered/) },
    });
    const lastLegacy = chained[7]!;
    expect(await undoing((trx) => sql`delete from audit_event where seq = ${lastLegacy.seq}`.execute(trx))).toMatchObject({
      ok: false,
      rows: 7,
      firstBad: { seq: null, chainPos: 8, reason: expect.stringMatching(/per-row chain ends at position 7, not at 8/) },
    });
    expect(await verifyAuditChain(db)).toEqual({ ok: true, rows: 12 });
  });
});
