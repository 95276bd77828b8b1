import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import pg from 'pg';
import { migrateToLatest } from '../../src/server/db/migrations.js';
import { adminQuery, databaseUrl, testDatabaseKind, uniqueName } from './test-database.js';

/**
 * Migrates once per run. PostgreSQL: a template database each test file copies. PGlite: a dumped
 * data directory each test file loads. Everything made here is removed in the teardown.
 */
export default async function setup({ provide }: { provide: (key: string, value: string) => void }) {
  if (testDatabaseKind === 'postgres') {
    const template = uniqueName('hearth_template');
    await adminQuery(`create database ${template}`);
    const pool = new pg.Pool({ connectionString: databaseUrl(template), max: 1 });
    const owner = new Kysely<any>({ dialect: new PostgresDialect({ pool }) });
    await migrateToLatest(owner);
    await owner.destroy();
    provide('templateDatabase', template);
    return async () => {
      await adminQuery(`drop database if exists ${template} with (force)`);
    };
  }
  const pglite = await PGlite.create({ extensions: { pg_trgm, fuzzystrmatch, unaccent } });
  const owner = new Kysely<any>({ dialect: new PGliteDialect({ pglite }) });
  await migrateToLatest(owner);
  const dump = await pglite.dumpDataDir('none');
  const folder = mkdtempSync(path.join(tmpdir(), 'hearth-test-'));
  const dumpPath = path.join(folder, 'template.tar');
  writeFileSync(dumpPath, Buffer.from(await dump.arrayBuffer()));
  await owner.destroy();
  provide('pgliteDump', dumpPath);
  return async () => {
    const { rmSync } = await import('node:fs');
    rmSync(folder, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    templateDatabase: string;
    pgliteDump: string;
  }
}
