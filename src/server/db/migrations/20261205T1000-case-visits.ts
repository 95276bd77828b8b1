import { type Kysely, sql } from 'kysely';

/**
 * VIS-2, VIS-3 (issue 12): purposeful caseworker visits — planned from the case plan's objectives and
 * the team's follow-ups, then recorded: where, who was seen (every child in the home, seen or not
 * with a reason), private time with each child and parent, the safety check, what the family said,
 * next steps, and progress noted against the objectives discussed.
 *
 * The visit id is the client's, so a double tap (or a retry after the network dropped) saves one
 * visit. Every table carries `case_id` so one RLS predicate (`hearth_can_see_case`) decides, and child
 * rows are tied to their visit *and* its case by a composite key. People are tied to the case by the
 * composite key to case_participant, DEFERRABLE so a person merge (PLAT-4) can move both sides
 * before the check. The objective ids in topics and progress have no foreign key on purpose: the
 * case-plan tables land in a later migration (20261205T1100), and a visit keeps its record when a
 * plan is revised — the objective's wording at the time is kept beside the id.
 */
const statements = [
  `create table case_visit (
     id uuid primary key,
     case_id uuid not null references family_case(id),
     status text not null default 'planned' check (status in ('planned','recorded','cancelled')),
     planned_for date,
     purpose text not null,
     -- [{kind: 'objective'|'follow_up'|'own', refId: uuid|null, text}]: what the visit is to cover.
     topics jsonb not null default '[]'::jsonb check (jsonb_typeof(topics) = 'array'),
     occurred_at timestamptz,
     -- The agency-local calendar day of occurred_at, fixed when recorded: the federal measure counts by it.
     occurred_on date,
     location_kind text check (location_kind in ('residence','placement','school','office','other')),
     location_note text,
     safety_new_concerns boolean,
     safety_children_safe boolean,
     safety_note text,
     family_words text,
     next_steps text,
     next_visit_on date,
     cancelled_reason text,
     -- A digest of the last record saved, so a record resent after a dropped connection is answered, not refused as stale.
     record_digest text,
     version integer not null default 1,
     created_by uuid not null references staff_user(id),
     created_at timestamptz not null default now(),
     recorded_by uuid references staff_user(id),
     recorded_at timestamptz,
     updated_by uuid references staff_user(id),
     updated_at timestamptz not null default now(),
     check ((status = 'recorded') = (occurred_at is not null and occurred_on is not null and location_kind is not null and recorded_by is not null)),
     check ((status = 'cancelled') = (cancelled_reason is not null)),
     check (location_kind <> 'other' or location_note is not null),
     unique (id, case_id)
   )`,
  `create index case_visit_case_idx on case_visit (case_id, status, occurred_on)`,

  // Everyone the visit marks: each child in the home (seen or not, and why not) and each parent or
  // other adult given private time. Private time is who and how long (VIS-3).
  `create table case_visit_person (
     visit_id uuid not null,
     case_id uuid not null,
     person_id uuid not null,
     role text not null check (role in ('child','parent','other_adult')),
     seen boolean not null,
     not_seen_reason text,
     private_time_minutes integer check (private_time_minutes between 1 and 600),
     primary key (visit_id, person_id),
     check (seen or not_seen_reason is not null),
     check (seen or private_time_minutes is null),
     foreign key (visit_id, case_id) references case_visit (id, case_id),
     foreign key (case_id, person_id) references case_participant (case_id, person_id) on update cascade deferrable initially immediate
   )`,
  `create index case_visit_person_case_idx on case_visit_person (case_id, person_id)`,

  // Progress against an objective discussed (feeds the plan's progress reviews, PLAN-6), and who gave it.
  `create table case_visit_progress (
     id uuid primary key,
     visit_id uuid not null,
     case_id uuid not null,
     objective_id uuid not null,
     objective_text text not null,
     note text not null,
     given_by_kind text not null check (given_by_kind in ('parent','child','relative','provider','worker','other')),
     given_by_person_id uuid,
     given_by_name text,
     unique (visit_id, objective_id),
     foreign key (visit_id, case_id) references case_visit (id, case_id),
     foreign key (case_id, given_by_person_id) references case_participant (case_id, person_id) on update cascade deferrable initially immediate
   )`,
];

const caseTables = ['case_visit', 'case_visit_person', 'case_visit_progress'] as const;

// The people marked and the progress notes are rewritten with the visit record, so they may be deleted.
const deletable = new Set<string>(['case_visit_person', 'case_visit_progress']);

// Who wrote a row is the one writing it, as for the case's other records.
const author: Partial<Record<(typeof caseTables)[number], string>> = { case_visit: 'created_by' };
const byWriter = (table: (typeof caseTables)[number]) => (author[table] ? `${author[table]} = hearth_uid() and ` : '');

const policies = caseTables.flatMap((table) => [
  `grant select, insert, update${deletable.has(table) ? ', delete' : ''} on ${table} to hearth_app`,
  `alter table ${table} enable row level security`,
  `create policy ${table}_read on ${table} for select to hearth_app using (hearth_can_see_case(case_id))`,
  `create policy ${table}_add on ${table} for insert to hearth_app with check (${byWriter(table)}hearth_can_see_case(case_id))`,
  // A record or correction names its writer: nobody records a visit in another's name.
  `create policy ${table}_change on ${table} for update to hearth_app using (hearth_can_see_case(case_id)) with check (${
    table === 'case_visit' ? 'updated_by = hearth_uid() and ' : ''
  }hearth_can_see_case(case_id))`,
  ...(deletable.has(table) ? [`create policy ${table}_remove on ${table} for delete to hearth_app using (hearth_can_see_case(case_id))`] : []),
]);

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of [...statements, ...policies]) await sql.raw(statement).execute(db);
}
