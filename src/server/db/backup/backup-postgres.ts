import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { APP_ROLE } from '../database.js';
import { BackupError } from './backup-file.js';

/**
 * PostgreSQL backups are pg_dump custom-format files, restored with pg_restore.
 *
 * Restoring into another cluster is where a plain pg_restore goes wrong: the application role is
 * cluster-wide, so it is not in the dump, and every `GRANT … TO hearth_app` and every
 * `CREATE POLICY … TO hearth_app` fails — the database comes back without its policies and grants
 * and the app cannot read it. So the restore creates the role first (as the migrations do), refuses
 * if the dump names any other role the target lacks, restores without the source's owners
 * (`--no-owner`: objects belong to the user in DATABASE_URL, as after `hearth migrate`) but with
 * every grant (never `--no-acl`), and does it in one transaction that stops at the first error.
 */

interface Connection {
  /** The URL without its password, for the command line (ps shows arguments). */
  url: string;
  env: NodeJS.ProcessEnv;
  database: string;
}

function connection(databaseUrl: string): Connection {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = '';
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (!database) throw new BackupError('DATABASE_URL names no database (postgres://user@host:port/DATABASE).');
  return { url: url.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) }, database };
}

function run(tool: 'pg_dump' | 'pg_restore', args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(tool, args, { env, maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (!error) return resolve(stdout);
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        return reject(
          new BackupError(
            `${tool} was not found on PATH: install the PostgreSQL client tools (Debian: apt-get install postgresql-client), the server's major version or newer.`,
          ),
        );
      }
      reject(new BackupError(`${tool} failed: ${String(stderr).trim() || error.message}`));
    });
  });
}

export async function backupPostgres(databaseUrl: string, file: string): Promise<void> {
  const target = connection(databaseUrl);
  // A consistent snapshot of one database, while the server keeps running.
  await run('pg_dump', ['--format=custom', '--file', file, '--dbname', target.url], target.env);
}

/** Roles the dump's grants and policies name (besides PUBLIC), read from its table of contents. */
async function rolesNamedIn(file: string, env: NodeJS.ProcessEnv): Promise<string[]> {
  const toc = await run('pg_restore', ['--list', file], env);
  const entries = toc.split('\n').filter((line) => / (ACL|POLICY) /.test(line) && !line.startsWith(';'));
  if (entries.length === 0) return [];
  const folder = await mkdtemp(path.join(tmpdir(), 'hearth-restore-'));
  try {
    const list = path.join(folder, 'acl.list');
    await writeFile(list, `${entries.join('\n')}\n`);
    const script = await run('pg_restore', ['--use-list', list, '--file', '-', file], env);
    const roles = new Set<string>();
    for (const line of script.split('\n')) {
      const named =
        /^GRANT .* TO (.+);$/.exec(line)?.[1] ??
        /^REVOKE .* FROM (.+);$/.exec(line)?.[1] ??
        /^CREATE POLICY .*? TO (.+?)(?: USING | WITH CHECK |;)/.exec(line)?.[1];
      for (const role of named?.split(',') ?? []) {
        const name = role
          .trim()
          .replace(/ WITH GRANT OPTION$/, '')
          .replace(/^"(.*)"$/, '$1')
          .replace(/""/g, '"');
        if (name && name.toUpperCase() !== 'PUBLIC') roles.add(name);
      }
    }
    return [...roles].sort();
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The same server, the maintenance database `postgres`, to create or drop the target. */
function maintenanceUrl(databaseUrl: string) {
  const url = new URL(databaseUrl);
  url.pathname = '/postgres';
  return url.toString();
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

export interface RestoreOptions {
  force: boolean;
  /** Told each step, so the operator sees what is happening. */
  say: (line: string) => void;
}

export async function restorePostgres(databaseUrl: string, file: string, options: RestoreOptions): Promise<void> {
  const target = connection(databaseUrl);
  const wanted = await rolesNamedIn(file, target.env);

  const objects = await withClient(maintenanceUrl(databaseUrl), async (admin) => {
    const exists = (await admin.query('select 1 from pg_database where datname = $1', [target.database])).rowCount! > 0;
    if (!exists) return null;
    return withClient(databaseUrl, async (client) => {
      const { rows } = await client.query<{ n: number }>(
        `select count(*)::int as n from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg_toast%' and n.nspname not like 'pg_temp%'`,
      );
      return rows[0]!.n;
    });
  });
  if (objects !== null && objects > 0 && !options.force) {
    throw new BackupError(
      `Database "${target.database}" is not empty (${objects} tables, indexes and other objects); nothing was changed. ` +
        `To replace it, run again with --force: that drops database "${target.database}" with everything in it, ` +
        'creates it again empty and restores the backup into it.',
    );
  }

  await withClient(maintenanceUrl(databaseUrl), async (admin) => {
    if (objects !== null && objects > 0) {
      options.say(`Dropping database "${target.database}" (--force) …`);
      await admin.query(`drop database ${quoteIdent(target.database)} with (force)`);
    }
    if (objects === null || objects > 0) {
      options.say(`Creating database "${target.database}" …`);
      await admin.query(`create database ${quoteIdent(target.database)}`);
    }
    // The role the migrations create; cluster-wide, so a new cluster does not have it yet.
    await admin.query(`do $$ begin
        if not exists (select from pg_roles where rolname = '${APP_ROLE}') then create role ${APP_ROLE} login; end if;
      end $$`);
    const present = new Set(
      (await admin.query<{ rolname: string }>('select rolname from pg_roles where rolname = any($1)', [wanted])).rows.map((r) => r.rolname),
    );
    const absent = wanted.filter((role) => !present.has(role));
    if (absent.length) {
      throw new BackupError(
        `The backup grants access to role(s) this server does not have: ${absent.join(', ')}. Create them first ` +
          `(e.g. psql -c 'create role ${absent[0]}'), then run the restore again; database "${target.database}" is left empty.`,
      );
    }
  });

  options.say(`Restoring ${file} into "${target.database}" (owner: the DATABASE_URL user; grants and policies for ${wanted.join(', ') || 'no role'}) …`);
  await run('pg_restore', ['--no-owner', '--single-transaction', '--exit-on-error', '--dbname', target.url, file], target.env);
}
