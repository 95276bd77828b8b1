import { type Kysely, sql } from 'kysely';

/**
 * INV-1, issue 9 item 10: two open investigations about the same child are linked, so neither
 * investigator works blind. `hearth_open_investigations_sharing` tells whoever can see a report
 * which other open investigations name the same children — number, unit and which children only,
 * like the prior-history summary — and `hearth_link_open_investigations` records the link both
 * ways when the screen-in is approved (the approver cannot see the other office's investigation,
 * so the link is written by this one narrow function). A linked investigation opens only for
 * those who may see it.
 */
const statements = [
  `create table investigation_link (
     investigation_id uuid not null references investigation(id),
     linked_investigation_id uuid not null references investigation(id),
     shared_person_ids uuid[] not null,
     linked_at timestamptz not null default now(),
     linked_by uuid references staff_user(id),
     primary key (investigation_id, linked_investigation_id),
     check (investigation_id <> linked_investigation_id)
   )`,
  `grant select on investigation_link to hearth_app`,
  `alter table investigation_link enable row level security`,
  `create policy investigation_link_read on investigation_link for select to hearth_app using (hearth_can_see_investigation(investigation_id))`,

  `create function hearth_open_investigations_sharing(target_report uuid)
     returns table (investigation_id uuid, number text, org_unit_name text, person_ids uuid[], visible boolean)
   language plpgsql stable security definer set search_path = public as $$
   begin
     if not hearth_can_see_report(target_report) then return; end if;
     return query
       select i.id, i.number, o.name, array_agg(distinct rp.person_id), hearth_can_see_investigation(i.id)
         from report_participant mine
         join report_participant rp on rp.person_id = mine.person_id and rp.report_id <> mine.report_id
         join investigation i on i.report_id = rp.report_id and i.status = 'open'
         join org_unit o on o.id = i.org_unit_id
        where mine.report_id = target_report
          and mine.role in ('alleged_victim', 'household_member')
          and rp.role in ('alleged_victim', 'household_member')
        group by i.id, i.number, o.name
        order by i.number
        limit 20;
   end $$`,
  `grant execute on function hearth_open_investigations_sharing(uuid) to hearth_app`,

  `create function hearth_link_open_investigations(new_investigation uuid) returns int
   language plpgsql volatile security definer set search_path = public as $$
   declare
     target_report uuid;
     linked int;
   begin
     if not hearth_can_see_investigation(new_investigation) then return 0; end if;
     select report_id into target_report from investigation where id = new_investigation;
     with found as (select s.investigation_id as other, s.person_ids from hearth_open_investigations_sharing(target_report) s
                     where s.investigation_id <> new_investigation),
          one_way as (insert into investigation_link (investigation_id, linked_investigation_id, shared_person_ids, linked_by)
                        select new_investigation, other, person_ids, hearth_uid() from found on conflict do nothing returning 1),
          other_way as (insert into investigation_link (investigation_id, linked_investigation_id, shared_person_ids, linked_by)
                        select other, new_investigation, person_ids, hearth_uid() from found on conflict do nothing returning 1)
     select count(*) into linked from one_way;
     return linked;
   end $$`,
  `grant execute on function hearth_link_open_investigations(uuid) to hearth_app`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
