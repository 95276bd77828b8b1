import { type Kysely, sql } from 'kysely';

/**
 * PLAT-1, issue 9 item 11: the hotline's need to know ends at the screening.
 *
 * Until now an investigation was visible to whoever could see its report, so the screener and the
 * careline supervisor could read every contact note, assessment answer, safety plan, finding and
 * decision. From here on an investigation (and everything that hangs off it, which all asks
 * `hearth_can_see_investigation`) is visible to its assigned investigator, its collaborators,
 * whoever's scope covers the investigation's unit (the unit's supervisory chain, and office, region
 * and state roles such as program managers and QA), and the workers of a case opened from it —
 * never to someone merely because they can see the report.
 *
 * The supervisor who approves a screen-in opens the investigation and starts its work (tasks,
 * events) in that one transaction; `opened_in_xact` lets them see the row they have just created
 * for the rest of that transaction only (the transaction id and start time must both match, so a
 * later transaction can never qualify, even after a restore restarts the id counter).
 *
 * What the hotline may still know — that an investigation exists, its number, status, unit and
 * final disposition — comes from `hearth_investigation_summary`, for readers of the report.
 */
const statements = [
  // Added without a default first, so existing rows stay null (never "opened in this transaction").
  `alter table investigation add column opened_in_xact xid8`,
  `alter table investigation alter column opened_in_xact set default pg_current_xact_id()`,

  `create or replace function hearth_can_see_investigation(target uuid) returns boolean
   language plpgsql stable security definer set search_path = public as $$
   begin
     return exists (select 1 from investigation i where i.id = $1
                      and (i.investigator_id = hearth_uid()
                           or i.org_unit_id = any (hearth_scope())
                           or exists (select 1 from record_collaborator rc where rc.record_type = 'investigation'
                                        and rc.record_id = i.id and rc.user_id = hearth_uid())
                           or exists (select 1 from family_case c where c.investigation_id = i.id and hearth_can_see_case(c.id))
                           or (i.opened_in_xact = pg_current_xact_id_if_assigned() and i.created_at = now()
                               and hearth_can_see_report(i.report_id))));
   end $$`,

  `drop policy investigation_read on investigation`,
  `create policy investigation_read on investigation for select to hearth_app
     using (investigator_id = hearth_uid() or org_unit_id = any (hearth_scope()) or hearth_can_see_investigation(id))`,
  // Opening an investigation is the approval of a screen-in: a supervisor or manager who can see the report.
  `drop policy investigation_add on investigation`,
  `create policy investigation_add on investigation for insert to hearth_app
     with check (hearth_has_any_role(array['supervisor','program_manager']) and hearth_can_see_report(report_id))`,
  `drop policy investigation_change on investigation`,
  `create policy investigation_change on investigation for update to hearth_app using (hearth_can_see_investigation(id))`,

  // The summary a reader of the report may see: existence, number, status, unit, final disposition.
  `create function hearth_investigation_summary(target_report uuid)
     returns table (id uuid, number text, status text, org_unit_id uuid, org_unit_name text, disposition text)
   language plpgsql stable security definer set search_path = public as $$
   begin
     if not hearth_can_see_report(target_report) then return; end if;
     return query
       select i.id, i.number, i.status, i.org_unit_id, o.name,
              case when i.decision_status = 'approved' then i.decision end
         from investigation i join org_unit o on o.id = i.org_unit_id
        where i.report_id = target_report;
   end $$`,
  `grant execute on function hearth_investigation_summary(uuid) to hearth_app`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
