import { type Kysely, sql } from 'kysely';

/**
 * INV-1..8: the investigator's record of an initial assessment — contacts with the safety check
 * made at each, a finding per allegation, the safety plan built with the family (its agreements
 * and reviews), and the decision that closes the investigation or opens a case.
 *
 * Everything here hangs off an investigation and is visible exactly when the investigation is
 * (`hearth_can_see_investigation`), which already lets the caseworker of a case opened from it see
 * it. Signatures and reviews are append-only: the app may insert and read them, never change them.
 *
 * A supervisor approving "open a case" opens it in the office's ongoing unit, which is usually
 * outside their own scope; `hearth_can_open_case` lets whoever can see the investigation create the
 * case and its first assignment and participants, and nothing else.
 */
const statements = [
  `create table investigation_contact (
     id uuid primary key,
     investigation_id uuid not null references investigation(id),
     occurred_at timestamptz not null,
     outcome text not null check (outcome in ('attempted','completed')),
     method text not null check (method in ('face_to_face','phone','video','written','other')),
     location text not null check (location in ('home','school','office','hospital','relative_home','other')),
     location_note text,
     purpose text not null default '',
     notes text not null default '',
     participants jsonb not null default '[]',
     safety_check jsonb not null default '{}',
     created_by uuid not null references staff_user(id),
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now(),
     version int not null default 1
   )`,
  `create index investigation_contact_inv_idx on investigation_contact (investigation_id, occurred_at)`,

  `create table allegation_finding (
     id uuid primary key,
     investigation_id uuid not null references investigation(id),
     allegation_id uuid not null unique references allegation(id),
     finding text not null check (finding in ('substantiated','indicated','unsubstantiated','unsubstantiated_false','closed_no_finding')),
     rationale text not null,
     recorded_by uuid not null references staff_user(id),
     recorded_at timestamptz not null default now(),
     version int not null default 1
   )`,
  `create index allegation_finding_inv_idx on allegation_finding (investigation_id)`,

  `create table safety_plan (
     id uuid primary key,
     investigation_id uuid not null references investigation(id),
     case_id uuid references family_case(id),
     safety_assessment_id uuid references instrument_response(id),
     status text not null default 'draft' check (status in ('draft','pending_approval','active','ended')),
     language text not null default 'en' check (language in ('en','es')),
     actions jsonb not null default '[]',
     next_review_on date,
     approved_by uuid references staff_user(id),
     approved_at timestamptz,
     ended_at timestamptz,
     ended_reason text,
     created_by uuid not null references staff_user(id),
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now(),
     version int not null default 1
   )`,
  `create index safety_plan_inv_idx on safety_plan (investigation_id)`,
  `create index safety_plan_review_due_idx on safety_plan (next_review_on) where status = 'active'`,
  `create table safety_plan_signature (
     id uuid primary key,
     safety_plan_id uuid not null references safety_plan(id),
     plan_version int not null,
     signer_name text not null,
     signer_role text not null check (signer_role in ('parent','caregiver','child','family_network','provider','worker','other')),
     person_id uuid references person(id),
     method text not null check (method in ('typed','drawn')),
     drawing text check (drawing is null or length(drawing) <= 200000),
     signed_at timestamptz not null default now(),
     recorded_by uuid not null references staff_user(id),
     check ((method = 'drawn') = (drawing is not null))
   )`,
  `create index safety_plan_signature_plan_idx on safety_plan_signature (safety_plan_id)`,
  `create table safety_plan_review (
     id uuid primary key,
     safety_plan_id uuid not null references safety_plan(id),
     reviewed_on date not null,
     outcome text not null check (outcome in ('continue','revise','end')),
     note text not null,
     next_review_on date,
     recorded_by uuid not null references staff_user(id),
     recorded_at timestamptz not null default now()
   )`,
  `create index safety_plan_review_plan_idx on safety_plan_review (safety_plan_id, recorded_at)`,

  // The decision (INV-7), what the profile's guide recommended, and the case it opened.
  `alter table investigation
     add column decision text check (decision in ('close','close_with_referral','open_in_home','open_out_of_home')),
     add column decision_status text check (decision_status in ('draft','pending','approved','returned')),
     add column decision_reason text,
     add column recommended_decisions text[],
     add column community_referral text,
     add column decided_by uuid references staff_user(id),
     add column decided_at timestamptz,
     add column case_id uuid references family_case(id),
     add column closed_at timestamptz`,
  `alter table family_case add column created_by uuid references staff_user(id)`,

  `create function hearth_can_open_case(target uuid) returns boolean
   language plpgsql stable security definer set search_path = public as $$
   begin
     return exists (select 1 from family_case c where c.id = target and c.investigation_id is not null
                      and hearth_can_see_investigation(c.investigation_id));
   end $$`,

  // --- grants and policies --------------------------------------------------------------------
  `grant select, insert, update on investigation_contact, allegation_finding, safety_plan to hearth_app`,
  `grant select, insert on safety_plan_signature, safety_plan_review to hearth_app`,
  `grant execute on function hearth_can_open_case(uuid) to hearth_app`,

  `alter table investigation_contact enable row level security`,
  `create policy investigation_contact_read on investigation_contact for select to hearth_app using (hearth_can_see_investigation(investigation_id))`,
  `create policy investigation_contact_add on investigation_contact for insert to hearth_app
     with check (created_by = hearth_uid() and hearth_can_see_investigation(investigation_id))`,
  `create policy investigation_contact_change on investigation_contact for update to hearth_app using (hearth_can_see_investigation(investigation_id))`,

  `alter table allegation_finding enable row level security`,
  `create policy allegation_finding_read on allegation_finding for select to hearth_app using (hearth_can_see_investigation(investigation_id))`,
  `create policy allegation_finding_add on allegation_finding for insert to hearth_app
     with check (recorded_by = hearth_uid() and hearth_can_see_investigation(investigation_id))`,
  `create policy allegation_finding_change on allegation_finding for update to hearth_app using (hearth_can_see_investigation(investigation_id))`,

  `alter table safety_plan enable row level security`,
  `create policy safety_plan_read on safety_plan for select to hearth_app using (hearth_can_see_investigation(investigation_id))`,
  `create policy safety_plan_add on safety_plan for insert to hearth_app
     with check (created_by = hearth_uid() and hearth_can_see_investigation(investigation_id))`,
  `create policy safety_plan_change on safety_plan for update to hearth_app using (hearth_can_see_investigation(investigation_id))`,
  `alter table safety_plan_signature enable row level security`,
  `create policy safety_plan_signature_read on safety_plan_signature for select to hearth_app
     using (exists (select 1 from safety_plan p where p.id = safety_plan_id))`,
  `create policy safety_plan_signature_add on safety_plan_signature for insert to hearth_app
     with check (recorded_by = hearth_uid() and exists (select 1 from safety_plan p where p.id = safety_plan_id))`,
  `alter table safety_plan_review enable row level security`,
  `create policy safety_plan_review_read on safety_plan_review for select to hearth_app
     using (exists (select 1 from safety_plan p where p.id = safety_plan_id))`,
  `create policy safety_plan_review_add on safety_plan_review for insert to hearth_app
     with check (recorded_by = hearth_uid() and exists (select 1 from safety_plan p where p.id = safety_plan_id))`,

  `create policy family_case_open on family_case for insert to hearth_app
     with check (created_by = hearth_uid() and investigation_id is not null and hearth_can_see_investigation(investigation_id))`,
  `create policy case_assignment_open on case_assignment for insert to hearth_app with check (hearth_can_open_case(case_id))`,
  `create policy case_participant_open on case_participant for insert to hearth_app with check (hearth_can_open_case(case_id))`,
  // Whoever can see the investigation can see that a case was opened from it (its number, kind and
  // status; not its people or workers), and the approver records the case's opening event.
  `create policy family_case_from_investigation on family_case for select to hearth_app
     using (investigation_id is not null and hearth_can_see_investigation(investigation_id))`,
  `create policy domain_event_case_opened on domain_event for insert to hearth_app
     with check (actor_id = hearth_uid() and subject_type = 'case' and type = 'case.opened' and hearth_can_open_case(subject_id))`,
  // Workload for balanced case assignment: counts only, as for investigations.
  `create function hearth_open_case_counts(unit uuid) returns table (user_id uuid, open_count int)
   language sql stable security definer set search_path = public as $$
     select u.id, (select count(*)::int from case_assignment a join family_case c on c.id = a.case_id
                    where a.user_id = u.id and a.ended_at is null and c.status = 'open')
       from staff_user u where u.org_unit_id = unit and u.active and 'caseworker' = any (u.roles)
   $$`,
  `grant execute on function hearth_open_case_counts(uuid) to hearth_app`,

  // INV-1: an investigator checks the family's history with the agency. For the people on an
  // investigation the caller can see, this lists the agency's other *decided* reports naming them
  // (and any other report the caller may open) as a summary — number, date, decision, status, which
  // of these people — never the narrative, reporter or other people; opening one still needs access.
  `create function hearth_prior_history(target uuid)
     returns table (report_id uuid, number text, received_at timestamptz, decision text, status text, person_ids uuid[], visible boolean)
   language plpgsql stable security definer set search_path = public as $$
   begin
     if not hearth_can_see_investigation(target) then return; end if;
     return query
       select r.id, r.number, r.received_at, r.decision, r.status, array_agg(distinct rp.person_id), hearth_can_see_report(r.id)
         from investigation i
         join report_participant mine on mine.report_id = i.report_id
         join report_participant rp on rp.person_id = mine.person_id and rp.report_id <> i.report_id
         join report r on r.id = rp.report_id
        where i.id = target and (r.status = 'approved' or hearth_can_see_report(r.id))
        group by r.id
        order by r.received_at desc
        limit 20;
   end $$`,
  `grant execute on function hearth_prior_history(uuid) to hearth_app`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
