import { type Kysely, sql } from 'kysely';

/**
 * PLAN-1, PLAN-2, PLAN-5, PLAN-6 (issue 12): the case plan made with the family, one `case_plan`
 * row per version (draft → submitted → approved | returned). Goals, objectives and action steps are
 * rows of their version; each carries a key chosen by the client that stays the same across
 * versions, so two versions can be compared objective by objective. An approved version never
 * changes (triggers on it and on its parts); revising it starts a new draft copied from it, and a
 * case has at most one version that is not approved. Agreements and progress reviews are appended,
 * never changed. Every table carries `case_id` so one RLS predicate (`hearth_can_see_case`) decides.
 *
 * Columns naming a person reference case_participant (case_id, person_id) DEFERRABLE INITIALLY
 * IMMEDIATE, as the person merge (20261205T0900) needs: case_plan_action_step.responsible_person_id,
 * case_plan_agreement.person_id, case_plan_review_rating.given_by_person_id. They also follow the
 * participant ON UPDATE CASCADE: the merge (and its undo) moves a case's participant row from one
 * record to the other, and the plan's mentions of that person on that case must go with it — the
 * merge function's own list of columns predates these tables.
 */
const participant = (column: string) =>
  `foreign key (case_id, ${column}) references case_participant (case_id, person_id) on update cascade deferrable initially immediate`;

const statements = [
  `create table case_plan (
     id uuid primary key,
     case_id uuid not null references family_case(id),
     version_no integer not null check (version_no >= 1),
     status text not null default 'draft' check (status in ('draft','submitted','approved','returned')),
     start_date date,
     version integer not null default 1,
     previous_id uuid references case_plan(id),
     created_by uuid not null references staff_user(id),
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now(),
     submitted_by uuid references staff_user(id),
     submitted_at timestamptz,
     decided_by uuid references staff_user(id),
     decided_at timestamptz,
     return_comment text,
     unique (case_id, version_no),
     unique (id, case_id),
     check (status <> 'approved' or decided_at is not null),
     check (status <> 'returned' or return_comment is not null)
   )`,
  // One version being worked on per case: a second "start" or "revise" while one is open is a conflict, not a fork.
  `create unique index case_plan_one_open on case_plan (case_id) where status <> 'approved'`,

  `create table case_plan_goal (
     plan_id uuid not null,
     case_id uuid not null,
     goal_key uuid not null,
     position integer not null,
     text text not null,
     primary key (plan_id, goal_key),
     foreign key (plan_id, case_id) references case_plan (id, case_id)
   )`,
  `create table case_plan_objective (
     plan_id uuid not null,
     case_id uuid not null,
     objective_key uuid not null,
     goal_key uuid not null,
     position integer not null,
     part text not null check (part in ('safety','childNeeds','permanency','wellBeing')),
     text text not null,
     measure text not null,
     start_date date,
     target_date date,
     status text not null default 'open' check (status in ('open','achieved','dropped')),
     -- stable need ids of the family-centred assessment (FCA-4); they live inside its JSON content
     need_ids uuid[] not null default '{}',
     -- the safety and risk findings this objective answers, as the worker names them (PLAN-2)
     findings text[] not null default '{}',
     primary key (plan_id, objective_key),
     check (target_date is null or start_date is null or target_date >= start_date),
     foreign key (plan_id, case_id) references case_plan (id, case_id),
     foreign key (plan_id, goal_key) references case_plan_goal (plan_id, goal_key)
   )`,
  `create table case_plan_action_step (
     plan_id uuid not null,
     case_id uuid not null,
     step_key uuid not null,
     objective_key uuid not null,
     position integer not null,
     text text not null,
     responsible_kind text check (responsible_kind in ('participant','provider','agency')),
     responsible_person_id uuid,
     responsible_name text,
     due_date date,
     primary key (plan_id, step_key),
     check ((responsible_kind = 'participant') = (responsible_person_id is not null)),
     check (responsible_kind is null or responsible_kind = 'participant' or responsible_name is not null),
     foreign key (plan_id, case_id) references case_plan (id, case_id),
     foreign key (plan_id, objective_key) references case_plan_objective (plan_id, objective_key),
     ${participant('responsible_person_id')}
   )`,

  `create table case_plan_agreement (
     id uuid primary key,
     plan_id uuid not null,
     case_id uuid not null,
     -- the content version (case_plan.version) the person was shown
     plan_version integer not null,
     person_id uuid not null,
     signer_role text not null check (signer_role in ('parent','child','caregiver')),
     outcome text not null check (outcome in ('agreed','disagreed','not_reached')),
     own_words text,
     method text check (method in ('typed','drawn')),
     typed_name text,
     drawing text check (drawing is null or length(drawing) <= 200000),
     efforts text,
     recorded_by uuid not null references staff_user(id),
     recorded_at timestamptz not null default now(),
     check ((outcome = 'not_reached') = (method is null)),
     check (outcome <> 'not_reached' or efforts is not null),
     check (method is distinct from 'drawn' or drawing is not null),
     check (method is distinct from 'typed' or (typed_name is not null and drawing is null)),
     foreign key (plan_id, case_id) references case_plan (id, case_id),
     ${participant('person_id')}
   )`,
  `create index case_plan_agreement_plan_idx on case_plan_agreement (plan_id, recorded_at)`,

  `create table case_plan_review (
     id uuid primary key,
     plan_id uuid not null,
     case_id uuid not null,
     reviewed_on date not null,
     family_view text not null,
     meeting_id uuid,
     recorded_by uuid not null references staff_user(id),
     recorded_at timestamptz not null default now(),
     unique (id, case_id),
     foreign key (plan_id, case_id) references case_plan (id, case_id),
     foreign key (meeting_id, case_id) references family_team_meeting (id, case_id)
   )`,
  `create index case_plan_review_plan_idx on case_plan_review (plan_id, reviewed_on)`,
  `create table case_plan_review_rating (
     review_id uuid not null,
     case_id uuid not null,
     plan_id uuid not null,
     objective_key uuid not null,
     rating text not null,
     evidence text not null,
     evidence_from text not null check (evidence_from in ('parent','child','provider','worker','other')),
     given_by_person_id uuid,
     given_by_name text,
     outcome text not null check (outcome in ('continue','achieved','revise','drop')),
     primary key (review_id, objective_key),
     foreign key (review_id, case_id) references case_plan_review (id, case_id),
     foreign key (plan_id, objective_key) references case_plan_objective (plan_id, objective_key),
     ${participant('given_by_person_id')}
   )`,

  // An approved version is the record of what was agreed: it never changes. A person merge may rename
  // a person in it (hearth_merge_renames), as for completed assessments.
  `create function hearth_case_plan_frozen() returns trigger language plpgsql as $$
   begin
     if old.status = 'approved' and not (tg_op = 'UPDATE' and hearth_merge_renames(to_jsonb(old), to_jsonb(new))) then
       raise exception 'an approved case plan cannot change' using errcode = 'check_violation';
     end if;
     return case when tg_op = 'DELETE' then old else new end;
   end $$`,
  `create trigger case_plan_frozen before update or delete on case_plan for each row execute function hearth_case_plan_frozen()`,
  `create function hearth_case_plan_part_frozen() returns trigger language plpgsql as $$
   declare plan_status text;
   begin
     select status into plan_status from case_plan
      where id = case when tg_op = 'INSERT' then new.plan_id else old.plan_id end;
     if plan_status = 'approved' and not (tg_op = 'UPDATE' and hearth_merge_renames(to_jsonb(old), to_jsonb(new))) then
       raise exception 'an approved case plan cannot change' using errcode = 'check_violation';
     end if;
     return case when tg_op = 'DELETE' then old else new end;
   end $$`,
  ...['case_plan_goal', 'case_plan_objective', 'case_plan_action_step'].map(
    (table) => `create trigger ${table}_frozen before insert or update or delete on ${table} for each row execute function hearth_case_plan_part_frozen()`,
  ),
];

const caseTables = [
  'case_plan',
  'case_plan_goal',
  'case_plan_objective',
  'case_plan_action_step',
  'case_plan_agreement',
  'case_plan_review',
  'case_plan_review_rating',
] as const;
type CaseTable = (typeof caseTables)[number];

// A draft's parts are rewritten on each save; agreements and reviews are appended and never change.
const deletable = new Set<CaseTable>(['case_plan_goal', 'case_plan_objective', 'case_plan_action_step']);
const appendOnly = new Set<CaseTable>(['case_plan_agreement', 'case_plan_review', 'case_plan_review_rating']);
// Who wrote a row is the one writing it.
const author: Partial<Record<CaseTable, string>> = { case_plan: 'created_by', case_plan_agreement: 'recorded_by', case_plan_review: 'recorded_by' };
const byWriter = (table: CaseTable) => (author[table] ? `${author[table]} = hearth_uid() and ` : '');

const policies = caseTables.flatMap((table) => [
  `grant select, insert${appendOnly.has(table) ? '' : ', update'}${deletable.has(table) ? ', delete' : ''} on ${table} to hearth_app`,
  `alter table ${table} enable row level security`,
  `create policy ${table}_read on ${table} for select to hearth_app using (hearth_can_see_case(case_id))`,
  `create policy ${table}_add on ${table} for insert to hearth_app with check (${byWriter(table)}hearth_can_see_case(case_id))`,
  ...(appendOnly.has(table)
    ? []
    : [`create policy ${table}_change on ${table} for update to hearth_app using (hearth_can_see_case(case_id)) with check (hearth_can_see_case(case_id))`]),
  ...(deletable.has(table) ? [`create policy ${table}_remove on ${table} for delete to hearth_app using (hearth_can_see_case(case_id))`] : []),
]);

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of [...statements, ...policies]) await sql.raw(statement).execute(db);
}
