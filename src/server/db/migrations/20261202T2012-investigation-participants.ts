import { type Kysely, sql } from 'kysely';

/**
 * INV-1, INV-8: a person the investigator finds in the home joins the report's household, marked
 * with the investigation and the worker who added them, so the hotline's record of what the
 * reporter said stays distinguishable. The report's row-level security already covers the rows.
 */
const statements = [
  `alter table report_participant
     add column added_by_investigation uuid references investigation(id),
     add column added_by uuid references staff_user(id),
     add column added_at timestamptz`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
