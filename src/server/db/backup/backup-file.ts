import { open } from 'node:fs/promises';

/** A backup or restore that cannot go ahead; the message says why and what to do. */
export class BackupError extends Error {}

export type BackupKind = 'postgres' | 'pglite';

/**
 * Which database a backup file came from, by its first bytes: pg_dump's custom format starts with
 * "PGDMP"; a PGlite backup is its data folder as a gzipped tar.
 */
export async function backupKindOf(file: string): Promise<BackupKind> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(file, 'r');
  } catch {
    throw new BackupError(`No backup file at ${file}.`);
  }
  try {
    const head = Buffer.alloc(5);
    await handle.read(head, 0, 5, 0);
    if (head.toString('latin1') === 'PGDMP') return 'postgres';
    if (head[0] === 0x1f && head[1] === 0x8b) return 'pglite';
    throw new BackupError(`${file} is not a Hearth backup (neither a pg_dump custom-format file nor a PGlite data-folder archive).`);
  } finally {
    await handle.close();
  }
}
