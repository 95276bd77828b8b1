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

/** What a case list shows beside the case: its primary worker and the next thing due on it. */
const listColumns = [
  childNamesOfCase.as('child_names'),
  sql<string | null>`(select u.display_name from case_assignment a join staff_user u on u.id = a.user_id
                       where a.case_id = c.id and a.role = 'primary' and a.ended_at is null)`.as('worker_name'),
  sql<string | null>`(select a.user_id from case_assignment a where a.case_id = c.id and a.role = 'primary' and a.ended_at is null)`.as('worker_id'),
  sql<Date | null>`(select min(t.due_at) from task t where t.subject_type = 'case' and t.subject_id = c.id and t.status = 'open')`.as('next_due_at'),
  sql<number>`(select count(*)::int from task t where t.subject_type = 'case' and t.subject_id = c.id and t.status = 'open' and t.due_at < now())`.as(
    'overdue_count',
  ),
] as const;

/** Open cases where this worker has an assignment that has not ended, the soonest due first. */
export function findMyCases(trx: Trx, userId: string) {
  return trx
    .selectFrom('family_case as c')
    .select(['c.id', 'c.number', 'c.kind', 'c.opened_at'])
    .select(listColumns)
    .where('c.status', '=', 'open')
    .where((eb) =>
      eb.exists(
        eb.selectFrom('case_assignment as a').select('a.id').whereRef('a.case_id', '=', 'c.id').where('a.user_id', '=', userId).where('a.ended_at', 'is', null),
      ),
    )
    .orderBy(sql`next_due_at asc nulls last`)
    .orderBy('c.opened_at', 'desc')
    .limit(200)
    .execute();
}

export type CaseListRow = Awaited<ReturnType<typeof findMyCases>>[number];

export interface TeamFilter {
  unitIds: string[];
  workerId?: string | undefined;
  kind?: 'in_home' | 'out_of_home' | undefined;
  sort: 'next_due' | 'opened' | 'number';
}

/** Open cases in the units a supervisor is over (SUP-1 groundwork), filtered and sorted. */
export function findTeamCases(trx: Trx, filter: TeamFilter) {
  if (filter.unitIds.length === 0) return Promise.resolve([] as CaseListRow[]);
  let query = trx
    .selectFrom('family_case as c')
    .select(['c.id', 'c.number', 'c.kind', 'c.opened_at'])
    .select(listColumns)
    .where('c.status', '=', 'open')
    .where('c.org_unit_id', 'in', filter.unitIds);
  if (filter.kind) query = query.where('c.kind', '=', filter.kind);
  if (filter.workerId) {
    const workerId = filter.workerId;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('case_assignment as a')
          .select('a.id')
          .whereRef('a.case_id', '=', 'c.id')
          .where('a.user_id', '=', workerId)
          .where('a.ended_at', 'is', null),
      ),
    );
  }
  const ordered =
    filter.sort === 'opened'
      ? query.orderBy('c.opened_at', 'desc')
      : filter.sort === 'number'
        ? query.orderBy('c.number')
        : query.orderBy(sql`next_due_at asc nulls last`).orderBy('c.opened_at', 'desc');
  return ordered.limit(500).execute();
}

/** Caseworkers in ongoing units a supervisor is over: whom a case can be transferred to. */
export const findTransferTargets = (trx: Trx, unitIds: string[]) =>
  unitIds.length === 0
    ? Promise.resolve([])
    : trx
        .selectFrom('staff_user as u')
        .innerJoin('org_unit as o', 'o.id', 'u.org_unit_id')
        .select(['u.id', 'u.display_name', 'u.org_unit_id', 'o.name as org_unit_name'])
        .where('u.active', '=', true)
        .where(sql<boolean>`'caseworker' = any (u.roles)`)
        .where('o.unit_function', '=', 'ongoing')
        .where('u.org_unit_id', 'in', unitIds)
        .orderBy('u.display_name')
        .execute();

/** The primary assignment in force, if any. */
export const findPrimaryAssignment = (trx: Trx, caseId: string) =>
  trx
    .selectFrom('case_assignment')
    .select(['id', 'user_id'])
    .where('case_id', '=', caseId)
    .where('role', '=', 'primary')
    .where('ended_at', 'is', null)
    .executeTakeFirst();

/** Moves the case to another worker if `version` is still current: history kept, open tasks follow. */
export async function transferCase(
  trx: Trx,
  change: {
    caseId: string;
    version: number;
    fromAssignmentId: string | null;
    fromUserId: string | null;
    toUserId: string;
    toUnitId: string;
    reason: string;
    by: string;
  },
) {
  const bumped = await trx
    .updateTable('family_case')
    .set({ version: sql<number>`version + 1`, org_unit_id: change.toUnitId })
    .where('id', '=', change.caseId)
    .where('version', '=', change.version)
    .returning('version')
    .executeTakeFirst();
  if (!bumped) return null;
  const now = new Date();
  if (change.fromAssignmentId) {
    await trx
      .updateTable('case_assignment')
      .set({ ended_at: now, ended_by: change.by, reason: change.reason })
      .where('id', '=', change.fromAssignmentId)
      .execute();
  }
  await trx.insertInto('case_assignment').values({ case_id: change.caseId, user_id: change.toUserId, role: 'primary', started_at: now }).execute();
  const moved = await trx
    .updateTable('task')
    .set({ assignee_id: change.toUserId, org_unit_id: change.toUnitId, version: sql<number>`version + 1` })
    .where('subject_type', '=', 'case')
    .where('subject_id', '=', change.caseId)
    .where('status', '=', 'open')
    .where((eb) => (change.fromUserId ? eb.or([eb('assignee_id', '=', change.fromUserId), eb('assignee_id', 'is', null)]) : eb('assignee_id', 'is', null)))
    .returning('id')
    .execute();
  return { version: bumped.version, tasksMoved: moved.map((t) => t.id) };
}

/** Who has worked the case, oldest first: the assignment history a transfer keeps. */
export const findAssignmentHistory = (trx: Trx, caseId: string) =>
  trx
    .selectFrom('case_assignment as a')
    .innerJoin('staff_user as u', 'u.id', 'a.user_id')
    .select(['u.display_name as name', 'a.role', 'a.started_at', 'a.ended_at', 'a.reason'])
    .where('a.case_id', '=', caseId)
    .orderBy('a.started_at')
    .execute();

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
      'c.version',
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
