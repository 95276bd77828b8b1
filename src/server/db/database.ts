import { PGlite } from '@electric-sql/pglite';
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { existsSync, mkdirSync } from 'node:fs';
import { type DialectAdapter, type Driver, Kysely, PGliteAdapter, PGliteDialect, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Config } from '../platform/config.js';
import { migrateToLatest, type MigrationStep } from './migrations.js';
import { preparingPool } from './prepared-pool.js';
import { SerialDriver } from './serial-driver.js';
import type { DB } from './schema.js';

const DATE_OID = 1082;
const INT8_OID = 20;
// Legal dates stay 'YYYY-MM-DD' strings: a Date object would shift them across time zones.
pg.types.setTypeParser(DATE_OID, (value) => value);
pg.types.setTypeParser(INT8_OID, (value) => Number(value));

export const APP_ROLE = 'hearth_app';

export interface HearthDatabase {
  kind: 'pglite' | 'postgres';
  /** Connected as the non-owner application role: row-level security applies. */
  app: Kysely<DB>;
  /** Runs work as the schema owner (migrations, seeding, audit verification, tests that tamper). */
  asOwner<T>(work: (owner: Kysely<any>) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Apply pending migrations before handing the database out (default true). */
  migrate?: boolean;
  /** PGlite only: start from this dumped data directory, in memory (tests load a migrated copy). */
  pgliteDump?: Blob;
  /** Told when PostgreSQL drops a pooled connection (restart, crash, admin termination). */
  onConnectionError?: (error: Error) => void;
  /** Told what opening is doing, step by step (a first start takes a while). */
  onProgress?: (message: string) => void;
}

/** Opens PostgreSQL when DATABASE_URL is set, otherwise embedded PGlite in HEARTH_DATA_DIR. */
export async function openDatabase(config: Config, options: OpenOptions = {}): Promise<HearthDatabase> {
  const progress = options.onProgress ?? (() => undefined);
  let database: HearthDatabase;
  if (config.DATABASE_URL) {
    const url = new URL(config.DATABASE_URL);
    progress(`Connecting to PostgreSQL at ${url.host}${url.pathname}`);
    database = await openPostgres(config, options.onConnectionError ?? (() => undefined));
  } else {
    const dir = config.HEARTH_DATA_DIR;
    const fresh = !options.pgliteDump && !dir.startsWith('memory://') && !existsSync(dir);
    progress(fresh ? `Creating the database folder ${dir} (embedded PGlite; the first start takes about 10 seconds)` : `Opening embedded PGlite in ${dir}`);
    database = await openPglite(dir, options.pgliteDump, config.DATABASE_STATEMENT_TIMEOUT_MS);
  }
  if (options.migrate !== false) {
    const onStep = options.onProgress
      ? ({ index, total, name }: MigrationStep) => progress(`Applying database migration ${index} of ${total}: ${name}`)
      : undefined;
    await database.asOwner((owner) => migrateToLatest(owner, onStep));
  }
  return database;
}

async function openPostgres(config: Config, onConnectionError: (error: Error) => void): Promise<HearthDatabase> {
  const connectionTimeoutMillis = config.DATABASE_CONNECT_TIMEOUT_MS;
  const ownerPool = survivable(new pg.Pool({ connectionString: config.DATABASE_URL, max: 2, connectionTimeoutMillis }), onConnectionError);
  const owner = new Kysely<any>({ dialect: new PostgresDialect({ pool: ownerPool }) });
  // The timeouts are startup parameters of every app connection, so they hold from its first query.
  const appPool = new pg.Pool({
    connectionString: config.DATABASE_APP_URL ?? appUrlFrom(config.DATABASE_URL!),
    max: config.DATABASE_POOL_SIZE,
    connectionTimeoutMillis,
    statement_timeout: config.DATABASE_STATEMENT_TIMEOUT_MS,
    lock_timeout: config.DATABASE_LOCK_TIMEOUT_MS,
    idle_in_transaction_session_timeout: config.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS,
  });
  const app = new Kysely<DB>({ dialect: new PostgresDialect({ pool: preparingPool(survivable(appPool, onConnectionError)) }) });
  return {
    kind: 'postgres',
    app,
    asOwner: (work) => work(owner),
    close: async () => {
      await app.destroy();
      await owner.destroy();
    },
  };
}

/**
 * A pg client whose server goes away (crash, restart, pg_terminate_backend) emits `error`; with no
 * listener Node treats it as uncaught and stops the process. The pool listens only while a client is
 * idle, so every client also gets its own listener for the time it is checked out. Its next query
 * then fails (answered as 503) and the pool drops it on release and connects afresh.
 */
function survivable(pool: pg.Pool, onConnectionError: (error: Error) => void): pg.Pool {
  const told = new WeakSet<pg.PoolClient>();
  pool.on('connect', (client) => {
    client.on('error', (error) => {
      // A terminated backend reports twice (its FATAL message, then the closed socket): tell once.
      if (told.has(client)) return;
      told.add(client);
      onConnectionError(error);
    });
  });
  pool.on('error', () => undefined); // already told by the client's own listener
  return pool;
}

/** The same server and database, signed in as the application role (trust or its own password). */
export function appUrlFrom(ownerUrl: string): string {
  const url = new URL(ownerUrl);
  url.username = APP_ROLE;
  url.password = process.env.HEARTH_APP_PASSWORD ?? '';
  return url.toString();
}

/**
 * PGlite is one connection, so every query and transaction is serialised through one driver.
 * The connection runs as the owner only inside `asOwner`; otherwise it has `SET ROLE hearth_app`
 * so row-level security applies exactly as on PostgreSQL.
 */
async function openPglite(dataDir: string, dump: Blob | undefined, waitLimitMs: number): Promise<HearthDatabase> {
  if (!dump && !dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create({
    ...(dump ? { loadDataDir: dump } : { dataDir }),
    extensions: { pg_trgm, fuzzystrmatch, unaccent },
    parsers: { [DATE_OID]: (value: string) => value, [INT8_OID]: (value: string) => Number(value) },
  });
  let serial!: SerialDriver;
  const dialect = new (class extends PGliteDialect {
    override createDriver(): Driver {
      serial = new SerialDriver(super.createDriver(), waitLimitMs);
      return serial;
    }
    // The SerialDriver already hands the connection to one query or transaction at a time. Kysely's
    // own lock for single-connection dialects would sit in front of it without a bound, and stays
    // held when the SerialDriver gives up waiting, so every later query would hang.
    override createAdapter(): DialectAdapter {
      return new (class extends PGliteAdapter {
        override get supportsMultipleConnections() {
          return true;
        }
      })();
    }
  })({ pglite });
  const app = new Kysely<DB>({ dialect });
  // Used only while `serial` is held, so it never races the application's queries.
  const owner = new Kysely<any>({ dialect: new PGliteDialect({ pglite }) });
  const becomeApp = async () => {
    const { rows } = await sql<{ present: boolean }>`select exists (select from pg_roles where rolname = ${APP_ROLE}) as present`.execute(owner);
    if (rows[0]?.present) await sql.raw(`set role ${APP_ROLE}`).execute(owner);
  };
  await sql`select 1`.execute(app); // initialises the driver, so `serial` is set
  await serial.exclusive(becomeApp);
  return {
    kind: 'pglite',
    app,
    asOwner: (work) =>
      serial.exclusive(async () => {
        await sql`reset role`.execute(owner);
        try {
          return await work(owner);
        } finally {
          await becomeApp();
        }
      }),
    close: async () => {
      await app.destroy();
    },
  };
}
