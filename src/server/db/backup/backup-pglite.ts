import { existsSync, readdirSync, renameSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { BackupError } from './backup-file.js';
import type { RestoreOptions } from './backup-postgres.js';

/**
 * A PGlite backup is its whole data folder (PGlite's dumpDataDir, gzipped tar). The folder is the
 * whole cluster, so the application role, its grants and every policy travel with it. PGlite is
 * one process at a time: stop the server before a backup or restore.
 */
const extensions = { pg_trgm, fuzzystrmatch, unaccent };

const hasData = (dataDir: string) => existsSync(dataDir) && readdirSync(dataDir).length > 0;

export async function backupPglite(dataDir: string, file: string): Promise<void> {
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) throw new BackupError(`No PGlite database in ${dataDir} (HEARTH_DATA_DIR); nothing to back up.`);
  const pglite = await PGlite.create({ dataDir, extensions });
  try {
    const archive = await pglite.dumpDataDir('gzip');
    await writeFile(file, Buffer.from(await archive.arrayBuffer()));
  } finally {
    await pglite.close();
  }
}

export async function restorePglite(dataDir: string, file: string, options: RestoreOptions): Promise<void> {
  if (hasData(dataDir)) {
    if (!options.force) {
      throw new BackupError(
        `${dataDir} (HEARTH_DATA_DIR) already holds data; nothing was changed. To replace it, run again with --force: ` +
          'that moves the folder aside (renamed with ".replaced-" and the time) and restores the backup into a new, empty folder.',
      );
    }
    const aside = `${dataDir.replace(/[\\/]+$/, '')}.replaced-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    options.say(`Moving ${dataDir} aside to ${aside} (--force) …`);
    renameSync(dataDir, aside);
  }
  await mkdir(dataDir, { recursive: true });
  options.say(`Restoring ${file} into ${dataDir} …`);
  const pglite = await PGlite.create({ dataDir, loadDataDir: new Blob([await readFile(file)]), extensions });
  await pglite.close();
}
