import { type Kysely, sql } from 'kysely';

/**
 * Fix forward: four landed migrations were edited after databases had already run them, and the
 * migrator never runs a migration twice, so a data folder made from their first text silently
 * lacks the changes. Each repair below names the edit it carries, asks the database whether the
 * change is missing, and applies it only then — so on a database made by today's migrations it
 * changes nothing, and it never overwrites a later migration's newer definition.
 * The checksum test (migrations.test.ts) keeps this from happening again.
 *
 * Function texts are copied byte for byte from the migrations that define them today (hence their
 * indentation), so a healed database's function bodies equal a fresh one's.
 */
interface Repair {
  /** Which edit this carries: migration and commit. */
  edit: string;
  /** A boolean SQL expression: true when the database still has the earlier text's result. */
  missing: string;
  apply: string[];
}

const needToKnowFunctions = ['hearth_can_see_case', 'hearth_can_see_report', 'hearth_can_see_investigation', 'hearth_can_see_person'];
const fn = (name: string) => `to_regprocedure('public.${name}') is null`;
const policy = (table: string, name: string) => `not exists (select from pg_policies where schemaname = 'public' and tablename = '${table}' and policyname = '${name}')`;
const policyText = (table: string, name: string, column: 'qual' | 'with_check') =>
  `(select coalesce(${column}, '') from pg_policies where schemaname = 'public' and tablename = '${table}' and policyname = '${name}')`;

const repairs: Repair[] = [
  {
    edit: '0900-foundation-schema @2354b88: failed sign-ins counted per typed username, not on staff_user',
    missing: `to_regclass('public.sign_in_throttle') is null`,
    apply: [
      `create table sign_in_throttle (
         username_key text primary key,
         failures int not null default 0,
         last_failure_at timestamptz not null default now(),
         locked_until timestamptz
       )`,
      `grant select, insert, update, delete on sign_in_throttle to hearth_app`,
    ],
  },
  {
    // The columns are no longer read: lockout state lives in sign_in_throttle. Dropping them loses
    // only old failure counters, which the new table restarts.
    edit: '0900-foundation-schema @2354b88: staff_user.failed_sign_ins and locked_until removed',
    missing: `exists (select from information_schema.columns where table_schema = 'public' and table_name = 'staff_user' and column_name in ('failed_sign_ins', 'locked_until'))`,
    apply: [`alter table staff_user drop column if exists failed_sign_ins, drop column if exists locked_until`],
  },
  {
    edit: '0910-access-and-audit @08e8c13: open investigation counts for balanced assignment',
    missing: fn('hearth_open_investigation_counts(uuid)'),
    apply: [
      `create function hearth_open_investigation_counts(unit uuid) returns table (user_id uuid, open_count int)
   language sql stable security definer set search_path = public as $$
     select u.id, (select count(*)::int from investigation i where i.investigator_id = u.id and i.status = 'open')
       from staff_user u where u.org_unit_id = unit and u.active and 'investigator' = any (u.roles)
   $$`,
    ],
  },
  {
    // PostgreSQL cannot rename a function's parameter in place, and the policies that call these
    // functions depend on them, so: keep each dependent policy's text, drop and recreate the
    // functions as the current 0910 text has them, and recreate the policies from their own text.
    edit: '0910-access-and-audit @2f7f140: need-to-know helpers in plpgsql with parameter `target`',
    missing: `exists (select from pg_proc p where p.pronamespace = 'public'::regnamespace
                       and p.proname in (${needToKnowFunctions.map((n) => `'${n}'`).join(', ')})
                       and (p.proargnames is distinct from array['target']
                            or p.prolang <> (select oid from pg_language where lanname = 'plpgsql')))`,
    apply: [
      `create temporary table hearth_heal_policy as
         select format('create policy %I on %I.%I as %s for %s to %s', p.policyname, p.schemaname, p.tablename, p.permissive, p.cmd,
                       (select string_agg(quote_ident(r), ', ') from unnest(p.roles) r))
                || coalesce(' using (' || p.qual || ')', '') || coalesce(' with check (' || p.with_check || ')', '') as ddl
           from pg_policies p
          where exists (select from pg_policy pol join pg_depend d on d.classid = 'pg_policy'::regclass and d.objid = pol.oid
                         where pol.polname = p.policyname and pol.polrelid = format('%I.%I', p.schemaname, p.tablename)::regclass
                           and d.refclassid = 'pg_proc'::regclass
                           and d.refobjid in (select oid from pg_proc where pronamespace = 'public'::regnamespace
                                                and proname in (${needToKnowFunctions.map((n) => `'${n}'`).join(', ')})))`,
      `drop function ${needToKnowFunctions.map((n) => `${n}(uuid)`).join(', ')} cascade`,
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
      `grant execute on function ${needToKnowFunctions.map((n) => `${n}(uuid)`).join(', ')} to hearth_app`,
      `do $$ declare statement text; begin
         for statement in select ddl from hearth_heal_policy loop execute statement; end loop;
       end $$`,
      `drop table hearth_heal_policy`,
    ],
  },
  {
    edit: '0910-access-and-audit @79e22af: the acting user’s home unit',
    missing: fn('hearth_home_unit()'),
    apply: [
      `create function hearth_home_unit() returns uuid language sql stable security definer set search_path = public as $$
     select org_unit_id from staff_user where id = hearth_uid()
   $$`,
      `grant execute on function hearth_home_unit() to hearth_app`,
    ],
  },
  {
    // The text here is the latest one, from 1000-profiles-and-work @b657dfd (program managers too).
    edit: '0910-access-and-audit @79e22af and 1000-profiles-and-work @b657dfd: who may change a report, and to which unit',
    missing: `${policyText('report', 'report_change', 'with_check')} = ''`,
    apply: [
      `drop policy if exists report_change on report`,
      `create policy report_change on report for update to hearth_app using (hearth_can_see_report(id))
         with check ((screener_id = hearth_uid() and org_unit_id = hearth_home_unit())
                     or (hearth_has_any_role(array['supervisor','program_manager']) and org_unit_id = any (hearth_scope())))`,
    ],
  },
  {
    edit: '0910-access-and-audit @79e22af: collaborators granted only by supervisors over records they see',
    missing: `position('hearth_has_any_role' in ${policyText('record_collaborator', 'record_collaborator_add', 'with_check')}) = 0`,
    apply: [
      `drop policy if exists record_collaborator_add on record_collaborator`,
      `create policy record_collaborator_add on record_collaborator for insert to hearth_app
         with check (granted_by = hearth_uid() and hearth_has_any_role(array['supervisor','program_manager'])
                     and case record_type when 'report' then hearth_can_see_report(record_id)
                                          when 'investigation' then hearth_can_see_investigation(record_id)
                                          when 'case' then hearth_can_see_case(record_id) else false end)`,
    ],
  },
  {
    edit: '0910-access-and-audit @fc23859: relationships may be removed',
    missing: `not has_table_privilege('hearth_app', 'public.relationship', 'delete')`,
    apply: [`grant delete on relationship to hearth_app`],
  },
  {
    edit: '1000-profiles-and-work @b657dfd: whether a delegate reaches every unit the absent supervisor has',
    missing: fn('hearth_can_stand_in(uuid, uuid)'),
    apply: [
      `create function hearth_can_stand_in(absent uuid, delegate uuid) returns boolean
   language sql stable security definer set search_path = public as $$
     select not exists (
       select 1 from org_unit supervised where supervised.supervisor_id = absent
          and not supervised.path && (
            select coalesce(array_agg(x), '{}') from (
              select u.scope_unit_id as x from staff_user u where u.id = delegate and u.scope_unit_id is not null
              union select s.id from org_unit s where s.supervisor_id = delegate) roots))
   $$`,
      `grant execute on function hearth_can_stand_in(uuid, uuid) to hearth_app`,
    ],
  },
  {
    edit: '1000-profiles-and-work @d1a6598: a requester can never change their own approval request',
    missing: `position('<>' in ${policyText('approval_request', 'approval_request_change', 'qual')}) = 0`,
    apply: [
      `drop policy if exists approval_request_change on approval_request`,
      `create policy approval_request_change on approval_request for update to hearth_app
         using (requested_by <> hearth_uid()
                and (routed_to = hearth_uid() or (hearth_has_any_role(array['supervisor','program_manager']) and org_unit_id = any (hearth_scope()))))`,
    ],
  },
  {
    edit: '1100-investigation-work @44002e9: an investigation’s readers see the case opened from it',
    missing: policy('family_case', 'family_case_from_investigation'),
    apply: [
      `create policy family_case_from_investigation on family_case for select to hearth_app
         using (investigation_id is not null and hearth_can_see_investigation(investigation_id))`,
    ],
  },
  {
    edit: '1100-investigation-work @44002e9: the approver records the case’s opening event',
    missing: policy('domain_event', 'domain_event_case_opened'),
    apply: [
      `create policy domain_event_case_opened on domain_event for insert to hearth_app
         with check (actor_id = hearth_uid() and subject_type = 'case' and type = 'case.opened' and hearth_can_open_case(subject_id))`,
    ],
  },
  {
    edit: '1100-investigation-work @44002e9: open case counts for balanced case assignment',
    missing: fn('hearth_open_case_counts(uuid)'),
    apply: [
      `create function hearth_open_case_counts(unit uuid) returns table (user_id uuid, open_count int)
   language sql stable security definer set search_path = public as $$
     select u.id, (select count(*)::int from case_assignment a join family_case c on c.id = a.case_id
                    where a.user_id = u.id and a.ended_at is null and c.status = 'open')
       from staff_user u where u.org_unit_id = unit and u.active and 'caseworker' = any (u.roles)
   $$`,
      `grant execute on function hearth_open_case_counts(uuid) to hearth_app`,
    ],
  },
  {
    edit: '1100-investigation-work @6cb8e70: the family’s prior history as summaries (INV-1)',
    missing: fn('hearth_prior_history(uuid)'),
    apply: [
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
    ],
  },
];

/** The edits this database still lacks (empty on a database made by today's migrations). */
export async function missingRepairs(db: Kysely<any>): Promise<string[]> {
  const missing: string[] = [];
  for (const repair of repairs) {
    const { rows } = await sql.raw<{ missing: boolean }>(`select coalesce((${repair.missing}), false) as missing`).execute(db);
    if (rows[0]?.missing) missing.push(repair.edit);
  }
  return missing;
}

export async function up(db: Kysely<any>): Promise<void> {
  for (const repair of repairs) {
    const { rows } = await sql.raw<{ missing: boolean }>(`select coalesce((${repair.missing}), false) as missing`).execute(db);
    if (rows[0]?.missing) for (const statement of repair.apply) await sql.raw(statement).execute(db);
  }
}
