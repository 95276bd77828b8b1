import { type Kysely, sql } from 'kysely';

/**
 * Issue 11 review: the insert policies of the family team, its meetings and the child functional
 * assessment check that the writer is the one recorded as adding the row (as the case's other
 * records do), and a completed functional assessment cannot be updated through the app at all.
 * These were first written into the landed migrations 20261204T1800 and 20261204T1900, which
 * databases already migrated never re-run; they are made here instead.
 */
const statements = [
  `drop policy if exists case_team_member_add on case_team_member`,
  `create policy case_team_member_add on case_team_member for insert to hearth_app
     with check (added_by = hearth_uid() and hearth_can_see_case(case_id))`,
  `drop policy if exists family_team_meeting_add on family_team_meeting`,
  `create policy family_team_meeting_add on family_team_meeting for insert to hearth_app
     with check (created_by = hearth_uid() and hearth_can_see_case(case_id))`,
  `drop policy if exists child_functional_assessment_add on child_functional_assessment`,
  `create policy child_functional_assessment_add on child_functional_assessment for insert to hearth_app
     with check (created_by = hearth_uid() and hearth_can_see_case(case_id))`,
  `drop policy if exists child_functional_assessment_change on child_functional_assessment`,
  `create policy child_functional_assessment_change on child_functional_assessment for update to hearth_app
     using (hearth_can_see_case(case_id) and status = 'draft') with check (hearth_can_see_case(case_id))`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
