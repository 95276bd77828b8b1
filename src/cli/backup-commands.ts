import { openDatabase } from '../server/db/database.js';
import { BackupError, backupKindOf } from '../server/db/backup/backup-file.js';
import { backupPglite, restorePglite } from '../server/db/backup/backup-pglite.js';
import { backupPostgres, restorePostgres } from '../server/db/backup/backup-postgres.js';
import { verifyAuditChain } from '../server/platform/audit-verify.js';
import type { Config } from '../server/platform/config.js';
import { UsageError } from './practice-commands.js';

const where = (config: Config) =>
  config.DATABASE_URL ? `PostgreSQL database ${new URL(config.DATABASE_URL).pathname.slice(1)}` : `PGlite folder ${config.HEARTH_DATA_DIR}`;

/** hearth backup FILE */
export async function backupCommand(config: Config, args: string[]) {
  const [file, ...rest] = args;
  if (!file || rest.length) throw new UsageError('Usage: hearth backup FILE');
  if (config.DATABASE_URL) await backupPostgres(config.DATABASE_URL, file);
  else await backupPglite(config.HEARTH_DATA_DIR, file);
  console.log(`Backed up the ${where(config)} to ${file}.`);
}

/** hearth restore FILE [--force] — then checks the audit chain and the access rules it brought back. */
export async function restoreCommand(config: Config, args: string[]) {
  const force = args.includes('--force');
  const files = args.filter((a) => a !== '--force');
  if (files.length !== 1 || files[0]!.startsWith('--')) throw new UsageError('Usage: hearth restore FILE [--force]');
  const file = files[0]!;
  const kind = await backupKindOf(file);
  const configured = config.DATABASE_URL ? 'postgres' : 'pglite';
  if (kind !== configured) {
    throw new BackupError(
      kind === 'pglite'
        ? `${file} is a PGlite backup; restore it with DATABASE_URL unset and HEARTH_DATA_DIR naming the folder.`
        : `${file} is a PostgreSQL backup; restore it with DATABASE_URL naming the database to restore into.`,
    );
  }
  const options = { force, say: (line: string) => console.log(line) };
  if (config.DATABASE_URL) await restorePostgres(config.DATABASE_URL, file, options);
  else await restorePglite(config.HEARTH_DATA_DIR, file, options);

  // Pending migrations are left for `hearth migrate` / `hearth start`: the restore gives back the backup as it was.
  const database = await openDatabase(config, { migrate: false });
  try {
    const { audit, policies } = await database.asOwner(async (owner) => ({
      audit: await verifyAuditChain(owner),
      policies: (
        await owner
          .selectFrom('pg_policies')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    }));
    if (!audit.ok)
      throw new BackupError(
        `Restored, but audit verify FAILED at ${audit.firstBad.seq ?? `chain position ${audit.firstBad.chainPos}`}: ${audit.firstBad.reason}.`,
      );
    console.log(`Restored ${file} into the ${where(config)}: ${Number(policies)} row-level-security policies, audit chain intact (${audit.rows} rows).`);
  } finally {
    await database.close();
  }
}
