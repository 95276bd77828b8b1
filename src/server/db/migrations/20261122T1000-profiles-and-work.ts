import { type Kysely, sql } from 'kysely';

/**
 * PLAT-3, SUP-3, SUP-5: the agency's chosen practice profile, imported instrument definitions and
 * scored answers, the domain-event log, tasks, generic approvals with their history, supervisors'
 * absences (for delegation), in-app notifications and the outbox that delivers them.
 *
 * Records that hang off a report, investigation or case name it as (subject_type, subject_id) and
 * are visible exactly when the subject is (`hearth_can_see_subject`), so one policy covers them all.
 */
const subjectCheck = `subject_type text not null check (subject_type in ('report','investigation','case'))`;
const statements = [
  `create function hearth_can_see_subject(kind text, target uuid) returns boolean
   language plpgsql stable security definer set search_path = public as $$
   begin
     return case kind when 'report' then hearth_can_see_report(target)
                      when 'investigation' then hearth_can_see_investigation(target)
                      when 'case' then hearth_can_see_case(target)
                      else false end;
   end $$`,

  `create table agency_profile_choice (
     id uuid primary key,
     profile_code text not null check (profile_code in ('ct','ga','vt')),
     chosen_at timestamptz not null default now(),
     chosen_by uuid references staff_user(id),
     note text
   )`,
  `create index agency_profile_choice_time_idx on agency_profile_choice (chosen_at desc)`,

  `create table instrument_definition (
     key text not null,
     version int not null check (version > 0),
     kind text not null,
     definition jsonb not null,
     imported_by uuid not null references staff_user(id),
     imported_at timestamptz not null default now(),
     primary key (key, version)
   )`,

  `create table instrument_response (
     id uuid primary key,
     instrument_key text not null,
     instrument_version int not null,
     ${subjectCheck},
     subject_id uuid not null,
     child_person_id uuid references person(id),
     status text not null default 'draft' check (status in ('draft','completed')),
     answers jsonb not null default '{}',
     result jsonb not null default '{}',
     override jsonb,
     created_by uuid not null references staff_user(id),
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now(),
     completed_by uuid references staff_user(id),
     completed_at timestamptz,
     version int not null default 1
   )`,
  `create index instrument_response_subject_idx on instrument_response (subject_type, subject_id)`,

  `create table domain_event (
     id uuid primary key,
     type text not null,
     ${subjectCheck},
     subject_id uuid not null,
     child_person_id uuid references person(id),
     occurred_at timestamptz not null,
     recorded_at timestamptz not null default now(),
     actor_id uuid references staff_user(id),
     corrects_event_id uuid references domain_event(id),
     payload jsonb not null default '{}'
   )`,
  `create index domain_event_subject_idx on domain_event (subject_type, subject_id, recorded_at)`,

  `create table task (
     id uuid primary key,
     rule_key text not null,
     profile_code text not null,
     profile_version int not null,
     ${subjectCheck},
     subject_id uuid not null,
     child_person_id uuid references person(id),
     org_unit_id uuid not null references org_unit(id),
     assignee_id uuid references staff_user(id),
     anchor_at timestamptz not null,
     due_at timestamptz,
     status text not null default 'open' check (status in ('open','done','cancelled')),
     created_by_event_id uuid not null references domain_event(id),
     closed_by_event_id uuid references domain_event(id),
     created_at timestamptz not null default now(),
     closed_at timestamptz,
     reminded_at timestamptz,
     escalated_at timestamptz,
     escalated_to uuid references staff_user(id),
     version int not null default 1
   )`,
  // One open task per rule, record and child: a doubled event cannot create doubled work.
  `create unique index task_one_open_idx on task (rule_key, subject_type, subject_id, coalesce(child_person_id, '00000000-0000-0000-0000-000000000000'::uuid)) where status = 'open'`,
  `create index task_assignee_idx on task (assignee_id, status, due_at)`,
  `create index task_unit_idx on task (org_unit_id, status, due_at)`,
  `create index task_subject_idx on task (subject_type, subject_id)`,
  `create index task_open_due_idx on task (due_at) where status = 'open'`,

  `create table approval_request (
     id uuid primary key,
     kind text not null,
     ${subjectCheck},
     subject_id uuid not null,
     org_unit_id uuid not null references org_unit(id),
     requested_by uuid not null references staff_user(id),
     requested_at timestamptz not null default now(),
     routed_to uuid references staff_user(id),
     status text not null default 'pending' check (status in ('pending','approved','returned','withdrawn')),
     payload jsonb not null default '{}',
     decided_by uuid references staff_user(id),
     decided_at timestamptz,
     decision_comment text,
     version int not null default 1
   )`,
  `create unique index approval_one_pending_idx on approval_request (kind, subject_type, subject_id) where status = 'pending'`,
  `create index approval_routed_idx on approval_request (routed_to, status)`,
  `create index approval_unit_idx on approval_request (org_unit_id, status)`,
  `create index approval_subject_idx on approval_request (subject_type, subject_id)`,
  `create table approval_action (
     id uuid primary key,
     approval_id uuid not null references approval_request(id),
     action text not null check (action in ('requested','routed','delegated','approved','returned','withdrawn')),
     actor_id uuid references staff_user(id),
     to_user_id uuid references staff_user(id),
     at timestamptz not null default now(),
     comment text
   )`,
  `create index approval_action_approval_idx on approval_action (approval_id, at)`,

  `create table staff_absence (
     id uuid primary key,
     user_id uuid not null references staff_user(id),
     starts_on date not null,
     ends_on date not null,
     delegate_id uuid not null references staff_user(id),
     created_by uuid not null references staff_user(id),
     created_at timestamptz not null default now(),
     check (ends_on >= starts_on),
     check (delegate_id <> user_id)
   )`,
  `create index staff_absence_user_idx on staff_absence (user_id, starts_on, ends_on)`,

  `create table outbox_message (
     id uuid primary key,
     kind text not null check (kind in ('task.reminder','task.escalated','approval.requested','approval.decided')),
     recipient_id uuid not null references staff_user(id),
     dedupe_key text not null unique,
     payload jsonb not null default '{}',
     created_at timestamptz not null default now(),
     available_at timestamptz not null default now(),
     attempts int not null default 0,
     delivered_at timestamptz,
     last_error text
   )`,
  `create index outbox_pending_idx on outbox_message (available_at) where delivered_at is null`,
  `create table staff_notification (
     id uuid primary key,
     outbox_id uuid not null unique references outbox_message(id),
     recipient_id uuid not null references staff_user(id),
     kind text not null,
     payload jsonb not null default '{}',
     created_at timestamptz not null default now(),
     read_at timestamptz
   )`,
  `create index staff_notification_recipient_idx on staff_notification (recipient_id, created_at desc)`,

  // A profile may leave a response time for the agency to set; the clock then has no due moment.
  `alter table investigation alter column response_due_at drop not null`,

  // A program manager standing in for an away supervisor decides reports in their scope too.
  `drop policy report_change on report`,
  `create policy report_change on report for update to hearth_app using (hearth_can_see_report(id))
     with check ((screener_id = hearth_uid() and org_unit_id = hearth_home_unit())
                 or (hearth_has_any_role(array['supervisor','program_manager']) and org_unit_id = any (hearth_scope())))`,
  // Whether \`delegate\` reaches every unit \`absent\` supervises, so a delegate can see what they approve.
  `create function hearth_can_stand_in(absent uuid, delegate uuid) returns boolean
   language sql stable security definer set search_path = public as $$
     select not exists (
       select 1 from org_unit supervised where supervised.supervisor_id = absent
          and not supervised.path && (
            select coalesce(array_agg(x), '{}') from (
              select u.scope_unit_id as x from staff_user u where u.id = delegate and u.scope_unit_id is not null
              union select s.id from org_unit s where s.supervisor_id = delegate) roots))
   $$`,

  // --- grants and policies --------------------------------------------------------------------
  `grant select, insert on agency_profile_choice, instrument_definition, domain_event, approval_action to hearth_app`,
  `grant select, insert, update on instrument_response, task, approval_request to hearth_app`,
  `grant select, insert, delete on staff_absence to hearth_app`,
  `grant insert on outbox_message to hearth_app`,
  `grant select, update on staff_notification to hearth_app`,
  `grant execute on function hearth_can_see_subject(text, uuid), hearth_can_stand_in(uuid, uuid) to hearth_app`,

  `alter table agency_profile_choice enable row level security`,
  `create policy agency_profile_choice_read on agency_profile_choice for select to hearth_app using (true)`,
  `create policy agency_profile_choice_add on agency_profile_choice for insert to hearth_app
     with check (chosen_by = hearth_uid() and hearth_has_any_role(array['administrator']))`,
  `alter table instrument_definition enable row level security`,
  `create policy instrument_definition_read on instrument_definition for select to hearth_app using (true)`,
  `create policy instrument_definition_add on instrument_definition for insert to hearth_app
     with check (imported_by = hearth_uid() and hearth_has_any_role(array['administrator']))`,

  `alter table instrument_response enable row level security`,
  `create policy instrument_response_all on instrument_response for all to hearth_app
     using (hearth_can_see_subject(subject_type, subject_id)) with check (hearth_can_see_subject(subject_type, subject_id))`,
  `alter table domain_event enable row level security`,
  `create policy domain_event_all on domain_event for all to hearth_app
     using (hearth_can_see_subject(subject_type, subject_id))
     with check (actor_id = hearth_uid() and hearth_can_see_subject(subject_type, subject_id))`,
  `alter table task enable row level security`,
  `create policy task_read on task for select to hearth_app using (assignee_id = hearth_uid() or hearth_can_see_subject(subject_type, subject_id))`,
  `create policy task_add on task for insert to hearth_app with check (hearth_can_see_subject(subject_type, subject_id))`,
  `create policy task_change on task for update to hearth_app using (hearth_can_see_subject(subject_type, subject_id))`,

  `alter table approval_request enable row level security`,
  `create policy approval_request_read on approval_request for select to hearth_app
     using (routed_to = hearth_uid() or requested_by = hearth_uid() or hearth_can_see_subject(subject_type, subject_id))`,
  `create policy approval_request_add on approval_request for insert to hearth_app
     with check (requested_by = hearth_uid() and hearth_can_see_subject(subject_type, subject_id))`,
  // Only the approver it was routed to, or a supervisor or manager over the unit, may decide; the
  // person who asked can never change their own request, whatever the application does.
  `create policy approval_request_change on approval_request for update to hearth_app
     using (requested_by <> hearth_uid()
            and (routed_to = hearth_uid() or (hearth_has_any_role(array['supervisor','program_manager']) and org_unit_id = any (hearth_scope()))))`,
  `alter table approval_action enable row level security`,
  `create policy approval_action_read on approval_action for select to hearth_app
     using (exists (select 1 from approval_request a where a.id = approval_id))`,
  `create policy approval_action_add on approval_action for insert to hearth_app
     with check (actor_id = hearth_uid() and exists (select 1 from approval_request a where a.id = approval_id))`,

  `alter table staff_absence enable row level security`,
  `create policy staff_absence_read on staff_absence for select to hearth_app using (true)`,
  `create policy staff_absence_add on staff_absence for insert to hearth_app
     with check (created_by = hearth_uid() and (user_id = hearth_uid() or hearth_has_any_role(array['administrator'])))`,
  `create policy staff_absence_remove on staff_absence for delete to hearth_app
     using (user_id = hearth_uid() or hearth_has_any_role(array['administrator']))`,

  `alter table outbox_message enable row level security`,
  `create policy outbox_message_add on outbox_message for insert to hearth_app with check (true)`,
  `alter table staff_notification enable row level security`,
  `create policy staff_notification_own on staff_notification for all to hearth_app
     using (recipient_id = hearth_uid()) with check (recipient_id = hearth_uid())`,

  // Reports already waiting for a supervisor move onto the generic approvals (SUP-3).
  `insert into approval_request (id, kind, subject_type, subject_id, org_unit_id, requested_by, requested_at, routed_to, payload)
   select gen_random_uuid(), 'screening_decision', 'report', r.id, r.org_unit_id, r.screener_id, coalesce(r.submitted_at, now()), o.supervisor_id,
          jsonb_build_object('decision', r.decision, 'responsePriority', r.response_priority)
     from report r join org_unit o on o.id = r.org_unit_id where r.status = 'submitted'`,
  `insert into approval_action (id, approval_id, action, actor_id, to_user_id, at)
   select gen_random_uuid(), a.id, 'requested', a.requested_by, a.routed_to, a.requested_at from approval_request a`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
