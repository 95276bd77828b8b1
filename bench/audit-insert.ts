/**
 * npm run bench:audit — what one audit row costs, before and after 20261203T1100 (audit sealed in
 * batches). Two databases on the local PostgreSQL: one migrated up to the migration before it, one to
 * the latest. pgbench runs the audit insert of "open a report" (one row, four people) as hearth_app,
 * one transaction each, while the sealer runs every 2 s as the server runs it. Figures are only
 * comparable within one run.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { appUrlFrom } from '../src/server/db/database.js';
import { migrateToLatest, migrateUpTo } from '../src/server/db/migrations.js';
import { verifyAuditChain } from '../src/server/platform/audit-verify.js';

const adminUrl = process.env.HEARTH_BENCH_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const clients = Number(process.env.BENCH_CONNECTIONS ?? 16);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const run = promisify(execFile);

const script = path.join(mkdtempSync(path.join(tmpdir(), 'hearth-audit-bench-')), 'audit.sql');
writeFileSync(
  script,
  `\\set r random(1, 10000000)
begin;
insert into audit_event (actor_id, action, record_type, record_id, person_ids, request_id, ip, details)
values ('00000000-0000-4000-8000-000000000001', 'report.read', 'report', md5(:r::text)::uuid,
        array[md5((:r + 1)::text)::uuid, md5((:r + 2)::text)::uuid, md5((:r + 3)::text)::uuid, md5((:r + 4)::text)::uuid],
        'req-' || :r, '127.0.0.1', '{}');
commit;
`,
);

async function admin(text: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

async function measure(label: string, migrate: (db: Kysely<any>) => Promise<unknown>) {
  const name = `hearth_audit_bench_${process.pid}_${label}`;
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  await admin(`create database ${name}`);
  const pool = new pg.Pool({ connectionString: url.toString(), max: 2 });
  pool.on('error', () => undefined); // dropping the database ends any connection left over
  const db = new Kysely<any>({ dialect: new PostgresDialect({ pool }) });
  try {
    await migrate(db);
    let sealed = 0;
    const sealer = setInterval(() => {
      sql<{ n: number }>`select hearth_audit_seal() as n`.execute(db).then(
        ({ rows }) => (sealed += Number(rows[0]?.n ?? 0)),
        (error) => console.error(`sealer: ${error.message}`),
      );
    }, 2000);
    const { stdout } = await run('pgbench', ['-n', '-c', String(clients), '-j', '2', '-T', String(seconds), '-f', script, appUrlFrom(url.toString())]);
    clearInterval(sealer);
    const tps = Number(/tps = ([\d.]+)/.exec(stdout)?.[1]);
    const latency = /latency average = ([\d.]+ ms)/.exec(stdout)?.[1];
    // The trail written under load must verify whole (this also seals the rest).
    const verified = await verifyAuditChain(db);
    const check = verified.ok ? `verify OK (${verified.rows} rows)` : `verify FAILED: ${verified.firstBad.reason}`;
    await sql`vacuum audit_event`.execute(db); // dead versions the old sealer left count as table size until vacuumed
    const size = (
      await sql<{
        table: number;
        indexes: number;
      }>`select pg_table_size('audit_event')::float8 / count(*) as table, pg_indexes_size('audit_event')::float8 / count(*) as indexes from audit_event`.execute(
        db,
      )
    ).rows[0]!;
    console.log(
      `${label.padEnd(8)} ${tps.toFixed(0).padStart(7)} tps   latency ${latency}   sealed under load ${sealed}   bytes per row: table ${size.table.toFixed(0)} + indexes ${size.indexes.toFixed(0)}   ${check}`,
    );
    if (!verified.ok) process.exitCode = 1;
    return tps;
  } finally {
    await db.destroy();
    await admin(`drop database if exists ${name} with (force)`);
  }
}

console.log(`${clients} pgbench clients, ${seconds}s each, one audit row per transaction, sealer every 2 s`);
const before = await measure('before', (db) => migrateUpTo(db, '20261203T1000-one-live-instrument-response'));
const after = await measure('after', migrateToLatest);
console.log(`after/before ${(after / before).toFixed(2)}`);
