import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Migration, MigrationProvider } from 'kysely/migration';

const root = path.resolve(import.meta.dirname, '..', '..');
const fixtures = path.join(root, 'test', 'fixtures', 'landed-migrations');

/**
 * The earliest landed text of each migration that was later edited (committed as plain text so
 * nothing type-checks or runs it by accident). A database migrated with these is what an early
 * data folder holds; the fix-forward migration must bring it to what today's migrations make.
 * The files are written out as .ts under node_modules/.cache, where `kysely` resolves, and imported.
 */
export function earliestMigrationProvider(): MigrationProvider {
  return {
    getMigrations: async () => {
      const folder = path.join(root, 'node_modules', '.cache', `hearth-earliest-migrations-${process.pid}`);
      mkdirSync(folder, { recursive: true });
      const migrations: Record<string, Migration> = {};
      try {
        for (const file of readdirSync(fixtures)
          .filter((f) => f.endsWith('.ts.txt'))
          .sort()) {
          const name = file.slice(0, -'.ts.txt'.length);
          const target = path.join(folder, `${name}.ts`);
          writeFileSync(target, readFileSync(path.join(fixtures, file)));
          migrations[name] = (await import(pathToFileURL(target).href)) as Migration;
        }
      } finally {
        rmSync(folder, { recursive: true, force: true }); // imported modules stay loaded
      }
      return migrations;
    },
  };
}
