import { type Kysely, sql } from 'kysely';

/**
 * INT-5: reports the agency makes to law enforcement and others about a report (who, when, how,
 * their reference number). Visible exactly when the report is; append-only (a correction is a new
 * entry), written by the person who made it; every read and write audited by the service.
 */
const statements = [
  `create table cross_report (
     id uuid primary key,
     report_id uuid not null references report(id),
     agency_kind text not null check (agency_kind in ('law_enforcement','district_attorney','licensing','tribe','military','other')),
     agency_name text not null,
     contact_name text,
     method text not null check (method in ('phone','electronic','written','in_person')),
     sent_at timestamptz not null,
     reference_number text,
     notes text not null default '',
     created_by uuid not null references staff_user(id),
     created_at timestamptz not null default now()
   )`,
  `create index cross_report_report_idx on cross_report (report_id, sent_at)`,
  `grant select, insert on cross_report to hearth_app`,
  `alter table cross_report enable row level security`,
  `create policy cross_report_read on cross_report for select to hearth_app using (hearth_can_see_report(report_id))`,
  `create policy cross_report_add on cross_report for insert to hearth_app with check (created_by = hearth_uid() and hearth_can_see_report(report_id))`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
