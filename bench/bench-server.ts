// The real Hearth app plus one bare endpoint, for bench/api.ts. Never part of the product.
import { Kysely, PostgresDialect, sql, type Transaction } from 'kysely';
import pg from 'pg';
import { z } from 'zod';
import { buildApp } from '../src/server/app.js';
import { openDatabase } from '../src/server/db/database.js';
import { preparingPool } from '../src/server/db/prepared-pool.js';
import type { DB } from '../src/server/db/schema.js';
import { findReportDetail } from '../src/server/features/reports/reports.repo.js';
import { loadConfig } from '../src/server/platform/config.js';
import { seedDemoAgency } from '../src/server/seed/demo-agency.js';

const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent', PORT: '0' });
const database = await openDatabase(config);
await database.asOwner(seedDemoAgency);
const app = await buildApp({ database, config, webRoot: '/nonexistent' });

// Baseline: one row by primary key through the same pool, with no session, policy, RLS or audit.
app.get('/bench/bare/:id', { schema: { hide: true, params: z.object({ id: z.uuid() }) } }, async (request) => {
  const { rows } = await sql<{ id: string; number: string; status: string }>`select id, number, status from report where id = ${request.params.id}`.execute(
    database.app,
  );
  return rows[0] ?? null;
});

// Naive: the same report view query (findReportDetail) with no session, no policy, no RLS and no
// audit. Row-level security cannot be switched off for hearth_app, so this runs as the owner (the
// bench's superuser) through a pool built exactly like the app's: same size, prepared statements.
const naive = new Kysely<DB>({
  dialect: new PostgresDialect({ pool: preparingPool(new pg.Pool({ connectionString: config.DATABASE_URL, max: config.DATABASE_POOL_SIZE })) }),
});
app.get(
  '/bench/naive/:id',
  { schema: { hide: true, params: z.object({ id: z.uuid() }) } },
  async (request) => (await findReportDetail(naive as unknown as Transaction<DB>, request.params.id)) ?? null,
);

// BENCH_BREAKDOWN=1 only: the report query after hearth_begin in a transaction, as the owner (x)
// and as hearth_app under row-level security (y), to split what (c) costs beyond (b).
const screenerId = await database.asOwner(
  async (o) => (await sql<{ id: string }>`select id from staff_user where username = 'screener'`.execute(o)).rows[0]!.id,
);
const begun = (db: Kysely<DB>, id: string) =>
  db.transaction().execute(async (trx) => {
    await sql`select * from hearth_begin(${screenerId})`.execute(trx);
    return (await findReportDetail(trx, id)) ?? null;
  });
app.get('/bench/begun/:id', { schema: { hide: true, params: z.object({ id: z.uuid() }) } }, async (request) => begun(naive, request.params.id));
app.get('/bench/rls/:id', { schema: { hide: true, params: z.object({ id: z.uuid() }) } }, async (request) => begun(database.app, request.params.id));

const address = await app.listen({ host: '127.0.0.1', port: 0 });
process.stdout.write(`LISTENING ${address}\n`);
process.on('SIGTERM', async () => {
  await app.close();
  await naive.destroy();
  await database.close();
  process.exit(0);
});
