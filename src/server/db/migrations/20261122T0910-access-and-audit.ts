import { type Kysely, sql } from 'kysely';

/**
 * PLAT-1 and PLAT-2 in the database.
 *
 * The application connects as `hearth_app`, which owns nothing, so row-level security applies to
 * it. Each request's transaction calls `hearth_begin(user_id)`, which reads the user's roles and
 * org-unit scope from the tables and stores them as transaction-local settings the policies read.
 * The `hearth_can_see_*` helpers are SECURITY DEFINER so a policy on one table can consult another
 * table without recursing through that table's own policies.
 *
 * Audit rows are insert-only for the app. A trigger fixes each row's content hash; a sealer
 * (`hearth_audit_seal`) chains committed rows in order, so concurrent requests never queue on one
 * lock and `hearth audit verify` can name the first altered or missing row.
 */
const statements = [
  `do $$ begin
     if not exists (select from pg_roles where rolname = 'hearth_app') then
       create role hearth_app login;
     end if;
   end $$`,

  // --- the acting user ----------------------------------------------------------------------
  `create function hearth_uid() returns uuid language sql stable as $$
     select nullif(current_setting('hearth.user_id', true), '')::uuid
   $$`,
  `create function hearth_scope() returns uuid[] language sql stable as $$
     select coalesce(nullif(current_setting('hearth.scope_units', true), ''), '{}')::uuid[]
   $$`,
  `create function hearth_has_any_role(wanted text[]) returns boolean language sql stable as $$
     select coalesce(nullif(current_setting('hearth.roles', true), ''), '{}')::text[] && wanted
   $$`,
  `create function hearth_home_unit() returns uuid language sql stable security definer set search_path = public as $$
     select org_unit_id from staff_user where id = hearth_uid()
   $$`,
  `create function hearth_begin(acting_user uuid) returns table (roles text[], scope_units uuid[])
   language plpgsql security definer set search_path = public as $$
   declare
     user_roles text[];
     units uuid[];
   begin
     select u.roles into user_roles from staff_user u where u.id = acting_user and u.active;
     if user_roles is null then
       raise exception 'unknown or inactive user %', acting_user using errcode = '28000';
     end if;
     select coalesce(array_agg(o.id), '{}') into units from org_unit o
      where o.path && (
        select coalesce(array_agg(x), '{}') from (
          select u.scope_unit_id as x from staff_user u where u.id = acting_user and u.scope_unit_id is not null
          union select s.id from org_unit s where s.supervisor_id = acting_user) roots);
     perform set_config('hearth.user_id', acting_user::text, true);
     perform set_config('hearth.roles', user_roles::text, true);
     perform set_config('hearth.scope_units', units::text, true);
     return query select user_roles, units;
   end $$`,

  // --- need to know ---------------------------------------------------------------------------
  `create function hearth_can_see_case(target uuid) returns boolean
   language plpgsql stable security definer set search_path = public as $$
   begin
     return exists (select 1 from family_case c where c.id = target and c.org_unit_id = any (hearth_scope()))
         or exists (select 1 from case_assignment a where a.case_id = $1 and a.user_id = hearth_uid() and a.ended_at is null)
         or exists (select 1 from record_collaborator rc where rc.record_type = 'case' and rc.record_id = $1 and rc.user_id = hearth_uid());
   end $$`,
  `create function hearth_can_see_report(target uuid) returns boolean
   language plpgsql stable security definer set search_path = public as $$
   begin
     return exists (select 1 from report r where r.id = $1
                      and (r.screener_id = hearth_uid() or r.org_unit_id = any (hearth_scope())))
         or exists (select 1 from investigation i where i.report_id = $1
                      and (i.investigator_id = hearth_uid() or i.org_unit_id = any (hearth_scope())
                           or exists (select 1 from record_collaborator rc where rc.record_type = 'investigation'
                                        and rc.record_id = i.id and rc.user_id = hearth_uid())
                           or exists (select 1 from family_case c where c.investigation_id = i.id and hearth_can_see_case(c.id))))
         or exists (select 1 from record_collaborator rc where rc.record_type = 'report' and rc.record_id = $1 and rc.user_id = hearth_uid());
   end $$`,
  `create function hearth_can_see_investigation(target uuid) returns boolean
   language plpgsql stable security definer set search_path = public as $$
   begin
     return exists (select 1 from investigation i where i.id = $1 and hearth_can_see_report(i.report_id));
   end $$`,
  `create function hearth_can_see_person(target uuid) returns boolean
   language plpgsql stable security definer set search_path = public as $$
   begin
     return exists (select 1 from person p where p.id = $1
                      and (p.created_by = hearth_uid() or p.org_unit_id = any (hearth_scope())))
         or exists (select 1 from report_participant rp where rp.person_id = $1 and hearth_can_see_report(rp.report_id))
         or exists (select 1 from case_participant cp where cp.person_id = $1 and hearth_can_see_case(cp.case_id));
   end $$`,

  // --- grants and policies --------------------------------------------------------------------
  `grant usage on schema public to hearth_app`,
  `grant select on org_unit to hearth_app`,
  `grant select, insert, update on staff_user, staff_session to hearth_app`,
  `grant select, insert, update, delete on sign_in_throttle to hearth_app`,
  `grant select, insert, update on person, person_alias, person_address, report, report_reporter,
     investigation, family_case, case_assignment, case_participant, record_collaborator to hearth_app`,
  `grant select, insert, update, delete on report_participant, allegation, relationship to hearth_app`,
  `grant select, insert on report_review to hearth_app`,
  `grant usage on all sequences in schema public to hearth_app`,
  `grant execute on all functions in schema public to hearth_app`,

  `alter table person enable row level security`,
  `create policy person_read on person for select to hearth_app using (hearth_can_see_person(id))`,
  `create policy person_add on person for insert to hearth_app with check (created_by = hearth_uid())`,
  `create policy person_change on person for update to hearth_app using (hearth_can_see_person(id))`,

  `alter table person_alias enable row level security`,
  `create policy person_alias_all on person_alias for all to hearth_app
     using (hearth_can_see_person(person_id)) with check (hearth_can_see_person(person_id))`,
  `alter table relationship enable row level security`,
  `create policy relationship_all on relationship for all to hearth_app
     using (hearth_can_see_person(person_id) and hearth_can_see_person(related_person_id))
     with check (hearth_can_see_person(person_id) and hearth_can_see_person(related_person_id))`,
  // A confidential (e.g. domestic-violence shelter) address is for the field staff who need it.
  `alter table person_address enable row level security`,
  `create policy person_address_all on person_address for all to hearth_app
     using (hearth_can_see_person(person_id)
            and (not confidential or hearth_has_any_role(array['investigator','caseworker','supervisor'])))
     with check (hearth_can_see_person(person_id))`,

  `alter table report enable row level security`,
  `create policy report_read on report for select to hearth_app using (hearth_can_see_report(id))`,
  `create policy report_add on report for insert to hearth_app
     with check (screener_id = hearth_uid() and hearth_has_any_role(array['hotline_screener','supervisor']))`,
  // Only the screener (in their own unit) or a supervisor over the unit may change a report, and
  // neither can move it to a unit outside their reach.
  `create policy report_change on report for update to hearth_app using (hearth_can_see_report(id))
     with check ((screener_id = hearth_uid() and org_unit_id = hearth_home_unit())
                 or (hearth_has_any_role(array['supervisor']) and org_unit_id = any (hearth_scope())))`,

  // The reporter's identity is confidential from the family and from staff who do not need it.
  `alter table report_reporter enable row level security`,
  `create policy report_reporter_all on report_reporter for all to hearth_app
     using (hearth_can_see_report(report_id)
            and hearth_has_any_role(array['hotline_screener','investigator','supervisor','program_manager']))
     with check (hearth_can_see_report(report_id))`,

  `alter table report_participant enable row level security`,
  `create policy report_participant_all on report_participant for all to hearth_app
     using (hearth_can_see_report(report_id)) with check (hearth_can_see_report(report_id))`,
  `alter table allegation enable row level security`,
  `create policy allegation_all on allegation for all to hearth_app
     using (hearth_can_see_report(report_id)) with check (hearth_can_see_report(report_id))`,
  `alter table report_review enable row level security`,
  `create policy report_review_all on report_review for all to hearth_app
     using (hearth_can_see_report(report_id)) with check (reviewer_id = hearth_uid() and hearth_can_see_report(report_id))`,

  `alter table investigation enable row level security`,
  `create policy investigation_read on investigation for select to hearth_app using (hearth_can_see_report(report_id))`,
  `create policy investigation_add on investigation for insert to hearth_app with check (hearth_can_see_report(report_id))`,
  `create policy investigation_change on investigation for update to hearth_app using (hearth_can_see_report(report_id))`,

  `alter table family_case enable row level security`,
  `create policy family_case_all on family_case for all to hearth_app using (hearth_can_see_case(id))`,
  `alter table case_assignment enable row level security`,
  `create policy case_assignment_all on case_assignment for all to hearth_app using (hearth_can_see_case(case_id))`,
  `alter table case_participant enable row level security`,
  `create policy case_participant_all on case_participant for all to hearth_app using (hearth_can_see_case(case_id))`,
  `alter table record_collaborator enable row level security`,
  `create policy record_collaborator_read on record_collaborator for select to hearth_app
     using (user_id = hearth_uid() or (record_type = 'report' and hearth_can_see_report(record_id))
            or (record_type = 'investigation' and hearth_can_see_investigation(record_id))
            or (record_type = 'case' and hearth_can_see_case(record_id)))`,
  // Granting access is a supervisory act, and only over a record the granter can already see.
  `create policy record_collaborator_add on record_collaborator for insert to hearth_app
     with check (granted_by = hearth_uid() and hearth_has_any_role(array['supervisor','program_manager'])
                 and case record_type when 'report' then hearth_can_see_report(record_id)
                                      when 'investigation' then hearth_can_see_investigation(record_id)
                                      when 'case' then hearth_can_see_case(record_id) else false end)`,

  // --- audit ----------------------------------------------------------------------------------
  `create table audit_event (
     seq bigint generated always as identity primary key,
     occurred_at timestamptz not null default clock_timestamp(),
     actor_id uuid,
     action text not null,
     record_type text not null,
     record_id uuid,
     person_ids uuid[] not null default '{}',
     purpose text,
     request_id text,
     ip text,
     details jsonb not null default '{}',
     row_hash text not null,
     chain_pos bigint unique,
     chain_hash text
   )`,
  `create index audit_event_record_idx on audit_event (record_id)`,
  `create index audit_event_actor_idx on audit_event (actor_id, occurred_at)`,
  `create index audit_event_time_idx on audit_event (occurred_at)`,
  `create index audit_event_persons_idx on audit_event using gin (person_ids)`,
  `create index audit_event_unsealed_idx on audit_event (seq) where chain_pos is null`,

  // One canonical text per row; changing any audited field changes the hash.
  `create function hearth_audit_row_hash(e audit_event) returns text language sql immutable as $$
     select encode(sha256(convert_to(concat_ws('|', e.seq, (extract(epoch from e.occurred_at) * 1000000)::bigint,
       coalesce(e.actor_id::text, '-'), e.action, e.record_type, coalesce(e.record_id::text, '-'),
       array_to_string(e.person_ids, ','), coalesce(e.purpose, '-'), coalesce(e.request_id, '-'),
       coalesce(e.ip, '-'), e.details::text), 'UTF8')), 'hex')
   $$`,
  `create function hearth_audit_before_insert() returns trigger language plpgsql as $$
   begin
     new.chain_pos := null;
     new.chain_hash := null;
     new.row_hash := hearth_audit_row_hash(new);
     return new;
   end $$`,
  `create trigger audit_event_hash before insert on audit_event
     for each row execute function hearth_audit_before_insert()`,
  `create function hearth_audit_guard_update() returns trigger language plpgsql as $$
   begin
     if old.chain_pos is not null or hearth_audit_row_hash(new) <> old.row_hash then
       raise exception 'audit events are append-only' using errcode = '42501';
     end if;
     return new;
   end $$`,
  `create trigger audit_event_append_only before update on audit_event
     for each row execute function hearth_audit_guard_update()`,
  `create function hearth_audit_seal(max_rows int default 10000) returns int
   language plpgsql security definer set search_path = public as $$
   declare
     last_pos bigint;
     last_hash text;
     sealed int := 0;
     e record;
   begin
     perform pg_advisory_xact_lock(727274);
     select chain_pos, chain_hash into last_pos, last_hash from audit_event
      where chain_pos is not null order by chain_pos desc limit 1;
     last_pos := coalesce(last_pos, 0);
     last_hash := coalesce(last_hash, 'genesis');
     for e in select seq, row_hash from audit_event where chain_pos is null order by seq limit max_rows loop
       last_pos := last_pos + 1;
       last_hash := encode(sha256(convert_to(last_hash || e.row_hash, 'UTF8')), 'hex');
       update audit_event set chain_pos = last_pos, chain_hash = last_hash where seq = e.seq;
       sealed := sealed + 1;
     end loop;
     return sealed;
   end $$`,
  `create function hearth_audit_search(person uuid, actor uuid, from_time timestamptz, to_time timestamptz, max_rows int)
   returns table (seq bigint, occurred_at timestamptz, actor_id uuid, actor_name text, action text, record_type text,
                  record_id uuid, person_ids uuid[], purpose text, request_id text, ip text)
   language plpgsql stable security definer set search_path = public as $$
   begin
     if not hearth_has_any_role(array['administrator']) then
       raise exception 'audit search is for administrators' using errcode = '42501';
     end if;
     return query
       select e.seq, e.occurred_at, e.actor_id, u.display_name, e.action, e.record_type, e.record_id, e.person_ids,
              e.purpose, e.request_id, e.ip
         from audit_event e left join staff_user u on u.id = e.actor_id
        where (person is null or e.record_id = person or e.person_ids @> array[person])
          and (actor is null or e.actor_id = actor)
          and (from_time is null or e.occurred_at >= from_time)
          and (to_time is null or e.occurred_at < to_time)
        order by e.seq desc
        limit least(max_rows, 500);
   end $$`,
  // Workload for balanced assignment: counts only, so any supervisor may ask about any unit.
  `create function hearth_open_investigation_counts(unit uuid) returns table (user_id uuid, open_count int)
   language sql stable security definer set search_path = public as $$
     select u.id, (select count(*)::int from investigation i where i.investigator_id = u.id and i.status = 'open')
       from staff_user u where u.org_unit_id = unit and u.active and 'investigator' = any (u.roles)
   $$`,
  `revoke all on audit_event from public`,
  `grant insert on audit_event to hearth_app`,
  `grant execute on function hearth_audit_seal(int), hearth_audit_search(uuid, uuid, timestamptz, timestamptz, int) to hearth_app`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
