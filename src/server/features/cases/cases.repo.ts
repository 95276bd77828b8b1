import { sql, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';

type Trx = Transaction<DB>;

/**
 * The people on a case who are children in the home (INV-8): the household facts come from the
 * investigation's report (lives in the household), the age from the person.
 */
const childNamesOfCase = sql<string[]>`coalesce((
  select array_agg(p.first_name || ' ' || p.last_name order by p.date_of_birth desc nulls last, p.first_name)
    from case_participant cp
    join person p on p.id = cp.person_id
    left join investigation inv on inv.id = c.investigation_id
    left join report_participant rp on rp.report_id = inv.report_id and rp.person_id = cp.person_id
   where cp.case_id = c.id
     and (cp.role = 'alleged_victim'
          or (coalesce(rp.lives_in_household, true)
              and coalesce(extract(year from age(current_date, p.date_of_birth))::int, p.approximate_age) < 18))), '{}')`;

/** Open cases where this worker has an assignment that has not ended, newest first. */
export function findMyCases(trx: Trx, userId: string) {
  return trx
    .selectFrom('family_case as c')
    .select(['c.id', 'c.number', 'c.kind', 'c.opened_at'])
    .select(childNamesOfCase.as('child_names'))
    .where('c.status', '=', 'open')
    .where((eb) =>
      eb.exists(
        eb.selectFrom('case_assignment as a').select('a.id').whereRef('a.case_id', '=', 'c.id').where('a.user_id', '=', userId).where('a.ended_at', 'is', null),
      ),
    )
    .orderBy('c.opened_at', 'desc')
    .limit(200)
    .execute();
}

/** A case with the facts the access policy needs, its unit and the investigation it came from. */
export function findCase(trx: Trx, id: string) {
  return trx
    .selectFrom('family_case as c')
    .innerJoin('org_unit as o', 'o.id', 'c.org_unit_id')
    .leftJoin('investigation as i', 'i.id', 'c.investigation_id')
    .select([
      'c.id',
      'c.number',
      'c.kind',
      'c.status',
      'c.opened_at',
      'c.org_unit_id',
      'c.investigation_id',
      'o.name as org_unit_name',
      'i.number as investigation_number',
      'i.decision as investigation_decision',
    ])
    .select([
      sql<string[]>`coalesce((select array_agg(a.user_id) from case_assignment a where a.case_id = c.id and a.ended_at is null), '{}')`.as('assigned_user_ids'),
      sql<string[]>`coalesce((select array_agg(rc.user_id) from record_collaborator rc where rc.record_type = 'case' and rc.record_id = c.id), '{}')`.as(
        'collaborator_ids',
      ),
    ])
    .where('c.id', '=', id)
    .executeTakeFirst();
}

export const findWorkers = (trx: Trx, caseId: string) =>
  trx
    .selectFrom('case_assignment as a')
    .innerJoin('staff_user as u', 'u.id', 'a.user_id')
    .select(['u.display_name as name', 'a.role'])
    .where('a.case_id', '=', caseId)
    .where('a.ended_at', 'is', null)
    .orderBy('a.role')
    .orderBy('a.started_at')
    .execute();

export const findPeople = (trx: Trx, caseId: string) =>
  trx
    .selectFrom('case_participant as cp')
    .innerJoin('person as p', 'p.id', 'cp.person_id')
    .select(['p.id as person_id', 'p.first_name', 'p.last_name', 'p.date_of_birth', 'cp.role'])
    .where('cp.case_id', '=', caseId)
    .orderBy('p.last_name')
    .orderBy('p.first_name')
    .execute();

/** How the case's people are related to one another (ENG-1 groundwork). */
export const findRelationships = (trx: Trx, personIds: string[]) =>
  personIds.length === 0
    ? Promise.resolve([])
    : trx
        .selectFrom('relationship as r')
        .innerJoin('person as a', 'a.id', 'r.person_id')
        .innerJoin('person as b', 'b.id', 'r.related_person_id')
        .select([
          sql<string>`a.first_name || ' ' || a.last_name`.as('person_name'),
          sql<string>`b.first_name || ' ' || b.last_name`.as('related_person_name'),
          'r.kind',
        ])
        .where('r.person_id', 'in', personIds)
        .where('r.related_person_id', 'in', personIds)
        .orderBy('r.created_at')
        .execute();

/** Safety plans carried into the case, newest first. */
export const findCasePlans = (trx: Trx, caseId: string) =>
  trx.selectFrom('safety_plan').selectAll().where('case_id', '=', caseId).orderBy('created_at', 'desc').execute();
