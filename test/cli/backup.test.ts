import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { type HearthDatabase, openDatabase } from '../../src/server/db/database.js';
import { verifyAuditChain } from '../../src/server/platform/audit-verify.js';
import { type Config, testConfig } from '../../src/server/platform/config.js';
import { seedDemoAgency } from '../../src/server/seed/demo-agency.js';
import { takeScreenedInReport } from '../support/factories.js';
import { type Harness, signIn } from '../support/harness.js';
import { openInvestigation } from '../support/investigation.js';
import { onPostgresOnly } from '../support/postgres-only.js';
import { accessSummary, schemaSnapshot } from '../support/schema-snapshot.js';
import { runHearthCli, standaloneDatabase } from '../support/standalone-database.js';
import { tableFingerprints } from '../support/table-fingerprints.js';
import { adminQuery, databaseUrl, testDatabaseKind, uniqueName } from '../support/test-database.js';

/**
 * PLAT-2, PLAT-8: `hearth backup` and `hearth restore` round-trip a populated database into a
 * brand-new one — every table's rows, the audit chain, and the access rules (the application
 * role's grants and every row-level-security policy), so the restored app serves as before.
 */
const folder = mkdtempSync(path.join(tmpdir(), 'hearth-backup-'));
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  rmSync(folder, { recursive: true, force: true });
});

/** The app over a database the test opened itself, with the harness's sign-in. */
async function appOver(database: HearthDatabase, config: Config): Promise<Harness> {
  const app = await buildApp({ database, config, webRoot: '/nonexistent' });
  await app.ready();
  return { app, database, config, signIn: (username, password) => signIn(app, username, password), close: () => app.close() };
}

/** A target nobody has created yet: a new database name, or a new folder. */
function brandNewTarget(): Record<string, string> {
  if (testDatabaseKind === 'postgres') {
    const name = uniqueName('hearth_restored');
    cleanups.push(async () => {
      await adminQuery(`drop database if exists ${name} with (force)`);
    });
    return { DATABASE_URL: databaseUrl(name) };
  }
  return { HEARTH_DATA_DIR: path.join(folder, `restored-${cleanups.length}`, 'pglite') };
}

const configFor = (env: Record<string, string>) => testConfig({ ...env, DATABASE_POOL_SIZE: '2' });

async function fingerprint(database: HearthDatabase) {
  return database.asOwner(async (owner) => ({
    tables: await tableFingerprints(owner),
    schema: await schemaSnapshot(owner),
    access: await accessSummary(owner),
  }));
}

describe(`PLAT-2 hearth backup and restore (${testDatabaseKind})`, () => {
  it('restores a populated database into a brand-new one with every row, the audit chain, grants and policies', { timeout: 240_000 }, async () => {
    const source = await standaloneDatabase();
    cleanups.push(() => source.remove());

    // Populate: the demo agency, an open investigation (Torres–Ruiz, North) and a second family's report.
    const database = await source.open();
    await database.asOwner(seedDemoAgency);
    const h = await appOver(database, configFor(source.env));
    const { investigationId, investigator } = await openInvestigation(h);
    expect((await investigator.get(`/api/investigations/${investigationId}`)).statusCode).toBe(200);
    await takeScreenedInReport(await h.signIn('screener'), {
      child: { firstName: 'Ana', lastName: 'Quispe', dateOfBirth: '2019-03-04' },
      parent: { firstName: 'Rafael', lastName: 'Quispe', dateOfBirth: '1988-12-01' },
      reporterName: 'Dana Wells',
    });
    await h.close();
    const sourceAudit = await database.asOwner(verifyAuditChain); // also seals every row into the chain
    expect(sourceAudit.ok).toBe(true);
    const before = await fingerprint(database);
    await database.close();
    expect(before.tables.audit_event!.rows).toBeGreaterThan(10);
    expect(before.tables.investigation!.rows).toBe(1);
    expect(before.tables.person!.rows).toBeGreaterThanOrEqual(7); // the two families, besides any the demo seed adds

    const file = path.join(folder, testDatabaseKind === 'postgres' ? 'hearth.dump' : 'hearth.tar.gz');
    const backup = await runHearthCli(['backup', file], source.env);
    expect(backup.code, backup.stderr).toBe(0);

    const target = brandNewTarget();
    const restore = await runHearthCli(['restore', file], target);
    expect(restore.code, restore.stderr).toBe(0);
    expect(restore.stdout).toContain(`${before.access.policies} row-level-security policies, audit chain intact (${sourceAudit.rows} rows)`);

    const restored = await openDatabase(configFor(target), { migrate: false });
    try {
      const after = await fingerprint(restored);
      expect(Object.keys(after.tables)).toEqual(Object.keys(before.tables));
      expect(after.tables).toEqual(before.tables);
      expect(after.access).toEqual(before.access);
      expect(after.schema).toEqual(before.schema);
      expect(await restored.asOwner(verifyAuditChain)).toEqual(sourceAudit);

      // The application role reads under row-level security: the investigator opens her
      // investigation; an investigator from the South office gets 404.
      const app = await appOver(restored, configFor(target));
      try {
        const opened = await (await app.signIn('investigator')).get(`/api/investigations/${investigationId}`);
        expect(opened.statusCode, opened.body).toBe(200);
        expect(opened.json().id ?? opened.json().investigation?.id).toBe(investigationId);
        expect((await (await app.signIn('south.investigator')).get(`/api/investigations/${investigationId}`)).statusCode).toBe(404);
        const visible = await restored.app.transaction().execute(async (trx) => {
          await sql`select * from hearth_begin(${investigator.userId}::uuid)`.execute(trx);
          return (await sql<{ n: number }>`select count(*)::int as n from investigation`.execute(trx)).rows[0]!.n;
        });
        expect(visible).toBe(1);
      } finally {
        await app.close();
      }
    } finally {
      await restored.close();
    }

    // A second restore over the now non-empty target is refused and changes nothing.
    const again = await runHearthCli(['restore', file], target);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('nothing was changed');
    expect(again.stderr).toContain('--force');
  });

  it('refuses a backup of the other kind of database, and a file that is no backup', async () => {
    const junk = path.join(folder, 'notes.txt');
    writeFileSync(junk, 'not a backup');
    const notBackup = await runHearthCli(['restore', junk], brandNewTarget());
    expect(notBackup.code).toBe(1);
    expect(notBackup.stderr).toContain('is not a Hearth backup');

    // Only the first bytes are read before refusing, so a header is enough.
    const other = path.join(folder, 'other-kind');
    writeFileSync(other, testDatabaseKind === 'postgres' ? Buffer.from([0x1f, 0x8b, 8, 0, 0]) : 'PGDMP');
    const wrongKind = await runHearthCli(['restore', other], brandNewTarget());
    expect(wrongKind.code).toBe(1);
    expect(wrongKind.stderr).toContain(testDatabaseKind === 'postgres' ? 'is a PGlite backup' : 'is a PostgreSQL backup');
  });
});

onPostgresOnly(() => {
  describe('PLAT-2 hearth restore on PostgreSQL: roles the target lacks', () => {
    it('names a role the backup grants to that the server does not have, and leaves the new database empty', { timeout: 120_000 }, async () => {
      const source = await standaloneDatabase();
      cleanups.push(() => source.remove());
      const role = uniqueName('hearth_reporting');
      await adminQuery(`create role ${role}`);
      cleanups.push(async () => {
        await adminQuery(`drop role if exists ${role}`);
      });
      const grantOn = async (statement: string) => {
        const database = await source.open();
        await database.asOwner((owner) => sql.raw(statement).execute(owner));
        await database.close();
      };
      await grantOn(`grant select on org_unit to ${role}`);
      const file = path.join(folder, 'with-role.dump');
      expect((await runHearthCli(['backup', file], source.env)).code).toBe(0);
      await grantOn(`revoke select on org_unit from ${role}`);
      await adminQuery(`drop role ${role}`);

      const target = brandNewTarget();
      const refused = await runHearthCli(['restore', file], target);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(`role(s) this server does not have: ${role}`);
      const left = await adminQuery(`select 1 from pg_database where datname = '${new URL(target.DATABASE_URL!).pathname.slice(1)}'`);
      expect(left.rowCount).toBe(1); // created, and still empty: a rerun needs no --force

      await adminQuery(`create role ${role}`);
      const restored = await runHearthCli(['restore', file], target);
      expect(restored.code, restored.stderr).toBe(0);
    });
  });
});
