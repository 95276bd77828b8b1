import { type Kysely, sql } from 'kysely';

/**
 * ENG-3..5 (issue 11): the child and family team of a case and its meetings — attendance, the
 * family's own words, decisions, follow-up items and the full-disclosure record, item by item.
 * Every table carries `case_id` so one RLS predicate (`hearth_can_see_case`) decides, as for the
 * rest of the case; child rows are tied to their meeting *and* its case by a composite key, so a
 * row can never claim a case its meeting is not on.
 */
const statements = [
  `create table case_team_member (
     id uuid primary key,
     case_id uuid not null references family_case(id),
     person_id uuid,
     name text,
     role text not null check (role in ('parent','relative','youth','youth_chosen','natural_support','provider','school','therapist','advocate','other')),
     chosen_by uuid,
     organisation text,
     phone text,
     email text,
     may_be_told text not null check (may_be_told in ('full','plan_and_meetings','own_part_only')),
     told_note text,
     active boolean not null default true,
     version integer not null default 1,
     added_by uuid not null references staff_user(id),
     added_at timestamptz not null default now(),
     updated_at timestamptz not null default now(),
     -- a family member is on the case's network; a professional may be a name only
     check (person_id is not null or name is not null),
     check ((role = 'youth_chosen') = (chosen_by is not null)),
     unique (id, case_id),
     foreign key (case_id, person_id) references case_participant (case_id, person_id),
     foreign key (case_id, chosen_by) references case_participant (case_id, person_id)
   )`,
  `create unique index case_team_member_once on case_team_member (case_id, person_id) where person_id is not null and active`,

  `create table family_team_meeting (
     id uuid primary key,
     case_id uuid not null references family_case(id),
     reason text not null check (reason in ('regular_review','before_placement','after_emergency_placement','requested','closure_planning')),
     requested_by uuid,
     scheduled_for timestamptz not null,
     location text,
     agenda text,
     language text not null default 'en' check (language in ('en','es')),
     status text not null default 'scheduled' check (status in ('scheduled','held','cancelled')),
     held_at timestamptz,
     family_words text,
     decisions text,
     cancelled_reason text,
     version integer not null default 1,
     created_by uuid not null references staff_user(id),
     created_at timestamptz not null default now(),
     updated_by uuid references staff_user(id),
     updated_at timestamptz not null default now(),
     check ((status = 'held') = (held_at is not null)),
     check ((status = 'cancelled') = (cancelled_reason is not null)),
     check ((reason = 'requested') = (requested_by is not null)),
     unique (id, case_id),
     foreign key (case_id, requested_by) references case_participant (case_id, person_id)
   )`,
  `create index family_team_meeting_case_idx on family_team_meeting (case_id, scheduled_for)`,

  `create table family_team_meeting_attendee (
     meeting_id uuid not null,
     case_id uuid not null,
     team_member_id uuid not null,
     attendance text check (attendance in ('in_person','phone','video','absent')),
     primary key (meeting_id, team_member_id),
     foreign key (meeting_id, case_id) references family_team_meeting (id, case_id),
     foreign key (team_member_id, case_id) references case_team_member (id, case_id)
   )`,
  `create table family_team_meeting_follow_up (
     id uuid primary key,
     meeting_id uuid not null,
     case_id uuid not null,
     action text not null,
     responsible_member_id uuid,
     responsible_name text,
     due_on date not null,
     done_on date,
     version integer not null default 1,
     check (responsible_member_id is not null or responsible_name is not null),
     foreign key (meeting_id, case_id) references family_team_meeting (id, case_id),
     foreign key (responsible_member_id, case_id) references case_team_member (id, case_id)
   )`,
  `create index family_team_meeting_follow_up_case_idx on family_team_meeting_follow_up (case_id, done_on, due_on)`,
  `create table family_team_meeting_disclosure (
     meeting_id uuid not null,
     case_id uuid not null,
     item_code text not null,
     explained boolean not null,
     family_response text,
     primary key (meeting_id, item_code),
     foreign key (meeting_id, case_id) references family_team_meeting (id, case_id)
   )`,
];

const caseTables = [
  'case_team_member',
  'family_team_meeting',
  'family_team_meeting_attendee',
  'family_team_meeting_follow_up',
  'family_team_meeting_disclosure',
] as const;

// Attendance, follow-ups and disclosures are rewritten with the meeting record, so they may be deleted.
const deletable = new Set(['family_team_meeting_attendee', 'family_team_meeting_follow_up', 'family_team_meeting_disclosure']);

const policies = caseTables.flatMap((table) => [
  `grant select, insert, update${deletable.has(table) ? ', delete' : ''} on ${table} to hearth_app`,
  `alter table ${table} enable row level security`,
  `create policy ${table}_read on ${table} for select to hearth_app using (hearth_can_see_case(case_id))`,
  `create policy ${table}_add on ${table} for insert to hearth_app with check (hearth_can_see_case(case_id))`,
  `create policy ${table}_change on ${table} for update to hearth_app using (hearth_can_see_case(case_id)) with check (hearth_can_see_case(case_id))`,
  ...(deletable.has(table) ? [`create policy ${table}_remove on ${table} for delete to hearth_app using (hearth_can_see_case(case_id))`] : []),
]);

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of [...statements, ...policies]) await sql.raw(statement).execute(db);
}
