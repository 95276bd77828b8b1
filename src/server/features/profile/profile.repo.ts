import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';

type Db = Transaction<DB> | Kysely<DB>;

export const findLatestChoice = (db: Db) =>
  db.selectFrom('agency_profile_choice').select(['profile_code', 'chosen_at']).orderBy('chosen_at', 'desc').limit(1).executeTakeFirst();

export const findChoices = (db: Db) =>
  db
    .selectFrom('agency_profile_choice as c')
    .leftJoin('staff_user as u', 'u.id', 'c.chosen_by')
    .select(['c.id', 'c.profile_code', 'c.chosen_at', 'c.note', 'u.display_name as chosen_by_name'])
    .orderBy('c.chosen_at', 'desc')
    .limit(100)
    .execute();

export const insertChoice = (db: Db, row: { id: string; profile_code: 'ct' | 'ga' | 'vt'; chosen_by: string | null; note: string | null }) =>
  db.insertInto('agency_profile_choice').values(row).execute();
