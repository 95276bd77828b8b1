import { type Kysely, sql } from 'kysely';

/**
 * PLAT-4 (issue 11): merging two records of the same person, and undoing it exactly.
 *
 * Every relational reference to the merged record — participation in reports and cases,
 * relationships, allegations, assessments, tasks, signatures, the family network's searches and
 * notices, documents, team members, aliases and addresses — moves to the survivor, and so do the
 * person ids written inside safety plans, contacts and family assessments. Each row changed is logged
 * in person_merge_change with what it held, so an undo puts back exactly that and nothing else.
 * The audit trail is append-only and sealed, so it is never rewritten: a search of it for the
 * survivor also finds what was recorded under the merged record (hearth_person_identities).
 *
 * Why the work is in SECURITY DEFINER functions: the rows to move sit in a dozen tables under
 * different need-to-know policies, completed assessments are frozen by triggers, and the composite
 * keys to case_participant must be checked only once both sides have moved (deferred). The functions
 * check who is asking themselves: a supervisor or administrator who can see both records (merge), an
 * administrator (undo). Two records on the same report or case are refused: there they are listed as
 * different people, and the caller is told which record to correct first.
 */
const movedColumns: Array<[table: string, column: string]> = [
  ['report_participant', 'person_id'],
  ['case_participant', 'person_id'],
  ['relationship', 'person_id'],
  ['relationship', 'related_person_id'],
  ['allegation', 'victim_person_id'],
  ['allegation', 'perpetrator_person_id'],
  ['instrument_response', 'child_person_id'],
  ['task', 'child_person_id'],
  ['domain_event', 'child_person_id'],
  ['safety_plan_signature', 'person_id'],
  ['diligent_search_effort', 'person_id'],
  ['relative_notice', 'person_id'],
  ['case_document', 'person_id'],
  ['case_team_member', 'person_id'],
  ['case_team_member', 'chosen_by'],
  ['family_team_meeting', 'requested_by'],
  ['child_functional_assessment', 'child_person_id'],
  ['person_alias', 'person_id'],
  ['person_address', 'person_id'],
];

/** jsonb documents that name people by id inside them. */
const rewrittenDocuments: Array<[table: string, column: string]> = [
  ['safety_plan', 'actions'],
  ['investigation_contact', 'participants'],
  ['family_assessment', 'content'],
];

const pairs = (list: Array<[string, string]>) => list.map(([t, c]) => `('${t}','${c}')`).join(', ');

/** The person's columns a merge may take from the merged record (the API's mergeable fields). */
const takeableColumns = [
  'first_name', 'middle_name', 'last_name', 'suffix', 'date_of_birth', 'approximate_age', 'sex', 'races', 'ethnicity',
  'tribal_affiliation', 'icwa_inquiry', 'icwa_inquiry_date', 'primary_language', 'interpreter_needed', 'phone', 'email',
];
const quoted = (list: string[]) => list.map((c) => `'${c}'`).join(', ');

const statements = [
  `alter table person add column merged_into uuid references person(id)`,
  // Only the merge functions set merged_into: the app may update a person's facts, not where it points,
  // whose record it is or which unit holds it. A merged record is a pointer and takes no edits.
  `revoke update on person from hearth_app`,
  `grant update (${[...takeableColumns, 'deceased', 'version', 'updated_at'].join(', ')}) on person to hearth_app`,
  `create policy person_not_merged on person as restrictive for update to hearth_app using (merged_into is null)`,
  `create index person_merged_into_idx on person (merged_into) where merged_into is not null`,
  `create table person_merge (
     id uuid primary key,
     survivor_id uuid not null references person(id),
     merged_id uuid not null references person(id),
     -- Per column the survivor took from the merged record: {"field": API name, "from": …, "to": …}.
     fields_taken jsonb not null default '{}'::jsonb,
     -- The names as they were, so an administrator without need-to-know can tell merges apart.
     survivor_name text not null,
     merged_name text not null,
     reason text not null,
     merged_by uuid not null references staff_user(id),
     merged_at timestamptz not null default now(),
     undone_by uuid references staff_user(id),
     undone_at timestamptz,
     undo_reason text,
     check (survivor_id <> merged_id),
     check ((undone_at is null) = (undone_by is null))
   )`,
  `create unique index person_merge_live on person_merge (merged_id) where undone_at is null`,
  `create index person_merge_survivor_idx on person_merge (survivor_id)`,
  `create table person_merge_change (
     merge_id uuid not null references person_merge(id),
     seq integer not null,
     table_name text not null,
     row_id uuid,
     row_key jsonb,
     column_name text,
     op text not null check (op in ('moved','rewritten','removed','added')),
     before jsonb,
     primary key (merge_id, seq)
   )`,
  // The merge is read by anyone who can see either record; it is written only by the functions below.
  // What the survivor took (fields_taken) stays with the functions: it is the other record's facts.
  `grant select (id, survivor_id, merged_id, survivor_name, merged_name, reason, merged_by, merged_at, undone_by, undone_at, undo_reason)
     on person_merge to hearth_app`,
  `alter table person_merge enable row level security`,
  // Administrators, who undo merges, see the list of them (names only) without seeing the people.
  `create policy person_merge_read on person_merge for select to hearth_app
     using (hearth_can_see_person(survivor_id) or hearth_can_see_person(merged_id) or hearth_has_any_role(array['administrator']))`,
  `alter table person_merge_change enable row level security`,

  // Composite keys to case_participant are checked at commit, once both sides have moved.
  `do $$ declare c record; begin
     for c in select conrelid::regclass as tbl, conname from pg_constraint
               where contype = 'f' and confrelid = 'case_participant'::regclass loop
       execute format('alter table %s alter constraint %I deferrable initially immediate', c.tbl, c.conname);
     end loop;
   end $$`,

  // A merged record stays readable, as a pointer, to whoever can see the record it points to.
  `create or replace function hearth_can_see_person(target uuid) returns boolean
   language plpgsql stable security definer set search_path = public as $$
   begin
     return exists (select 1 from person p where p.id = $1
                      and (p.created_by = hearth_uid() or p.org_unit_id = any (hearth_scope())))
         or exists (select 1 from report_participant rp where rp.person_id = $1 and hearth_can_see_report(rp.report_id))
         or exists (select 1 from case_participant cp where cp.person_id = $1 and hearth_can_see_case(cp.case_id))
         or exists (select 1 from person p where p.id = $1 and p.merged_into is not null and hearth_can_see_person(p.merged_into));
   end $$`,

  // The record and every record merged into it, however deep: what the audit trail was written under.
  `create function hearth_person_identities(target uuid) returns uuid[]
   language sql stable security definer set search_path = public as $$
     with recursive ids(id) as (select target union select p.id from person p join ids on p.merged_into = ids.id)
     select array_agg(id) from ids
   $$`,
  `create or replace function hearth_audit_search(person uuid, actor uuid, from_time timestamptz, to_time timestamptz, max_rows int)
   returns table (seq bigint, occurred_at timestamptz, actor_id uuid, actor_name text, action text, record_type text,
                  record_id uuid, person_ids uuid[], purpose text, request_id text, ip text)
   language plpgsql stable security definer set search_path = public as $$
   declare identities uuid[] := case when person is null then null else hearth_person_identities(person) end;
   begin
     if not hearth_has_any_role(array['administrator']) then
       raise exception 'audit search is for administrators' using errcode = '42501';
     end if;
     return query
       select e.seq, e.occurred_at, e.actor_id, u.display_name, e.action, e.record_type, e.record_id, e.person_ids,
              e.purpose, e.request_id, e.ip
         from audit_event e left join staff_user u on u.id = e.actor_id
        where (person is null or e.record_id = any (identities) or e.person_ids && identities)
          and (actor is null or e.actor_id = actor)
          and (from_time is null or e.occurred_at >= from_time)
          and (to_time is null or e.occurred_at < to_time)
        order by e.seq desc
        limit least(max_rows, 500);
   end $$`,

  // A completed assessment may change in one way only: a live merge (or its undo) renaming a person.
  `create function hearth_merge_renames(old_row jsonb, new_row jsonb) returns boolean
   language plpgsql stable security definer set search_path = public as $$
   declare pair text[] := string_to_array(nullif(current_setting('hearth.merge_rename', true), ''), ':');
   begin
     return pair is not null
        and exists (select 1 from person_merge m where m.undone_at is null
                       and (m.merged_id::text, m.survivor_id::text) in ((pair[1], pair[2]), (pair[2], pair[1])))
        and new_row = replace(old_row::text, pair[1], pair[2])::jsonb;
   end $$`,
  `create or replace function hearth_family_assessment_frozen() returns trigger language plpgsql as $$
   begin
     if old.status = 'completed' and not (tg_op = 'UPDATE' and hearth_merge_renames(to_jsonb(old), to_jsonb(new))) then
       raise exception 'a completed family assessment cannot change' using errcode = 'check_violation';
     end if;
     return case when tg_op = 'DELETE' then old else new end;
   end $$`,
  `create or replace function hearth_child_functional_assessment_frozen() returns trigger language plpgsql as $$
   begin
     if old.status = 'completed' and not (tg_op = 'UPDATE' and hearth_merge_renames(to_jsonb(old), to_jsonb(new))) then
       raise exception 'a completed child functional assessment cannot change' using errcode = 'check_violation';
     end if;
     return case when tg_op = 'DELETE' then old else new end;
   end $$`,

  `create function hearth_merge_person(merge uuid, survivor uuid, merged uuid, survivor_version integer, merged_version integer,
                                        fields_taken jsonb, why text) returns void
   language plpgsql volatile security definer set search_path = public as $$
   declare
     n integer := 0;
     item record;
     moved uuid;
     shared text;
   begin
     if not hearth_has_any_role(array['supervisor','administrator']) then
       raise exception 'merging records is for supervisors and administrators' using errcode = '42501';
     end if;
     if not (hearth_can_see_person(survivor) and hearth_can_see_person(merged)) then
       raise exception 'person not found' using errcode = 'P0002';
     end if;
     perform 1 from person where id in (survivor, merged) order by id for update;
     if exists (select 1 from person where id in (survivor, merged) and merged_into is not null) then
       raise exception 'one of these records is already merged' using errcode = 'HM002';
     end if;
     -- The versions read, checked under the lock: an edit that landed meanwhile is a conflict, not lost.
     if not exists (select 1 from person where id = survivor and version = survivor_version)
        or not exists (select 1 from person where id = merged and version = merged_version) then
       raise exception 'a record changed after it was read' using errcode = 'HM004';
     end if;
     -- What the survivor takes must be a mergeable field holding the merged record's current value.
     if exists (select 1 from jsonb_each(fields_taken) f
                 where f.key not in (${quoted(takeableColumns)})
                    or f.value->'to' is distinct from (select coalesce(to_jsonb(p) -> f.key, 'null'::jsonb) from person p where p.id = merged)) then
       raise exception 'fields_taken names a field the merge cannot take' using errcode = '22023';
     end if;
     select coalesce(string_agg(r.number, ', '), '') into shared from report r
      where exists (select 1 from report_participant a where a.report_id = r.id and a.person_id = survivor)
        and exists (select 1 from report_participant b where b.report_id = r.id and b.person_id = merged);
     if shared = '' then
       select coalesce(string_agg(c.number, ', '), '') into shared from family_case c
        where exists (select 1 from case_participant a where a.case_id = c.id and a.person_id = survivor)
          and exists (select 1 from case_participant b where b.case_id = c.id and b.person_id = merged);
     end if;
     if shared <> '' then
       raise exception 'both records are people on %', shared using errcode = 'HM001';
     end if;

     insert into person_merge (id, survivor_id, merged_id, fields_taken, survivor_name, merged_name, reason, merged_by)
       select merge, survivor, merged, fields_taken, s.first_name || ' ' || s.last_name, d.first_name || ' ' || d.last_name, why, hearth_uid()
         from person s, person d where s.id = survivor and d.id = merged;
     set constraints all deferred;
     perform set_config('hearth.merge_rename', merged || ':' || survivor, true);

     -- A relationship the survivor already has, or one between the two records, would repeat or
     -- loop once moved: it is removed (and kept in the log for an undo).
     for item in select r.* from relationship r
                  where (r.person_id = merged and (r.related_person_id = survivor or exists (
                          select 1 from relationship s where s.person_id = survivor and s.related_person_id = r.related_person_id and s.kind = r.kind)))
                     or (r.related_person_id = merged and (r.person_id = survivor or exists (
                          select 1 from relationship s where s.related_person_id = survivor and s.person_id = r.person_id and s.kind = r.kind))) loop
       delete from relationship where id = item.id;
       n := n + 1;
       insert into person_merge_change (merge_id, seq, table_name, row_id, op, before) values (merge, n, 'relationship', item.id, 'removed', to_jsonb(item));
     end loop;

     for item in select * from (values ${pairs(movedColumns)}) as t(tbl, col) loop
       for moved in execute format('update %I set %I = $1 where %I = $2 returning id', item.tbl, item.col, item.col) using survivor, merged loop
         n := n + 1;
         insert into person_merge_change (merge_id, seq, table_name, row_id, column_name, op) values (merge, n, item.tbl, moved, item.col, 'moved');
       end loop;
     end loop;

     for item in select * from (values ${pairs(rewrittenDocuments)}) as t(tbl, col) loop
       for moved, shared in execute format(
           'with old as (select id, %2$I::text as doc from %1$I where strpos(%2$I::text, $2::text) > 0 for update)
            update %1$I t set %2$I = replace(old.doc, $2::text, $1::text)::jsonb from old where t.id = old.id returning t.id, old.doc',
           item.tbl, item.col) using survivor, merged loop
         n := n + 1;
         insert into person_merge_change (merge_id, seq, table_name, row_id, column_name, op, before) values (merge, n, item.tbl, moved, item.col, 'rewritten', shared::jsonb);
       end loop;
     end loop;

     for item in select investigation_id, linked_investigation_id, shared_person_ids from investigation_link where merged = any (shared_person_ids) for update loop
       update investigation_link
          set shared_person_ids = array(select distinct x from unnest(array_replace(item.shared_person_ids, merged, survivor)) x)
        where investigation_id = item.investigation_id and linked_investigation_id = item.linked_investigation_id;
       n := n + 1;
       insert into person_merge_change (merge_id, seq, table_name, row_key, column_name, op, before)
         values (merge, n, 'investigation_link', jsonb_build_object('investigation_id', item.investigation_id, 'linked_investigation_id', item.linked_investigation_id),
                 'shared_person_ids', 'rewritten', to_jsonb(item.shared_person_ids));
     end loop;

     -- The merged record's own name becomes an alias of the survivor, so a search by it finds them.
     insert into person_alias (person_id, first_name, last_name, kind)
       select survivor, p.first_name, p.last_name, 'alias' from person p, person s
        where p.id = merged and s.id = survivor
          and hearth_fold(p.first_name || ' ' || p.last_name) <> hearth_fold(s.first_name || ' ' || s.last_name)
          and not exists (select 1 from person_alias a where a.person_id = survivor
                            and hearth_fold(a.first_name || ' ' || a.last_name) = hearth_fold(p.first_name || ' ' || p.last_name))
       returning id into moved;
     if moved is not null then
       n := n + 1;
       insert into person_merge_change (merge_id, seq, table_name, row_id, op) values (merge, n, 'person_alias', moved, 'added');
     end if;

     update person set merged_into = survivor, version = version + 1, updated_at = now() where id = merged;
     perform set_config('hearth.merge_rename', '', true);
     set constraints all immediate;
   end $$`,

  // The person's record in the shape the API keeps in person_version (a confidential address only as such).
  `create function hearth_person_snapshot(target uuid) returns jsonb
   language sql stable security definer set search_path = public as $$
     select jsonb_build_object(
              'firstName', p.first_name, 'middleName', p.middle_name, 'lastName', p.last_name, 'suffix', p.suffix,
              'dateOfBirth', p.date_of_birth, 'approximateAge', p.approximate_age, 'sex', p.sex, 'races', to_jsonb(p.races),
              'ethnicity', p.ethnicity, 'tribalAffiliation', p.tribal_affiliation, 'icwaInquiry', p.icwa_inquiry,
              'icwaInquiryDate', p.icwa_inquiry_date, 'primaryLanguage', p.primary_language, 'interpreterNeeded', p.interpreter_needed,
              'phone', p.phone, 'email', p.email,
              'aliases', coalesce((select jsonb_agg(jsonb_build_object('firstName', a.first_name, 'lastName', a.last_name, 'kind', a.kind) order by a.id)
                                     from person_alias a where a.person_id = p.id), '[]'::jsonb),
              'addresses', coalesce((select jsonb_agg(case when ad.confidential
                                        then jsonb_build_object('line1', null, 'line2', null, 'city', null, 'state', null, 'postalCode', null, 'confidential', true, 'current', ad.current)
                                        else jsonb_build_object('line1', ad.line1, 'line2', ad.line2, 'city', ad.city, 'state', ad.state, 'postalCode', ad.postal_code, 'confidential', false, 'current', ad.current) end
                                      order by ad.current desc, ad.id)
                                       from person_address ad where ad.person_id = p.id), '[]'::jsonb))
       from person p where p.id = target
   $$`,

  // Answers the API names of the fields put back on the survivor.
  `create function hearth_unmerge_person(merge uuid, why text) returns text[]
   language plpgsql volatile security definer set search_path = public as $$
   declare
     m person_merge;
     change person_merge_change;
     taken record;
     restored text[] := '{}';
     before_undo jsonb;
     put_back integer;
   begin
     if not hearth_has_any_role(array['administrator']) then
       raise exception 'undoing a merge is for administrators' using errcode = '42501';
     end if;
     select * into m from person_merge where id = merge and undone_at is null for update;
     if m.id is null then
       raise exception 'merge not found or already undone' using errcode = 'P0002';
     end if;
     perform 1 from person where id in (m.survivor_id, m.merged_id) order by id for update;
     if exists (select 1 from person where id = m.survivor_id and merged_into is not null) then
       raise exception 'the survivor has since been merged into another record; undo that merge first' using errcode = 'HM003';
     end if;
     before_undo := hearth_person_snapshot(m.survivor_id);
     set constraints all deferred;
     perform set_config('hearth.merge_rename', m.survivor_id || ':' || m.merged_id, true);
     for change in select * from person_merge_change where merge_id = merge order by seq desc loop
       if change.op = 'moved' then
         execute format('update %I set %I = $1 where id = $2 and %I = $3', change.table_name, change.column_name, change.column_name)
           using m.merged_id, change.row_id, m.survivor_id;
       -- A document may have been edited since: the ids are swapped back in what it says now, so the
       -- edit is kept (and a document completed since accepts the swap as a merge's renaming).
       elsif change.op = 'rewritten' and change.table_name = 'investigation_link' then
         update investigation_link set shared_person_ids = array(select distinct x from unnest(array_replace(shared_person_ids, m.survivor_id, m.merged_id)) x)
          where investigation_id = (change.row_key->>'investigation_id')::uuid and linked_investigation_id = (change.row_key->>'linked_investigation_id')::uuid
            and m.merged_id = any (array(select jsonb_array_elements_text(change.before)::uuid));
       elsif change.op = 'rewritten' then
         execute format('update %1$I set %2$I = replace(%2$I::text, $1::text, $2::text)::jsonb where id = $3', change.table_name, change.column_name)
           using m.survivor_id, m.merged_id, change.row_id;
       elsif change.op = 'removed' then
         execute format('insert into %I select * from jsonb_populate_record(null::%I, $1)', change.table_name, change.table_name) using change.before;
       elsif change.op = 'added' then
         execute format('delete from %I where id = $1', change.table_name) using change.row_id;
       end if;
     end loop;
     update person set merged_into = null, version = version + 1, updated_at = now() where id = m.merged_id;

     -- A field the survivor took goes back only where it still holds the merged record's value:
     -- an edit made since the merge is kept.
     for taken in select key as col, value->>'field' as field, value->'from' as old_value, value->'to' as new_value from jsonb_each(m.fields_taken) loop
       execute format('update person set %1$I = (jsonb_populate_record(null::person, $1)).%1$I
                        where id = $2 and coalesce(to_jsonb(%1$I), ''null''::jsonb) = $3', taken.col)
         using jsonb_build_object(taken.col, taken.old_value), m.survivor_id, taken.new_value;
       get diagnostics put_back = row_count;
       if put_back > 0 then restored := restored || taken.field; end if;
     end loop;
     insert into person_version (person_id, version, snapshot, changed_fields, changed_by)
       select id, version, before_undo, restored || array['merge_undone'], hearth_uid() from person where id = m.survivor_id;
     update person set version = version + 1, updated_at = now() where id = m.survivor_id;
     update person_merge set undone_by = hearth_uid(), undone_at = now(), undo_reason = why where id = merge;
     perform set_config('hearth.merge_rename', '', true);
     -- Rows added since the merge that tie the survivor to the duplicate's case would be left pointing
     -- at a participation that moved back: checked here, so the caller gets a refusal, not a failed commit.
     set constraints all immediate;
     return restored;
   end $$`,
  `revoke all on function hearth_merge_person(uuid, uuid, uuid, integer, integer, jsonb, text), hearth_unmerge_person(uuid, text),
     hearth_person_snapshot(uuid), hearth_person_identities(uuid), hearth_merge_renames(jsonb, jsonb) from public`,
  `grant execute on function hearth_merge_person(uuid, uuid, uuid, integer, integer, jsonb, text), hearth_unmerge_person(uuid, text) to hearth_app`,
  // The frozen-assessment triggers call it as the app (PostgreSQL checks EXECUTE even when it is not reached);
  // it answers only whether an update is a live merge's renaming, and the app cannot update a completed row anyway.
  `grant execute on function hearth_merge_renames(jsonb, jsonb) to hearth_app`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
