import type { Kysely, Transaction } from 'kysely';
import type { DB, SubjectType } from '../../db/schema.js';

type Db = Transaction<DB> | Kysely<DB>;

export interface SubjectFacts {
  orgUnitId: string;
  investigatorId: string | null;
  caseworkerId: string | null;
}

/** Where a record lives and who carries it, for routing its tasks. */
export async function findSubjectFacts(db: Db, subjectType: SubjectType, subjectId: string): Promise<SubjectFacts | undefined> {
  if (subjectType === 'report') {
    const r = await db.selectFrom('report').select(['org_unit_id']).where('id', '=', subjectId).executeTakeFirst();
    return r && { orgUnitId: r.org_unit_id, investigatorId: null, caseworkerId: null };
  }
  if (subjectType === 'investigation') {
    const i = await db.selectFrom('investigation').select(['org_unit_id', 'investigator_id']).where('id', '=', subjectId).executeTakeFirst();
    return i && { orgUnitId: i.org_unit_id, investigatorId: i.investigator_id, caseworkerId: null };
  }
  const c = await db
    .selectFrom('family_case as c')
    .select(['c.org_unit_id'])
    .select((eb) =>
      eb
        .selectFrom('case_assignment as a')
        .select('a.user_id')
        .whereRef('a.case_id', '=', 'c.id')
        .where('a.ended_at', 'is', null)
        .orderBy('a.role')
        .orderBy('a.started_at', 'desc')
        .limit(1)
        .as('caseworker_id'),
    )
    .where('c.id', '=', subjectId)
    .executeTakeFirst();
  return c && { orgUnitId: c.org_unit_id, investigatorId: null, caseworkerId: c.caseworker_id };
}

export const findOpenTasks = (db: Db, subjectType: SubjectType, subjectId: string) =>
  db
    .selectFrom('task')
    .select(['id', 'rule_key', 'child_person_id', 'profile_code', 'profile_version', 'created_by_event_id'])
    .where('subject_type', '=', subjectType)
    .where('subject_id', '=', subjectId)
    .where('status', '=', 'open')
    .execute();
