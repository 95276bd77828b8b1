import { sql, type Transaction } from 'kysely';
import type { DB } from '../../../../db/schema.js';

type Trx = Transaction<DB>;

export const findUnit = (trx: Trx, unitId: string) => trx.selectFrom('org_unit').select(['id', 'name']).where('id', '=', unitId).executeTakeFirst();

/** The unit and every unit under it (an office's units, a region's offices and theirs). */
export const findUnitsUnder = async (trx: Trx, unitId: string) =>
  (
    await sql<{ id: string }>`with recursive under(id) as (select ${unitId}::uuid union select o.id from org_unit o join under u on o.parent_id = u.id)
                              select id from under`.execute(trx)
  ).rows.map((r) => r.id);

/**
 * The unit's cases of one kind open at some time in the period (agency-local days), each with its
 * current primary worker. Row-level security leaves out any case the reader may not see (a sealed
 * case, say), so the measure and its drill-down are only ever of children the reader may see.
 */
export const findCases = (trx: Trx, q: { unitIds: string[]; kind: 'in_home' | 'out_of_home'; from: string; to: string; timeZone: string }) => {
  const openedOn = sql<string>`((c.opened_at at time zone ${q.timeZone})::date)::text`;
  const closedOn = sql<string | null>`((c.closed_at at time zone ${q.timeZone})::date)::text`;
  return trx
    .selectFrom('family_case as c')
    .leftJoin('case_assignment as a', (j) => j.onRef('a.case_id', '=', 'c.id').on('a.role', '=', 'primary').on('a.ended_at', 'is', null))
    .leftJoin('staff_user as u', 'u.id', 'a.user_id')
    .innerJoin('org_unit as o', 'o.id', 'c.org_unit_id')
    .select(['c.id', 'c.number', 'c.org_unit_id', 'o.name as unit_name', 'a.user_id as worker_id', 'u.display_name as worker_name'])
    .select([openedOn.as('opened_on'), closedOn.as('closed_on')])
    .where('c.org_unit_id', 'in', q.unitIds)
    .where('c.kind', '=', q.kind)
    .where(openedOn, '<=', q.to)
    .where((eb) => eb.or([eb('c.closed_at', 'is', null), eb(closedOn, '>=', q.from)]))
    .orderBy('c.number')
    .execute();
};

/** The people of these cases with what decides who is a child in the home (as network.repo's findMembers). */
export const findPeople = (trx: Trx, caseIds: string[]) =>
  caseIds.length === 0
    ? Promise.resolve([])
    : trx
        .selectFrom('case_participant as cp')
        .innerJoin('person as p', 'p.id', 'cp.person_id')
        .select(['cp.case_id', 'p.id as person_id', 'p.first_name', 'p.last_name', 'p.date_of_birth', 'p.approximate_age', 'p.deceased', 'cp.role'])
        .select(
          sql<boolean | null>`(select rp.lives_in_household from family_case c join investigation i on i.id = c.investigation_id
                                join report_participant rp on rp.report_id = i.report_id and rp.person_id = cp.person_id
                               where c.id = cp.case_id)`.as('lives_in_home'),
        )
        .where('cp.case_id', 'in', caseIds)
        .execute();
