import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onPostgresOnly } from '../../../test/support/postgres-only.js';
import { attempt, type Outcome, signInOverHttp, startServerProcess } from '../../../test/support/server-process.js';
import { type StandaloneDatabase, standaloneDatabase } from '../../../test/support/standalone-database.js';
import { tcpProxy } from '../../../test/support/tcp-proxy.js';
import { adminUrl, testDatabaseKind } from '../../../test/support/test-database.js';
import { createHarness, type Harness, openTestDatabase } from '../../../test/support/harness.js';
import { databaseFault } from './database-faults.js';

describe('PLAT-8: which database errors mean "try again in a moment" (503)', () => {
  it.each([
    ['57P01', 'admin_shutdown'],
    ['57P02', 'crash_shutdown'],
    ['57P03', 'cannot_connect_now'],
    ['08006', 'connection_failure'],
    ['08001', 'unable to connect'],
    ['ECONNREFUSED', 'refused'],
    ['ECONNRESET', 'reset'],
    ['55P03', 'lock_not_available'],
    ['57014', 'query_canceled'],
  ])('%s (%s) is unavailable', (code) => {
    expect(databaseFault(Object.assign(new Error('x'), { code }))?.kind).toBe('unavailable');
  });

  it('a lost connection reported only in words is unavailable; a held lock says the record is busy', () => {
    expect(databaseFault(new Error('Connection terminated unexpectedly'))?.kind).toBe('unavailable');
    expect(databaseFault(new Error('Client has encountered a connection error and is not queryable'))?.kind).toBe('unavailable');
    expect(databaseFault(new Error('PGlite is closed'))?.kind).toBe('unavailable');
    expect(databaseFault(new WebAssembly.RuntimeError('unreachable'))?.kind).toBe('unavailable');
    expect(databaseFault(new AggregateError([Object.assign(new Error('x'), { code: 'ECONNREFUSED' })]))?.kind).toBe('unavailable');
    expect(databaseFault(Object.assign(new Error('x'), { code: '55P03' }))?.message).toBe('The record is busy; try again in a moment.');
  });

  it('a wrong request is not mistaken for an outage', () => {
    for (const code of ['23505', '22P02', '42501', '40001', 'ERR_INVALID_ARG_TYPE'])
      expect(databaseFault(Object.assign(new Error('x'), { code }))).toBeUndefined();
    expect(databaseFault(new Error('something else'))).toBeUndefined();
    expect(databaseFault('Connection terminated')).toBeUndefined();
  });
});

/** Terminates the app role's connections to one database, as an administrator or a failover would. */
async function terminateAppConnections(database: string): Promise<number> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      `select count(*)::int as n from (select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and usename = 'hearth_app') t`,
      [database],
    );
    return rows[0].n;
  } finally {
    await client.end();
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

onPostgresOnly(() => {
  describe('PLAT-8: the server survives its database going away, under load', () => {
    let database: StandaloneDatabase;
    beforeAll(async () => {
      database = await standaloneDatabase();
    });
    afterAll(() => database.remove());

    it('answers only 2xx or 503 while its connections are terminated and the database vanishes, stays up, and serves again within a second of its return', {
      timeout: 120_000,
    }, async () => {
      const direct = new URL(database.env.DATABASE_URL!);
      const proxy = await tcpProxy({ host: direct.hostname, port: Number(direct.port || 5432) });
      const viaProxy = new URL(direct);
      viaProxy.port = String(proxy.port);
      const server = await startServerProcess({ DATABASE_URL: viaProxy.toString(), DATABASE_POOL_SIZE: '8' });
      try {
        const { cookie, csrfToken } = await signInOverHttp(server.url);
        const headers = { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
        const outcomes: Array<{ at: number; outcome: Outcome }> = [];
        let running = true;
        // Twelve users at once: reading their work, opening reports and reading them back.
        const worker = async () => {
          while (running) {
            const created = await attempt(() => fetch(`${server.url}/api/reports`, { method: 'POST', headers, body: '{}' }));
            outcomes.push({ at: Date.now(), outcome: created });
            outcomes.push({ at: Date.now(), outcome: await attempt(() => fetch(`${server.url}/api/my-work`, { headers })) });
          }
        };
        const workers = Array.from({ length: 12 }, worker);

        await sleep(500);
        let terminated = 0;
        const terminations: number[] = [];
        for (let round = 0; round < 5; round += 1) {
          terminations.push(Date.now());
          terminated += await terminateAppConnections(direct.pathname.slice(1));
          await sleep(300);
        }
        expect(terminated).toBeGreaterThan(0);
        await sleep(500);

        // The database vanishes for a second and a half (refused and reset connections), then returns.
        await proxy.cut();
        const cutAt = Date.now();
        await sleep(1500);
        const restoring = Date.now(); // timers run on the loop's cached clock, so leave a margin either side
        await proxy.restore();
        const backAt = Date.now();
        let recoveredAt = 0;
        while (!recoveredAt && Date.now() - backAt < 10_000) {
          const probe = await attempt(() => fetch(`${server.url}/api/my-work`, { headers }));
          if ('status' in probe && probe.status === 200) recoveredAt = Date.now();
          else await sleep(20);
        }
        await sleep(500);
        running = false;
        await Promise.all(workers);

        expect(server.child.exitCode).toBeNull();
        const unexpected = outcomes.filter(
          ({ outcome }) =>
            !('status' in outcome) ||
            (outcome.status >= 500 && !(outcome.status === 503 && outcome.code === 'unavailable')) ||
            (outcome.status < 500 && outcome.status >= 300),
        );
        expect(unexpected.map((u) => u.outcome)).toEqual([]);
        const duringCut = outcomes.filter(({ at }) => at > cutAt + 100 && at < restoring - 100);
        expect(duringCut.length).toBeGreaterThan(0);
        expect(
          duringCut.filter(({ outcome }) => !('status' in outcome && outcome.status === 503)).map(({ at, outcome }) => ({ after: at - cutAt, outcome })),
        ).toEqual([]);
        expect(recoveredAt).toBeGreaterThan(0);
        const recoveryMs = recoveredAt - backAt;
        // How long after each termination the next request succeeded.
        const gaps = terminations.map(
          (t) => Math.min(...outcomes.filter(({ at, outcome }) => at > t && 'status' in outcome && outcome.status < 300).map(({ at }) => at)) - t,
        );
        console.info(`database faults: after pg_terminate_backend the next success came within ${Math.max(...gaps)} ms (${gaps.join(', ')})`);
        console.info(
          `database faults: ${outcomes.length} requests, ${outcomes.filter(({ outcome }) => 'status' in outcome && outcome.status === 503).length} answered 503, ${terminated} connections terminated; served again ${recoveryMs} ms after the database returned`,
        );
        expect(recoveryMs).toBeLessThan(1000);

        const after = await fetch(`${server.url}/api/reports`, { method: 'POST', headers, body: '{}' });
        expect(after.status).toBe(201);
      } finally {
        server.child.kill('SIGTERM');
        await server.exited;
        await proxy.close();
      }
    });
  });

  describe('PLAT-8: a held lock or a runaway statement answers 503 after a bounded wait', () => {
    let harness: Harness;
    beforeAll(async () => {
      harness = await createHarness({ DATABASE_LOCK_TIMEOUT_MS: '700' });
    });
    afterAll(() => harness.close());

    it('the owner holds the report row; saving it answers 503 "the record is busy" after the lock timeout, and succeeds once the lock is gone', async () => {
      const screener = await harness.signIn('screener');
      const created = await screener.post('/api/reports', {});
      expect(created.statusCode).toBe(201);
      const report = created.json() as { id: string; version: number };

      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let locked!: () => void;
      const isLocked = new Promise<void>((resolve) => (locked = resolve));
      const holder = harness.database.asOwner((owner) =>
        owner.transaction().execute(async (trx) => {
          await sql`select id from report where id = ${report.id} for update`.execute(trx);
          locked();
          await held;
        }),
      );
      await isLocked;
      const started = Date.now();
      const blocked = await screener.patch(`/api/reports/${report.id}`, {
        version: report.version,
        narrative: 'A neighbour called about the children left alone.',
      });
      const waited = Date.now() - started;
      release();
      await holder;

      expect(blocked.statusCode).toBe(503);
      expect(blocked.headers['content-type']).toContain('application/problem+json');
      expect(blocked.json()).toMatchObject({ code: 'unavailable', detail: 'The record is busy; try again in a moment.' });
      expect(waited).toBeGreaterThanOrEqual(600);
      expect(waited).toBeLessThan(5000);

      const saved = await screener.patch(`/api/reports/${report.id}`, {
        version: report.version,
        narrative: 'A neighbour called about the children left alone.',
      });
      expect(saved.statusCode).toBe(200);
    });
  });

  describe('PLAT-8: the app connection carries the configured timeouts', () => {
    it('defaults of 15 s per statement, 5 s per lock wait and 30 s idle in a transaction; a statement over its bound is cancelled as 57014 (503)', async () => {
      const defaults = await openTestDatabase();
      try {
        const { rows } = await sql<{
          statement_timeout: string;
          lock_timeout: string;
          idle: string;
        }>`select current_setting('statement_timeout') as statement_timeout, current_setting('lock_timeout') as lock_timeout, current_setting('idle_in_transaction_session_timeout') as idle`.execute(
          defaults.database.app,
        );
        expect(rows[0]).toEqual({ statement_timeout: '15s', lock_timeout: '5s', idle: '30s' });
      } finally {
        await defaults.drop();
      }
      const short = await openTestDatabase({ DATABASE_STATEMENT_TIMEOUT_MS: '200', DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: '300' });
      try {
        const slow = await sql`select pg_sleep(2)`.execute(short.database.app).then(
          () => undefined,
          (error: unknown) => error,
        );
        expect(databaseFault(slow)?.kind).toBe('unavailable');
        expect((slow as { code?: string }).code).toBe('57014');
        // A transaction left idle past its bound loses its connection; the process lives on and the next query gets a fresh one.
        const idle = await short.database.app
          .transaction()
          .execute(async (trx) => {
            await sql`select 1`.execute(trx);
            await sleep(800);
            await sql`select 1`.execute(trx);
          })
          .then(
            () => undefined,
            (error: unknown) => error,
          );
        expect(databaseFault(idle)?.kind).toBe('unavailable');
        const { rows } = await sql<{ one: number }>`select 1 as one`.execute(short.database.app);
        expect(rows[0]!.one).toBe(1);
      } finally {
        await short.drop();
      }
    });
  });
});

// PGlite has one connection and no statement timers: the bound is on waiting for that connection.
if (testDatabaseKind === 'pglite') {
  describe('PLAT-8: on embedded PGlite a held connection answers 503 after a bounded wait', () => {
    let harness: Harness;
    beforeAll(async () => {
      harness = await createHarness({ DATABASE_STATEMENT_TIMEOUT_MS: '700' });
    });
    afterAll(() => harness.close());

    it('while other work holds the one connection, a request answers 503 "the record is busy" instead of hanging, and is served once it is free', async () => {
      const screener = await harness.signIn('screener');
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      const holder = harness.database.asOwner(() => held);
      const started = Date.now();
      const blocked = await screener.get('/api/my-work');
      const waited = Date.now() - started;
      release();
      await holder;
      expect(blocked.statusCode).toBe(503);
      expect(blocked.json()).toMatchObject({ code: 'unavailable', detail: 'The record is busy; try again in a moment.' });
      expect(waited).toBeGreaterThanOrEqual(600);
      expect(waited).toBeLessThan(5000);
      expect((await screener.get('/api/my-work')).statusCode).toBe(200);
    });
  });
}
