import { type Kysely, sql } from 'kysely';

/**
 * PLAT-5: documents attached to a case, or to a person on it (court orders, school records,
 * photos), kept in the database itself so PGlite and PostgreSQL alike need no file store.
 * Visible when the case is; a document marked `workers` only to the case's assigned workers and the
 * supervisors over its unit. Append-only; every upload, list and download audited by the service.
 */
const statements = [
  `create table case_document (
     id uuid primary key,
     case_id uuid not null references family_case(id),
     person_id uuid references person(id),
     doc_type text not null check (doc_type in ('court_order','school_record','medical_record','photo','letter','assessment','other')),
     document_date date not null,
     description text not null default '',
     visibility text not null default 'case' check (visibility in ('case','workers')),
     filename text not null,
     content_type text not null check (content_type in ('application/pdf','image/jpeg','image/png','text/plain',
                                        'application/vnd.openxmlformats-officedocument.wordprocessingml.document')),
     size_bytes int not null check (size_bytes between 1 and 10485760),
     sha256 text not null,
     content bytea not null,
     created_by uuid not null references staff_user(id),
     created_at timestamptz not null default now(),
     foreign key (case_id, person_id) references case_participant (case_id, person_id)
   )`,
  `create index case_document_case_idx on case_document (case_id, document_date)`,
  // Who may read a document marked for the workers only: the case's assigned workers and the
  // supervisors and program managers over its unit.
  `create function hearth_can_see_restricted_case_document(target uuid) returns boolean
   language sql stable security definer set search_path = public as $$
     select exists (select 1 from case_assignment a where a.case_id = target and a.user_id = hearth_uid() and a.ended_at is null)
         or (hearth_has_any_role(array['supervisor','program_manager'])
             and exists (select 1 from family_case c where c.id = target and c.org_unit_id = any (hearth_scope())))
   $$`,
  `grant execute on function hearth_can_see_restricted_case_document(uuid) to hearth_app`,
  `grant select, insert on case_document to hearth_app`,
  `alter table case_document enable row level security`,
  `create policy case_document_read on case_document for select to hearth_app
     using (hearth_can_see_case(case_id) and (visibility = 'case' or hearth_can_see_restricted_case_document(case_id)))`,
  `create policy case_document_add on case_document for insert to hearth_app
     with check (created_by = hearth_uid() and hearth_can_see_case(case_id))`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
