import { type Kysely, sql } from 'kysely';

/**
 * INV-1, INV-7: the exception an investigator records when a child in the home could never be
 * seen face to face (e.g. the family could not be located after documented efforts). It lives on
 * the investigation row, so the investigation's existing row-level security and audit cover it.
 */
const statements = [
  `alter table investigation add column unseen_exception_code text, add column unseen_exception_efforts text`,
  `alter table investigation add constraint investigation_unseen_exception_pair
     check (unseen_exception_code is not null or unseen_exception_efforts is null)`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
