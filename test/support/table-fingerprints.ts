import { type Kysely, sql } from 'kysely';

/**
 * Every table in schema `public` with its row count and an MD5 of all its rows (each row as text,
 * in text order, so the order rows were stored in does not matter and any changed value does).
 */
export async function tableFingerprints(db: Kysely<any>): Promise<Record<string, { rows: number; md5: string }>> {
  const tables = (await sql<{ name: string }>`select tablename as name from pg_tables where schemaname = 'public' order by 1`.execute(db)).rows;
  const result: Record<string, { rows: number; md5: string }> = {};
  for (const { name } of tables) {
    const { rows } = await sql<{ rows: number; md5: string }>`
      select count(*)::int as rows, coalesce(md5(string_agg(t::text, E'\n' order by t::text)), '') as md5 from ${sql.table(name)} t`.execute(db);
    result[name] = rows[0]!;
  }
  return result;
}
