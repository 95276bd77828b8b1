import { randomUUID } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import { jsonArrayFrom, jsonObjectFrom } from 'kysely/helpers/postgres';
import { caseWorkerIdsOf, collaboratorIdsOf } from '../../db/access-facts.js';
import type { DB, InvestigationDecision } from '../../db/schema.js';
import type { AddAllegationInput, AddParticipantInput, AddRelationshipInput, channels, reporterTypes } from './reports.schema.js';

type Trx = Transaction<DB>;

/**
 * Everything the report view shows, in one round trip. Row-level security filters each part:
 * the reporter's identity simply comes back null for roles that may not see it.
 */
export function findReportDetail(trx: Trx, id: string) {
  return trx
    .selectFrom('report as r')
    .innerJoin('org_unit as o', 'o.id', 'r.org_unit_id')
    .innerJoin('staff_user as s', 's.id', 'r.screener_id')
    .selectAll('r')
    .select(['o.name as org_unit_name', 's.display_name as screener_name'])
    .select((eb) => [
      jsonObjectFrom(eb.selectFrom('report_reporter as rr').selectAll('rr').whereRef('rr.report_id', '=', 'r.id')).as('reporter'),
      jsonArrayFrom(
        eb
          .selectFrom('report_participant as rp')
          .innerJoin('person as p', 'p.id', 'rp.person_id')
          .select([
            'rp.id',
            'rp.person_id',
            'rp.role',
            'rp.parent_type',
            'rp.lives_in_household',
            'p.first_name',
            'p.last_name',
            'p.date_of_birth',
            'p.approximate_age',
            'p.sex',
          ])
          .whereRef('rp.report_id', '=', 'r.id')
          .orderBy('rp.role')
          .orderBy('p.last_name'),
      ).as('participants'),
      // Typed relationships among the people on this report (who is whose parent, partner, sibling).
      jsonArrayFrom(
        eb
          .selectFrom('relationship as rel')
          .select(['rel.id', 'rel.person_id', 'rel.related_person_id', 'rel.kind'])
          .where((w) =>
            w.and([
              w('rel.person_id', 'in', w.selectFrom('report_participant as a1').select('a1.person_id').whereRef('a1.report_id', '=', 'r.id')),
              w('rel.related_person_id', 'in', w.selectFrom('report_participant as a2').select('a2.person_id').whereRef('a2.report_id', '=', 'r.id')),
            ]),
          )
          .orderBy('rel.created_at'),
      ).as('relationships'),
      jsonArrayFrom(
        eb
          .selectFrom('allegation as a')
          .select(['a.id', 'a.victim_person_id', 'a.perpetrator_person_id', 'a.maltreatment_type', 'a.description'])
          .whereRef('a.report_id', '=', 'r.id')
          .orderBy('a.created_at'),
      ).as('allegations'),
      jsonArrayFrom(
        eb
          .selectFrom('report_review as rv')
          .innerJoin('staff_user as reviewer', 'reviewer.id', 'rv.reviewer_id')
          .select(['rv.action', 'rv.comment', 'rv.created_at', 'reviewer.display_name as reviewer_name'])
          .whereRef('rv.report_id', '=', 'r.id')
          .orderBy('rv.created_at'),
      ).as('reviews'),
      jsonObjectFrom(
        eb
          .selectFrom('investigation as i')
          .innerJoin('org_unit as iu', 'iu.id', 'i.org_unit_id')
          .leftJoin('staff_user as inv', 'inv.id', 'i.investigator_id')
          .select([
            'i.id',
            'i.number',
            'i.org_unit_id',
            'i.investigator_id',
            'i.response_due_at',
            'iu.name as org_unit_name',
            'inv.display_name as investigator_name',
          ])
          .select([collaboratorIdsOf('investigation', 'i.id').as('collaborator_ids'), caseWorkerIdsOf('i.id').as('case_worker_ids')])
          .whereRef('i.report_id', '=', 'r.id'),
      ).as('investigation'),
      // Row-level security hides the investigation itself from the hotline (PLAT-1); what every
      // reader of the report may know of it comes from this narrow summary instead.
      sql<InvestigationSummary | null>`(select json_build_object('id', s.id, 'number', s.number, 'status', s.status,
        'org_unit_name', s.org_unit_name, 'disposition', s.disposition) from hearth_investigation_summary(r.id) s)`.as('investigation_summary'),
      collaboratorIdsOf('report', 'r.id').as('collaborator_ids'),
    ])
    .where('r.id', '=', id)
    .executeTakeFirst();
}

/** That an investigation exists, its number, status, unit and final (approved) decision. */
export interface InvestigationSummary {
  id: string;
  number: string;
  status: 'open' | 'closed';
  org_unit_name: string;
  disposition: InvestigationDecision | null;
}

export type ReportDetailRow = NonNullable<Awaited<ReturnType<typeof findReportDetail>>>;

/** Ids are made here rather than returned: RLS hides a new row from RETURNING until the statement ends. */
export async function insertReport(trx: Trx, values: { channel: (typeof channels)[number]; receivedAt?: string; orgUnitId: string; screenerId: string }) {
  const id = randomUUID();
  await trx
    .insertInto('report')
    .values({
      id,
      number: sql<string>`'R-' || to_char(now() at time zone 'UTC', 'YYYY') || '-' || lpad(nextval('report_number_seq')::text, 6, '0')`,
      channel: values.channel,
      ...(values.receivedAt ? { received_at: values.receivedAt } : {}),
      org_unit_id: values.orgUnitId,
      screener_id: values.screenerId,
    })
    .execute();
  return { id };
}

/** Optimistic concurrency: bumps the version only if it is still the one the client read. */
export async function bumpVersion(trx: Trx, id: string, expectedVersion: number, changes: Partial<Record<string, unknown>> = {}) {
  const updated = await trx
    .updateTable('report')
    .set({ ...changes, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returning('version')
    .executeTakeFirst();
  return updated?.version ?? null;
}

export async function upsertReporter(
  trx: Trx,
  reportId: string,
  reporter: {
    reporterType: (typeof reporterTypes)[number];
    mandated: boolean;
    anonymous: boolean;
    name?: string | null;
    phone?: string | null;
    email?: string | null;
    relationshipToFamily?: string | null;
  },
) {
  const values = {
    reporter_type: reporter.reporterType,
    mandated: reporter.mandated,
    anonymous: reporter.anonymous,
    // An anonymous reporter leaves no identity behind, even if the form had some typed.
    name: reporter.anonymous ? null : (reporter.name ?? null),
    phone: reporter.anonymous ? null : (reporter.phone ?? null),
    email: reporter.anonymous ? null : reporter.email || null,
    relationship_to_family: reporter.relationshipToFamily ?? null,
  };
  await trx
    .insertInto('report_reporter')
    .values({ report_id: reportId, ...values })
    .onConflict((oc) => oc.column('report_id').doUpdateSet({ ...values, version: sql`report_reporter.version + 1` }))
    .execute();
}

export function insertParticipant(trx: Trx, reportId: string, input: AddParticipantInput) {
  return trx
    .insertInto('report_participant')
    .values({
      report_id: reportId,
      person_id: input.personId,
      role: input.role,
      parent_type: input.role === 'parent' ? (input.parentType ?? null) : null,
      lives_in_household: input.livesInHousehold,
    })
    .onConflict((oc) =>
      oc
        .columns(['report_id', 'person_id'])
        .doUpdateSet({ role: input.role, parent_type: input.parentType ?? null, lives_in_household: input.livesInHousehold }),
    )
    .execute();
}

export async function deleteParticipant(trx: Trx, reportId: string, participantId: string) {
  const removed = await trx
    .deleteFrom('report_participant')
    .where('id', '=', participantId)
    .where('report_id', '=', reportId)
    .returning('person_id')
    .executeTakeFirst();
  if (removed) {
    await trx
      .deleteFrom('allegation')
      .where('report_id', '=', reportId)
      .where((eb) => eb.or([eb('victim_person_id', '=', removed.person_id), eb('perpetrator_person_id', '=', removed.person_id)]))
      .execute();
  }
  return removed;
}

export async function insertRelationship(trx: Trx, input: AddRelationshipInput, createdBy: string) {
  await trx
    .insertInto('relationship')
    .values({ id: randomUUID(), person_id: input.personId, related_person_id: input.relatedPersonId, kind: input.kind, created_by: createdBy })
    .onConflict((oc) => oc.columns(['person_id', 'related_person_id', 'kind']).doNothing())
    .execute();
}

export function deleteRelationship(trx: Trx, relationshipId: string, personIds: string[]) {
  if (personIds.length === 0) return Promise.resolve(undefined);
  return trx
    .deleteFrom('relationship')
    .where('id', '=', relationshipId)
    .where('person_id', 'in', personIds)
    .where('related_person_id', 'in', personIds)
    .returning('id')
    .executeTakeFirst();
}

export function insertAllegation(trx: Trx, reportId: string, input: AddAllegationInput) {
  return trx
    .insertInto('allegation')
    .values({
      report_id: reportId,
      victim_person_id: input.victimPersonId,
      perpetrator_person_id: input.perpetratorPersonId,
      maltreatment_type: input.maltreatmentType,
      description: input.description,
    })
    .execute();
}

export function deleteAllegation(trx: Trx, reportId: string, allegationId: string) {
  return trx.deleteFrom('allegation').where('id', '=', allegationId).where('report_id', '=', reportId).returning('id').executeTakeFirst();
}

export function insertReview(trx: Trx, reportId: string, reviewerId: string, action: 'submitted' | 'approved' | 'returned', comment: string | null) {
  return trx.insertInto('report_review').values({ report_id: reportId, reviewer_id: reviewerId, action, comment }).execute();
}

export function reportExists(trx: Trx, id: string) {
  return trx.selectFrom('report').select('id').where('id', '=', id).executeTakeFirst();
}

export function childNamesOf(reportIdColumn: 'r.id' | 'i.report_id') {
  return sql<string[]>`coalesce((select array_agg(p.first_name || ' ' || p.last_name order by p.last_name, p.first_name)
    from report_participant rp join person p on p.id = rp.person_id
    where rp.report_id = ${sql.ref(reportIdColumn)} and rp.role = 'alleged_victim'), '{}')`.as('child_names');
}

/** The investigation unit in the same office as the intake unit. */
export function findInvestigationUnitFor(trx: Trx, intakeUnitId: string) {
  return trx
    .selectFrom('org_unit as intake')
    .innerJoin('org_unit as unit', 'unit.parent_id', 'intake.parent_id')
    .select(['unit.id', 'unit.name'])
    .where('intake.id', '=', intakeUnitId)
    .where('unit.unit_function', '=', 'investigation')
    .orderBy('unit.code')
    .executeTakeFirst();
}

export async function findInvestigatorWorkloads(trx: Trx, unitId: string) {
  const { rows } = await sql<{ user_id: string; open_count: number; display_name: string }>`
    select c.user_id, c.open_count, u.display_name from hearth_open_investigation_counts(${unitId}) c
      join staff_user u on u.id = c.user_id order by c.open_count, u.display_name`.execute(trx);
  return rows;
}

export async function insertInvestigation(
  trx: Trx,
  values: {
    reportId: string;
    track: 'investigation' | 'family_assessment';
    orgUnitId: string;
    investigatorId: string | null;
    responsePriority: string;
    responseDueAt: Date | null;
  },
) {
  const id = randomUUID();
  await trx
    .insertInto('investigation')
    .values({
      id,
      number: sql<string>`'I-' || to_char(now() at time zone 'UTC', 'YYYY') || '-' || lpad(nextval('investigation_number_seq')::text, 6, '0')`,
      report_id: values.reportId,
      track: values.track,
      org_unit_id: values.orgUnitId,
      investigator_id: values.investigatorId,
      response_priority: values.responsePriority,
      response_due_at: values.responseDueAt,
    })
    .execute();
  return trx.selectFrom('investigation').select(['id', 'number']).where('id', '=', id).executeTakeFirstOrThrow();
}
