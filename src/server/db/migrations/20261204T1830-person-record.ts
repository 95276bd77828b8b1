import { type Kysely, sql } from 'kysely';

/**
 * PLAT-4 (issue 11): the person record is edited, and every change is kept. A person gains a phone
 * and an e-mail; `person_version` holds each earlier state as it stood before a change (the whole
 * record, aliases and addresses included), who changed it and which fields. Visible exactly when
 * the person is; written only by the one making the change.
 */
const statements = [
  `alter table person add column phone text, add column email text`,
  `create table person_version (
     id uuid primary key default gen_random_uuid(),
     person_id uuid not null references person(id),
     version integer not null check (version >= 1),
     snapshot jsonb not null,
     changed_fields text[] not null,
     changed_by uuid not null references staff_user(id),
     changed_at timestamptz not null default now(),
     unique (person_id, version)
   )`,
  // An edit replaces the aliases (the version keeps the old ones); person_alias_all already scopes the rows.
  `grant delete on person_alias to hearth_app`,
  `grant select, insert on person_version to hearth_app`,
  `alter table person_version enable row level security`,
  `create policy person_version_read on person_version for select to hearth_app using (hearth_can_see_person(person_id))`,
  `create policy person_version_add on person_version for insert to hearth_app
     with check (changed_by = hearth_uid() and hearth_can_see_person(person_id))`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
