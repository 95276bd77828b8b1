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
import { seedDemoAgency } from '../../src/server/seed/demo-agency.js';
import { adminQuery, databaseUrl, testDatabaseKind, uniqueName } from './test-database.js';

/**
 * Migrates once per run, then seeds the demo agency once. Two templates come out of it: the
 * migrated schema alone (for tests about an empty database) and the same with the demo agency
 * (what createHarness copies, so no file seeds it again). PostgreSQL: template databases each
 * test file copies. PGlite: dumped data directories each test file loads. Everything made here is
 * removed in the teardown.
 */
export default async function setup({ provide }: { provide: (key: string, value: string) => void }) {
  if (testDatabaseKind === 'postgres') {
    const template = uniqueName('hearth_template');
    await adminQuery(`create database ${template}`);
    const pool = new pg.Pool({ connectionString: databaseUrl(template), max: 1 });
    const owner = new Kysely<any>({ dialect: new PostgresDialect({ pool }) });
    await migrateToLatest(owner);
    await owner.destroy();
    const seeded = uniqueName('hearth_seeded');
    await adminQuery(`create database ${seeded} template ${template}`);
    const seededPool = new pg.Pool({ connectionString: databaseUrl(seeded), max: 1 });
    const seededOwner = new Kysely<any>({ dialect: new PostgresDialect({ pool: seededPool }) });
    await seedDemoAgency(seededOwner);
    await seededOwner.destroy();
    provide('templateDatabase', template);
    provide('seededTemplateDatabase', seeded);
    return async () => {
      await adminQuery(`drop database if exists ${seeded} with (force)`);
      await adminQuery(`drop database if exists ${template} with (force)`);
    };
  }
  const pglite = await PGlite.create({ extensions: { pg_trgm, fuzzystrmatch, unaccent } });
  const owner = new Kysely<any>({ dialect: new PGliteDialect({ pglite }) });
  await migrateToLatest(owner);
  const folder = mkdtempSync(path.join(tmpdir(), 'hearth-test-'));
  const dumpPath = path.join(folder, 'template.tar');
  writeFileSync(dumpPath, Buffer.from(await (await pglite.dumpDataDir('none')).arrayBuffer()));
  await seedDemoAgency(owner);
  const seededDumpPath = path.join(folder, 'seeded.tar');
  writeFileSync(seededDumpPath, Buffer.from(await (await pglite.dumpDataDir('none')).arrayBuffer()));
  await owner.destroy();
  provide('pgliteDump', dumpPath);
  provide('pgliteSeededDump', seededDumpPath);
  return async () => {
    const { rmSync } = await import('node:fs');
    rmSync(folder, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The migrated schema, no rows. */
    templateDatabase: string;
    /** The migrated schema with the demo agency seeded. */
    seededTemplateDatabase: string;
    pgliteDump: string;
    pgliteSeededDump: string;
  }
}
