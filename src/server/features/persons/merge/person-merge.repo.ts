import { sql, type Transaction } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { MergeableField } from './person-merge.schema.js';

type Trx = Transaction<DB>;

/** The person's columns by the API's field names, for the fields a merge can take. */
export const columnOf = {
  firstName: 'first_name',
  middleName: 'middle_name',
  lastName: 'last_name',
  suffix: 'suffix',
  dateOfBirth: 'date_of_birth',
  approximateAge: 'approximate_age',
  sex: 'sex',
  races: 'races',
  ethnicity: 'ethnicity',
  tribalAffiliation: 'tribal_affiliation',
  icwaInquiry: 'icwa_inquiry',
  icwaInquiryDate: 'icwa_inquiry_date',
  primaryLanguage: 'primary_language',
  interpreterNeeded: 'interpreter_needed',
  phone: 'phone',
  email: 'email',
} as const;

// fields_taken is not the app's to read: it holds the other record's facts (the functions use it).
/**
 * Serialises merges that touch either record, so a double click's second request waits for the
 * first and then finds its merge (an idempotent replay), instead of racing it into a conflict.
 */
export async function lockMergesOf(trx: Trx, a: string, b: string) {
  for (const id of [a, b].sort()) await sql`select pg_advisory_xact_lock(hashtextextended(${`person-merge:${id}`}, 0))`.execute(trx);
}

export const findMerge = (trx: Trx, id: string) =>
  trx.selectFrom('person_merge').select(['id', 'survivor_id', 'merged_id', 'undone_at']).where('id', '=', id).executeTakeFirst();

/** Merges into or out of the person that the reader may see, newest first, with who did them. */
export const findMergesOf = (trx: Trx, personId: string) =>
  trx
    .selectFrom('person_merge as m')
    .innerJoin('staff_user as by', 'by.id', 'm.merged_by')
    .leftJoin('staff_user as undoer', 'undoer.id', 'm.undone_by')
    .select([
      'm.id',
      'm.survivor_id',
      'm.merged_id',
      'm.reason',
      'm.merged_at',
      'm.undone_at',
      'm.undo_reason',
      'm.survivor_name',
      'm.merged_name',
      'by.display_name as merged_by_name',
      'undoer.display_name as undone_by_name',
    ])
    .where((eb) => eb.or([eb('m.survivor_id', '=', personId), eb('m.merged_id', '=', personId)]))
    .orderBy('m.merged_at', 'desc')
    .execute();

/** Records merged into these survivors, for the search to show under each (PLAT-4). */
export function findMergedInto(trx: Trx, survivorIds: string[]) {
  if (survivorIds.length === 0) return Promise.resolve([]);
  return trx.selectFrom('person').select(['id', 'merged_into', 'first_name', 'last_name', 'date_of_birth']).where('merged_into', 'in', survivorIds).execute();
}

/** Report and case numbers both records are on: there they are listed as different people. */
export async function findSharedRecords(trx: Trx, a: string, b: string) {
  const { rows } = await sql<{ number: string }>`
    select r.number from report r
     where exists (select 1 from report_participant x where x.report_id = r.id and x.person_id = ${a})
       and exists (select 1 from report_participant y where y.report_id = r.id and y.person_id = ${b})
    union
    select c.number from family_case c
     where exists (select 1 from case_participant x where x.case_id = c.id and x.person_id = ${a})
       and exists (select 1 from case_participant y where y.case_id = c.id and y.person_id = ${b})
    order by 1`.execute(trx);
  return rows.map((r) => r.number);
}

export interface MergeCall {
  id: string;
  survivorId: string;
  mergedId: string;
  /** The versions read: the function checks them again under its lock. */
  survivorVersion: number;
  mergedVersion: number;
  fieldsTaken: object;
  reason: string;
}

export const mergePerson = (trx: Trx, m: MergeCall) =>
  sql`select hearth_merge_person(${m.id}, ${m.survivorId}, ${m.mergedId}, ${m.survivorVersion}::int, ${m.mergedVersion}::int,
                                 ${JSON.stringify(m.fieldsTaken)}::jsonb, ${m.reason})`.execute(trx);

/** Undoes the merge; answers the API names of the fields put back on the survivor. */
export async function unmergePerson(trx: Trx, mergeId: string, reason: string) {
  const { rows } = await sql<{ restored: MergeableField[] }>`select hearth_unmerge_person(${mergeId}, ${reason}) as restored`.execute(trx);
  return rows[0]?.restored ?? [];
}

/** The latest merges the reader may see (an administrator: all of them), with who merged and undid. */
export const findRecentMerges = (trx: Trx) =>
  trx
    .selectFrom('person_merge as m')
    .innerJoin('staff_user as by', 'by.id', 'm.merged_by')
    .leftJoin('staff_user as undoer', 'undoer.id', 'm.undone_by')
    .select([
      'm.id',
      'm.survivor_id',
      'm.merged_id',
      'm.survivor_name',
      'm.merged_name',
      'm.reason',
      'm.merged_at',
      'm.undone_at',
      'm.undo_reason',
      'by.display_name as merged_by_name',
      'undoer.display_name as undone_by_name',
    ])
    .orderBy('m.merged_at', 'desc')
    .limit(200)
    .execute();

/** Sets the given fields of the survivor at the version read; undefined when it is stale. */
export const setPersonFields = (trx: Trx, personId: string, version: number, values: Record<string, unknown>) =>
  trx
    .updateTable('person')
    .set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('id', '=', personId)
    .where('version', '=', version)
    .returning('id')
    .executeTakeFirst();
