import { randomBytes } from 'node:crypto';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/** Which database the integration tests run on: HEARTH_TEST_DB=postgres, or PGlite by default. */
export const testDatabaseKind = process.env.HEARTH_TEST_DB === 'postgres' ? 'postgres' : 'pglite';
export const adminUrl = process.env.HEARTH_TEST_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export function databaseUrl(name: string) {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function adminQuery(text: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await client.query(text);
  } finally {
    await client.end();
  }
}

export const uniqueName = (prefix: string) => `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;

export async function loadPgliteTemplate(dumpPath: string): Promise<Blob> {
  const { readFile } = await import('node:fs/promises');
  return new Blob([await readFile(dumpPath)]);
}

export type { PGlite };
