import { type Kysely, sql } from 'kysely';

/**
 * INV-3, INT-3: one live response per instrument kind per subject (one screening per report, one
 * safety and one risk assessment per investigation). Concurrent first saves used to make one row
 * each; the index now lets one win and the app answers the others 409. Rows an earlier race left
 * behind are kept, marked superseded, never deleted: the newest (the one the app already showed and
 * went on saving to) stays live.
 */
const statements = [
  `alter table instrument_response add column instrument_kind text`,
  `update instrument_response r set instrument_kind = d.kind
     from instrument_definition d where d.key = r.instrument_key and d.version = r.instrument_version`,
  `alter table instrument_response alter column instrument_kind set not null`,
  `alter table instrument_response add column superseded_at timestamptz`,
  `update instrument_response r set superseded_at = now()
     where exists (select 1 from instrument_response n
                   where n.subject_type = r.subject_type and n.subject_id = r.subject_id and n.instrument_kind = r.instrument_kind
                     and (n.created_at > r.created_at or (n.created_at = r.created_at and n.id > r.id)))`,
  `create unique index instrument_response_one_live_idx on instrument_response (subject_type, subject_id, instrument_kind) where superseded_at is null`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
