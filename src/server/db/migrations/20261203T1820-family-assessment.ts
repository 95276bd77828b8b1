import { type Kysely, sql } from 'kysely';

/**
 * FCA-1/3/4 (issue 11): the family-centred assessment of an open case, one row per version. The
 * content (per member per domain strengths/needs/evidence, protective factors, contributions,
 * sharing with the family, the prioritised needs) is one JSON document the service validates; a
 * completed version never changes (trigger), and "update" starts a new draft copied from it.
 * Visible exactly when the case is.
 */
const statements = [
  `create table family_assessment (
     id uuid primary key,
     case_id uuid not null references family_case(id),
     version_no integer not null check (version_no >= 1),
     status text not null default 'draft' check (status in ('draft','completed')),
     content jsonb not null,
     version integer not null default 1,
     previous_id uuid references family_assessment(id),
     created_by uuid not null references staff_user(id),
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now(),
     completed_by uuid references staff_user(id),
     completed_at timestamptz,
     unique (case_id, version_no),
     check ((status = 'completed') = (completed_at is not null))
   )`,
  // At most one draft per case: a second "update" while one is open is a conflict, not a fork.
  `create unique index family_assessment_one_draft on family_assessment (case_id) where status = 'draft'`,
  `create function hearth_family_assessment_frozen() returns trigger language plpgsql as $$
   begin
     if old.status = 'completed' then
       raise exception 'a completed family assessment cannot change' using errcode = 'check_violation';
     end if;
     return case when tg_op = 'DELETE' then old else new end;
   end $$`,
  `create trigger family_assessment_frozen before update or delete on family_assessment
     for each row execute function hearth_family_assessment_frozen()`,
  `grant select, insert, update on family_assessment to hearth_app`,
  `alter table family_assessment enable row level security`,
  `create policy family_assessment_read on family_assessment for select to hearth_app using (hearth_can_see_case(case_id))`,
  `create policy family_assessment_add on family_assessment for insert to hearth_app with check (created_by = hearth_uid() and hearth_can_see_case(case_id))`,
  `create policy family_assessment_change on family_assessment for update to hearth_app using (hearth_can_see_case(case_id) and status = 'draft') with check (hearth_can_see_case(case_id))`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
