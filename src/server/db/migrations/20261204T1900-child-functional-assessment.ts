import { type Kysely, sql } from 'kysely';

/**
 * FCA-2 (issue 11): each child's functional assessment (the profile's 0–3 needs-and-strengths
 * instrument), repeated over the life of the case so the ratings can be compared. instrument_response
 * keeps one live response per subject and kind, which cannot hold a history, hence this table.
 * The child is tied to the case by a composite key, so a row can never name a child who is not on
 * its case; a completed assessment never changes (trigger); visible exactly when the case is.
 */
const statements = [
  `create table child_functional_assessment (
     id uuid primary key,
     case_id uuid not null references family_case(id),
     child_person_id uuid not null,
     instrument_key text not null,
     instrument_version integer not null check (instrument_version >= 1),
     status text not null default 'draft' check (status in ('draft','completed')),
     answers jsonb not null default '{}'::jsonb,
     result jsonb,
     assessed_on date not null,
     version integer not null default 1,
     created_by uuid not null references staff_user(id),
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now(),
     completed_by uuid references staff_user(id),
     completed_at timestamptz,
     check ((status = 'completed') = (completed_at is not null)),
     check ((status = 'completed') = (result is not null)),
     foreign key (case_id, child_person_id) references case_participant (case_id, person_id)
   )`,
  // One draft per child: a second "start" while one is open is a conflict, not a fork.
  `create unique index child_functional_assessment_one_draft on child_functional_assessment (case_id, child_person_id) where status = 'draft'`,
  `create index child_functional_assessment_case_idx on child_functional_assessment (case_id, child_person_id, assessed_on)`,
  `create function hearth_child_functional_assessment_frozen() returns trigger language plpgsql as $$
   begin
     if old.status = 'completed' then
       raise exception 'a completed child functional assessment cannot change' using errcode = 'check_violation';
     end if;
     return case when tg_op = 'DELETE' then old else new end;
   end $$`,
  `create trigger child_functional_assessment_frozen before update or delete on child_functional_assessment
     for each row execute function hearth_child_functional_assessment_frozen()`,
  `grant select, insert, update on child_functional_assessment to hearth_app`,
  `alter table child_functional_assessment enable row level security`,
  `create policy child_functional_assessment_read on child_functional_assessment for select to hearth_app using (hearth_can_see_case(case_id))`,
  `create policy child_functional_assessment_add on child_functional_assessment for insert to hearth_app with check (hearth_can_see_case(case_id))`,
  `create policy child_functional_assessment_change on child_functional_assessment for update to hearth_app using (hearth_can_see_case(case_id)) with check (hearth_can_see_case(case_id))`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
