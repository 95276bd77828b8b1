import type { Insertable, Kysely, Transaction } from 'kysely';
import type { DB, SubjectType } from '../../db/schema.js';

type Db = Transaction<DB> | Kysely<DB>;

export const findImported = (db: Db) =>
  db
    .selectFrom('instrument_definition as d')
    .leftJoin('staff_user as u', 'u.id', 'd.imported_by')
    .select(['d.key', 'd.version', 'd.kind', 'd.definition', 'd.imported_at', 'u.display_name as imported_by_name'])
    .orderBy('d.key')
    .orderBy('d.version')
    .execute();

export const findImportedOne = (db: Db, key: string, version: number) =>
  db.selectFrom('instrument_definition').select(['definition']).where('key', '=', key).where('version', '=', version).executeTakeFirst();

export const insertDefinition = (db: Db, row: { key: string; version: number; kind: string; definition: string; imported_by: string }) =>
  db.insertInto('instrument_definition').values(row).execute();

/** The latest response on a record, of one instrument key or (without a key) of any. */
export const findResponse = (db: Db, subjectType: SubjectType, subjectId: string, key?: string) =>
  db
    .selectFrom('instrument_response')
    .selectAll()
    .where('subject_type', '=', subjectType)
    .where('subject_id', '=', subjectId)
    .where('superseded_at', 'is', null)
    .$if(key !== undefined, (qb) => qb.where('instrument_key', '=', key!))
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();

/**
 * Inserts a subject's first response of an instrument kind; false when a concurrent first save
 * already made the live one (instrument_response_one_live_idx), so the caller answers 409.
 */
export async function insertFirstResponse(db: Db, row: Insertable<DB['instrument_response']>) {
  const result = await db
    .insertInto('instrument_response')
    .values(row)
    .onConflict((oc) => oc.columns(['subject_type', 'subject_id', 'instrument_kind']).where('superseded_at', 'is', null).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}
