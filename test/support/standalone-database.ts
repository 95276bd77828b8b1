import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { type HearthDatabase, openDatabase } from '../../src/server/db/database.js';
import { testConfig } from '../../src/server/platform/config.js';
import { adminQuery, databaseUrl, testDatabaseKind, uniqueName } from './test-database.js';

/**
 * A database another process (the `hearth` CLI) can open: a copy of the migrated template on
 * PostgreSQL, or a file-backed PGlite data directory in a temp folder (the per-file test PGlite
 * lives in memory, out of the CLI's reach). PGlite allows one process at a time, so callers
 * close what `open` returns before running the CLI.
 */
export interface StandaloneDatabase {
  /** Environment variables that point the CLI at this database. */
  env: Record<string, string>;
  open(): Promise<HearthDatabase>;
  remove(): Promise<void>;
}

export async function standaloneDatabase(): Promise<StandaloneDatabase> {
  if (testDatabaseKind === 'postgres') {
    const name = uniqueName('hearth_cli');
    await adminQuery(`create database ${name} template ${inject('templateDatabase')}`);
    const url = databaseUrl(name);
    return {
      env: { DATABASE_URL: url },
      open: () => openDatabase(testConfig({ DATABASE_URL: url, DATABASE_POOL_SIZE: '2' })),
      remove: async () => {
        await adminQuery(`drop database if exists ${name} with (force)`);
      },
    };
  }
  const folder = mkdtempSync(path.join(tmpdir(), 'hearth-cli-'));
  const dataDir = path.join(folder, 'pglite');
  return {
    env: { HEARTH_DATA_DIR: dataDir },
    open: () => openDatabase(testConfig({ HEARTH_DATA_DIR: dataDir })),
    remove: async () => rmSync(folder, { recursive: true, force: true }),
  };
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `hearth …` (node_modules/.bin/hearth) as a child process; resolves with its exit code, never rejects on failure. */
export function runHearthCli(args: string[], env: Record<string, string>): Promise<CliResult> {
  const root = path.resolve(import.meta.dirname, '..', '..');
  const childEnv: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env };
  // Only the variables given here choose the database.
  for (const key of ['DATABASE_URL', 'DATABASE_APP_URL', 'HEARTH_DATA_DIR']) if (!(key in env)) delete childEnv[key];
  return new Promise((resolve) => {
    execFile(path.join(root, 'node_modules', '.bin', 'hearth'), args, { cwd: root, env: childEnv, timeout: 50_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}
