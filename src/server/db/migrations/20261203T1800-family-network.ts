import { type Kysely, sql } from 'kysely';

/**
 * ENG-1, ENG-2 and the ongoing case's workspace (issue 11):
 * - the family network is the case's participants: relatives and natural supports join the people
 *   the report brought, with how they are connected (their side of the family, their own words),
 *   the strength of the tie for the ecomap, and whether they could be a placement resource or a
 *   safety-plan monitor; a person's whereabouts may be unknown until a diligent search finds them;
 * - a person may be recorded as deceased (the genogram draws them so);
 * - the diligent-search efforts log: who searched where, when, and what came of it. Append-only;
 *   visible exactly when the case is; every read and write audited by the service;
 * - relative notice (ENG-2, SSA §471(a)(29)): for each adult relative, the notice sent (date, method,
 *   language) or the exception recorded instead; append-only, visible exactly when the case is;
 * - a case transfer ends one assignment and starts another (history kept), recorded with its reason.
 */
const statements = [
  `alter table person add column deceased boolean not null default false`,
  `alter table case_participant
     add column side text check (side in ('maternal','paternal','both')),
     add column connection text not null default '',
     add column support_kind text check (support_kind in ('coach','mentor','teacher','neighbour','former_foster_parent','faith_community','friend','other')),
     add column tie_strength text check (tie_strength in ('strong','moderate','tenuous','stressful')),
     add column placement_resource boolean not null default false,
     add column safety_monitor boolean not null default false,
     add column whereabouts_unknown boolean not null default false,
     add column added_by uuid references staff_user(id),
     add column added_at timestamptz not null default now(),
     add column version int not null default 1`,

  `create table diligent_search_effort (
     id uuid primary key,
     case_id uuid not null references family_case(id),
     person_id uuid not null references person(id),
     searched_on date not null,
     source text not null check (source in ('relatives','phone','mail','social_media','public_records','incarceration','child_support','other')),
     outcome text not null,
     found boolean not null default false,
     found_address text,
     created_by uuid not null references staff_user(id),
     created_at timestamptz not null default now(),
     foreign key (case_id, person_id) references case_participant (case_id, person_id)
   )`,
  `create index diligent_search_effort_case_idx on diligent_search_effort (case_id, person_id, searched_on)`,
  `grant select, insert on diligent_search_effort to hearth_app`,
  `alter table diligent_search_effort enable row level security`,
  `create policy diligent_search_effort_read on diligent_search_effort for select to hearth_app using (hearth_can_see_case(case_id))`,
  `create policy diligent_search_effort_add on diligent_search_effort for insert to hearth_app
     with check (created_by = hearth_uid() and hearth_can_see_case(case_id))`,

  `create table relative_notice (
     id uuid primary key,
     case_id uuid not null references family_case(id),
     person_id uuid not null references person(id),
     kind text not null check (kind in ('notified','exception')),
     sent_on date not null,
     method text check (method in ('mail','in_person','phone','email')),
     language text not null default 'en' check (language in ('en','es')),
     exception_reason text,
     created_by uuid not null references staff_user(id),
     created_at timestamptz not null default now(),
     check ((kind = 'notified' and method is not null) or (kind = 'exception' and exception_reason is not null)),
     foreign key (case_id, person_id) references case_participant (case_id, person_id)
   )`,
  `create index relative_notice_case_idx on relative_notice (case_id, person_id)`,
  `grant select, insert on relative_notice to hearth_app`,
  `alter table relative_notice enable row level security`,
  `create policy relative_notice_read on relative_notice for select to hearth_app using (hearth_can_see_case(case_id))`,
  `create policy relative_notice_add on relative_notice for insert to hearth_app
     with check (created_by = hearth_uid() and hearth_can_see_case(case_id))`,

  `alter table case_assignment
     add column ended_by uuid references staff_user(id),
     add column reason text`,
  // One primary worker at a time: two supervisors transferring at once cannot both win.
  `create unique index case_assignment_one_primary_idx on case_assignment (case_id) where role = 'primary' and ended_at is null`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
