import { randomUUID } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';

type Trx = Transaction<DB>;

/**
 * Writes for opening a case from an investigation (INV-7). The approving supervisor usually cannot
 * see the ongoing unit's cases, so RLS (family_case_open, hearth_can_open_case) lets them insert
 * but hides the rows: every id is made here and nothing relies on RETURNING.
 */

/** The ongoing-services unit in the same office as the investigation unit. */
export function findOngoingUnitFor(trx: Trx, investigationUnitId: string) {
  return trx
    .selectFrom('org_unit as inv')
    .innerJoin('org_unit as unit', 'unit.parent_id', 'inv.parent_id')
    .select(['unit.id', 'unit.name'])
    .where('inv.id', '=', investigationUnitId)
    .where('unit.unit_function', '=', 'ongoing')
    .orderBy('unit.code')
    .executeTakeFirst();
}

/** Caseworkers in the unit with how many open cases each carries, least loaded first (counts only). */
export async function findCaseworkerWorkloads(trx: Trx, unitId: string) {
  const { rows } = await sql<{ user_id: string; open_count: number; display_name: string }>`
    select c.user_id, c.open_count, u.display_name from hearth_open_case_counts(${unitId}) c
      join staff_user u on u.id = c.user_id order by c.open_count, u.display_name`.execute(trx);
  return rows;
}

export async function nextCaseNumber(trx: Trx): Promise<string> {
  const { rows } = await sql<{
    number: string;
  }>`select 'C-' || to_char(now() at time zone 'UTC', 'YYYY') || '-' || lpad(nextval('case_number_seq')::text, 6, '0') as number`.execute(trx);
  return rows[0]!.number;
}

export async function insertCase(
  trx: Trx,
  values: { id: string; number: string; kind: 'in_home' | 'out_of_home'; orgUnitId: string; investigationId: string; createdBy: string },
) {
  await trx
    .insertInto('family_case')
    .values({
      id: values.id,
      number: values.number,
      kind: values.kind,
      org_unit_id: values.orgUnitId,
      investigation_id: values.investigationId,
      created_by: values.createdBy,
    })
    .execute();
}

export async function insertAssignment(trx: Trx, caseId: string, userId: string) {
  await trx.insertInto('case_assignment').values({ id: randomUUID(), case_id: caseId, user_id: userId, role: 'primary' }).execute();
}

export async function insertParticipants(trx: Trx, caseId: string, people: Array<{ personId: string; role: string }>) {
  if (people.length === 0) return;
  await trx
    .insertInto('case_participant')
    .values(people.map((p) => ({ id: randomUUID(), case_id: caseId, person_id: p.personId, role: p.role })))
    .execute();
}

/** Active safety plans go on with the family into the case (INV-4, INV-7). */
export async function carrySafetyPlans(trx: Trx, investigationId: string, caseId: string) {
  const result = await trx
    .updateTable('safety_plan')
    // The version is the content the family agreed to; moving the plan to the case changes none of it.
    .set({ case_id: caseId, updated_at: new Date() })
    .where('investigation_id', '=', investigationId)
    .where('status', '=', 'active')
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Everyone on the investigation's report, with what the household facts say about them. */
export function findReportPeople(trx: Trx, reportId: string) {
  return trx
    .selectFrom('report_participant as rp')
    .innerJoin('person as p', 'p.id', 'rp.person_id')
    .select(['rp.person_id', 'rp.role', 'rp.lives_in_household', 'p.first_name', 'p.last_name', 'p.date_of_birth', 'p.approximate_age'])
    .where('rp.report_id', '=', reportId)
    .orderBy('p.last_name')
    .orderBy('p.first_name')
    .execute();
}

/** The opened case's number, which readers of its investigation may see (family_case_from_investigation). */
export const findCaseNumber = async (trx: Trx, caseId: string) =>
  (await trx.selectFrom('family_case').select('number').where('id', '=', caseId).executeTakeFirst())?.number ?? null;
