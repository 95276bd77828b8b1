import { sql, type Transaction } from 'kysely';
import type { Updateable } from 'kysely';
import type { CaseVisitPersonTable, CaseVisitTable, DB, VisitTopic } from '../../../db/schema.js';
import type { PlanVisitInput, RecordVisitInput } from './visits.schema.js';

type Trx = Transaction<DB>;

/** The case's visits, newest first (recorded by when they happened, planned by their day). */
export const findVisits = (trx: Trx, caseId: string) =>
  trx
    .selectFrom('case_visit as v')
    .select(['v.id', 'v.status', 'v.planned_for', 'v.occurred_at', 'v.purpose', 'v.location_kind'])
    .select(sql<number>`(select count(*)::int from case_visit_person p where p.visit_id = v.id and p.role = 'child' and p.seen)`.as('children_seen'))
    .select(sql<number>`(select count(*)::int from case_visit_person p where p.visit_id = v.id and p.role = 'child' and not p.seen)`.as('children_not_seen'))
    .where('v.case_id', '=', caseId)
    .orderBy(sql`coalesce(v.occurred_on, v.planned_for)`, 'desc')
    .orderBy('v.created_at', 'desc')
    .execute();

export const findVisit = (trx: Trx, visitId: string) =>
  trx
    .selectFrom('case_visit as v')
    .innerJoin('staff_user as c', 'c.id', 'v.created_by')
    .leftJoin('staff_user as r', 'r.id', 'v.recorded_by')
    .selectAll('v')
    .select(['c.display_name as created_by_name', 'r.display_name as recorded_by_name'])
    .where('v.id', '=', visitId)
    .executeTakeFirst();
export type VisitRow = NonNullable<Awaited<ReturnType<typeof findVisit>>>;

export const findVisitPeople = (trx: Trx, visitId: string) =>
  trx
    .selectFrom('case_visit_person as vp')
    .innerJoin('person as p', 'p.id', 'vp.person_id')
    .select(['vp.person_id', 'vp.role', 'vp.seen', 'vp.not_seen_reason', 'vp.private_time_minutes'])
    .select(sql<string>`p.first_name || ' ' || p.last_name`.as('name'))
    .where('vp.visit_id', '=', visitId)
    .orderBy('vp.role')
    .orderBy('p.first_name')
    .execute();

export const findProgress = (trx: Trx, visitId: string) =>
  trx.selectFrom('case_visit_progress').selectAll().where('visit_id', '=', visitId).orderBy('objective_text').execute();

/** Follow-ups from the case's team meetings not yet done: the ones a visit may take up. */
export const findOpenFollowUpIds = async (trx: Trx, caseId: string) =>
  new Set(
    (await trx.selectFrom('family_team_meeting_follow_up').select('id').where('case_id', '=', caseId).where('done_on', 'is', null).execute()).map((f) => f.id),
  );

/** Returns false when the id is already used (a retry, or another record's). */
export async function insertVisit(trx: Trx, caseId: string, input: PlanVisitInput, by: string) {
  const row = await trx
    .insertInto('case_visit')
    .values({
      id: input.id,
      case_id: caseId,
      planned_for: input.plannedFor,
      purpose: input.purpose,
      topics: JSON.stringify(input.topics.map(asTopic)),
      created_by: by,
      updated_by: by,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return !!row;
}

export const asTopic = (t: { kind: VisitTopic['kind']; refId?: string | null | undefined; text: string }): VisitTopic => ({
  kind: t.kind,
  refId: t.refId ?? null,
  text: t.text,
});

type VisitChanges = Omit<Updateable<CaseVisitTable>, 'id' | 'case_id' | 'version' | 'created_by' | 'created_at' | 'updated_by' | 'updated_at'>;

/** Bumps the version if it is still the one read; undefined when it is not (a 409 for the caller). */
export const claimVersion = (trx: Trx, visitId: string, read: number, by: string, changes: VisitChanges) =>
  trx
    .updateTable('case_visit')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1), updated_by: by, updated_at: new Date() }))
    .where('id', '=', visitId)
    .where('version', '=', read)
    .returning(['id', 'version'])
    .executeTakeFirst();

/** The people marked and the progress notes are the record's, rewritten whole with each save. */
export async function replaceRecordParts(
  trx: Trx,
  visitId: string,
  caseId: string,
  people: Array<Omit<CaseVisitPersonTable, 'visit_id' | 'case_id'>>,
  progress: Array<RecordVisitInput['progress'][number] & { objectiveText: string }>,
) {
  await trx.deleteFrom('case_visit_person').where('visit_id', '=', visitId).execute();
  await trx.deleteFrom('case_visit_progress').where('visit_id', '=', visitId).execute();
  if (people.length > 0)
    await trx
      .insertInto('case_visit_person')
      .values(people.map((p) => ({ ...p, visit_id: visitId, case_id: caseId })))
      .execute();
  if (progress.length > 0) {
    await trx
      .insertInto('case_visit_progress')
      .values(
        progress.map((p) => ({
          id: p.id,
          visit_id: visitId,
          case_id: caseId,
          objective_id: p.objectiveId,
          objective_text: p.objectiveText,
          note: p.note,
          given_by_kind: p.givenBy.kind,
          given_by_person_id: p.givenBy.personId ?? null,
          given_by_name: p.givenBy.name ?? null,
        })),
      )
      // A progress id already used elsewhere is left out here and found missing by the caller.
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  }
}

/** Recorded visits of a case where a person was seen, with the day and place: the schedule's and the measure's input. */
export const findSeenVisits = (trx: Trx, caseIds: string[]) =>
  caseIds.length === 0
    ? Promise.resolve([])
    : trx
        .selectFrom('case_visit_person as vp')
        .innerJoin('case_visit as v', 'v.id', 'vp.visit_id')
        .select(['v.case_id', 'vp.person_id', 'v.occurred_on', 'v.location_kind'])
        .where('v.case_id', 'in', caseIds)
        .where('v.status', '=', 'recorded')
        .where('vp.seen', '=', true)
        .orderBy('v.occurred_on')
        .execute();
