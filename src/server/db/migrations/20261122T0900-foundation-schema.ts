import { type Kysely, sql } from 'kysely';

/**
 * Foundation schema: org units, staff, sessions, persons, reports, investigations, cases.
 * Forward-only; never edit after it lands. Row-level security and audit come in the next
 * migrations so each concern reads on its own.
 */
const statements = [
  `create extension if not exists pg_trgm`,
  `create extension if not exists fuzzystrmatch`,

  `create table org_unit (
     id uuid primary key default gen_random_uuid(),
     parent_id uuid references org_unit(id),
     kind text not null check (kind in ('state','region','office','unit')),
     unit_function text check (unit_function in ('hotline','investigation','ongoing','administration','quality')),
     code text not null unique,
     name text not null,
     path uuid[] not null,
     supervisor_id uuid,
     version int not null default 1
   )`,
  `create index org_unit_path_idx on org_unit using gin (path)`,

  `create table staff_user (
     id uuid primary key default gen_random_uuid(),
     username text not null,
     display_name text not null,
     email text,
     password_hash text not null,
     roles text[] not null check (roles <@ array['hotline_screener','investigator','caseworker','supervisor','program_manager','qa_reviewer','administrator']::text[] and cardinality(roles) > 0),
     org_unit_id uuid not null references org_unit(id),
     scope_unit_id uuid references org_unit(id),
     language text not null default 'en' check (language in ('en','es')),
     active boolean not null default true,
     created_at timestamptz not null default now(),
     version int not null default 1
   )`,
  `create unique index staff_user_username_idx on staff_user (lower(username))`,
  `alter table org_unit add constraint org_unit_supervisor_fk foreign key (supervisor_id) references staff_user(id)`,

  // Failed sign-ins counted per typed username, known or not, so a lockout answer never reveals
  // whether an account exists.
  `create table sign_in_throttle (
     username_key text primary key,
     failures int not null default 0,
     last_failure_at timestamptz not null default now(),
     locked_until timestamptz
   )`,

  `create table staff_session (
     id uuid primary key default gen_random_uuid(),
     token_hash text not null unique,
     csrf_token text not null,
     user_id uuid not null references staff_user(id),
     created_at timestamptz not null default now(),
     last_seen_at timestamptz not null default now(),
     expires_at timestamptz not null,
     ended_at timestamptz,
     ip text,
     user_agent text
   )`,
  `create index staff_session_user_idx on staff_session (user_id)`,

  `create table person (
     id uuid primary key default gen_random_uuid(),
     first_name text not null,
     middle_name text,
     last_name text not null,
     suffix text,
     date_of_birth date,
     approximate_age int check (approximate_age between 0 and 120),
     sex text not null default 'unknown' check (sex in ('female','male','unknown')),
     races text[] not null default '{}' check (races <@ array['american_indian_alaska_native','asian','black','native_hawaiian_pacific_islander','white','unable_to_determine','declined']::text[]),
     ethnicity text not null default 'unknown' check (ethnicity in ('hispanic','not_hispanic','unable_to_determine','declined','unknown')),
     tribal_affiliation text,
     icwa_inquiry text not null default 'not_yet_asked' check (icwa_inquiry in ('not_yet_asked','reason_to_know','no_reason_to_know')),
     icwa_inquiry_date date,
     primary_language text not null default 'en',
     interpreter_needed boolean not null default false,
     org_unit_id uuid not null references org_unit(id),
     created_by uuid not null references staff_user(id),
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now(),
     version int not null default 1,
     search_name text generated always as (lower(first_name || ' ' || last_name)) stored,
     first_name_code text generated always as (dmetaphone(first_name)) stored,
     last_name_code text generated always as (dmetaphone(last_name)) stored
   )`,
  `create index person_search_name_trgm_idx on person using gin (search_name gin_trgm_ops)`,
  `create index person_last_name_code_idx on person (last_name_code)`,
  `create index person_dob_idx on person (date_of_birth)`,

  `create table person_alias (
     id uuid primary key default gen_random_uuid(),
     person_id uuid not null references person(id),
     first_name text not null,
     last_name text not null,
     kind text not null default 'alias' check (kind in ('alias','maiden','nickname','previous_legal')),
     search_name text generated always as (lower(first_name || ' ' || last_name)) stored,
     last_name_code text generated always as (dmetaphone(last_name)) stored
   )`,
  `create index person_alias_person_idx on person_alias (person_id)`,
  `create index person_alias_search_trgm_idx on person_alias using gin (search_name gin_trgm_ops)`,

  `create table person_address (
     id uuid primary key default gen_random_uuid(),
     person_id uuid not null references person(id),
     line1 text not null,
     line2 text,
     city text not null,
     state text not null,
     postal_code text,
     confidential boolean not null default false,
     current boolean not null default true,
     version int not null default 1
   )`,
  `create index person_address_person_idx on person_address (person_id)`,

  `create table relationship (
     id uuid primary key default gen_random_uuid(),
     person_id uuid not null references person(id),
     related_person_id uuid not null references person(id),
     kind text not null check (kind in ('parent_of','child_of','sibling_of','grandparent_of','grandchild_of','partner_of','household_member_of','relative_of','other')),
     created_by uuid not null references staff_user(id),
     created_at timestamptz not null default now(),
     check (person_id <> related_person_id),
     unique (person_id, related_person_id, kind)
   )`,
  `create index relationship_related_idx on relationship (related_person_id)`,

  `create sequence report_number_seq`,
  `create table report (
     id uuid primary key default gen_random_uuid(),
     number text not null unique,
     status text not null default 'draft' check (status in ('draft','submitted','returned','approved')),
     received_at timestamptz not null default now(),
     channel text not null default 'phone' check (channel in ('phone','online','email','fax','in_person','law_enforcement')),
     narrative text not null default '',
     org_unit_id uuid not null references org_unit(id),
     screener_id uuid not null references staff_user(id),
     decision text check (decision in ('screen_in','screen_in_family_assessment','screen_out')),
     response_priority text,
     decision_rationale text,
     community_referral text,
     submitted_at timestamptz,
     decided_at timestamptz,
     decided_by uuid references staff_user(id),
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now(),
     version int not null default 1
   )`,
  `create index report_screener_idx on report (screener_id, status)`,
  `create index report_unit_idx on report (org_unit_id, status)`,

  `create table report_reporter (
     report_id uuid primary key references report(id),
     reporter_type text not null default 'other' check (reporter_type in ('social_services','medical','mental_health','legal_law_enforcement','education','child_daycare','substitute_care_provider','alleged_victim','parent','other_relative','friend_neighbor','alleged_perpetrator','anonymous','other','unknown')),
     mandated boolean not null default false,
     anonymous boolean not null default false,
     name text,
     phone text,
     email text,
     relationship_to_family text,
     version int not null default 1
   )`,

  `create table report_participant (
     id uuid primary key default gen_random_uuid(),
     report_id uuid not null references report(id),
     person_id uuid not null references person(id),
     role text not null check (role in ('alleged_victim','parent','household_member','other_family')),
     parent_type text check (parent_type in ('custodial','non_custodial')),
     lives_in_household boolean not null default true,
     unique (report_id, person_id)
   )`,
  `create index report_participant_person_idx on report_participant (person_id)`,

  `create table allegation (
     id uuid primary key default gen_random_uuid(),
     report_id uuid not null references report(id),
     victim_person_id uuid not null references person(id),
     perpetrator_person_id uuid references person(id),
     maltreatment_type text not null check (maltreatment_type in ('physical_abuse','neglect','medical_neglect','sexual_abuse','psychological_maltreatment','sex_trafficking','other')),
     description text not null default '',
     created_at timestamptz not null default now()
   )`,
  `create index allegation_report_idx on allegation (report_id)`,

  `create table report_review (
     id uuid primary key default gen_random_uuid(),
     report_id uuid not null references report(id),
     reviewer_id uuid not null references staff_user(id),
     action text not null check (action in ('submitted','approved','returned')),
     comment text,
     created_at timestamptz not null default now()
   )`,
  `create index report_review_report_idx on report_review (report_id)`,

  `create sequence investigation_number_seq`,
  `create table investigation (
     id uuid primary key default gen_random_uuid(),
     number text not null unique,
     report_id uuid not null unique references report(id),
     track text not null check (track in ('investigation','family_assessment')),
     status text not null default 'open' check (status in ('open','closed')),
     org_unit_id uuid not null references org_unit(id),
     investigator_id uuid references staff_user(id),
     response_priority text not null,
     response_due_at timestamptz not null,
     assigned_at timestamptz not null default now(),
     created_at timestamptz not null default now(),
     version int not null default 1
   )`,
  `create index investigation_investigator_idx on investigation (investigator_id, status)`,
  `create index investigation_unit_idx on investigation (org_unit_id, status)`,

  `create sequence case_number_seq`,
  `create table family_case (
     id uuid primary key default gen_random_uuid(),
     number text not null unique,
     kind text not null check (kind in ('in_home','out_of_home')),
     status text not null default 'open' check (status in ('open','closed')),
     org_unit_id uuid not null references org_unit(id),
     investigation_id uuid references investigation(id),
     opened_at timestamptz not null default now(),
     closed_at timestamptz,
     version int not null default 1
   )`,
  `create table case_assignment (
     id uuid primary key default gen_random_uuid(),
     case_id uuid not null references family_case(id),
     user_id uuid not null references staff_user(id),
     role text not null default 'primary' check (role in ('primary','secondary')),
     started_at timestamptz not null default now(),
     ended_at timestamptz
   )`,
  `create index case_assignment_user_idx on case_assignment (user_id)`,
  `create table case_participant (
     id uuid primary key default gen_random_uuid(),
     case_id uuid not null references family_case(id),
     person_id uuid not null references person(id),
     role text not null,
     unique (case_id, person_id)
   )`,
  `create index case_participant_person_idx on case_participant (person_id)`,

  `create table record_collaborator (
     id uuid primary key default gen_random_uuid(),
     record_type text not null check (record_type in ('report','investigation','case')),
     record_id uuid not null,
     user_id uuid not null references staff_user(id),
     granted_by uuid not null references staff_user(id),
     created_at timestamptz not null default now(),
     unique (record_type, record_id, user_id)
   )`,
  `create index record_collaborator_user_idx on record_collaborator (user_id)`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
