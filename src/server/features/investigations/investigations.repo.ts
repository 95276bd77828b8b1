import { sql, type Transaction } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { caseWorkerIdsOf, collaboratorIdsOf } from '../../db/access-facts.js';
import type { DB, ReportStatus } from '../../db/schema.js';
import type { parentTypes, participantRoles } from '../reports/reports.schema.js';
import { childNamesOf } from '../reports/reports.repo.js';

type Trx = Transaction<DB>;

export function findInvestigationDetail(trx: Trx, id: string) {
  return trx
    .selectFrom('investigation as i')
    .innerJoin('report as r', 'r.id', 'i.report_id')
    .innerJoin('org_unit as o', 'o.id', 'i.org_unit_id')
    .leftJoin('staff_user as inv', 'inv.id', 'i.investigator_id')
    .selectAll('i')
    .select(['r.number as report_number', 'r.received_at', 'r.narrative', 'o.name as org_unit_name', 'inv.display_name as investigator_name'])
    .select((eb) => [
      jsonArrayFrom(
        eb
          .selectFrom('report_participant as rp')
          .innerJoin('person as p', 'p.id', 'rp.person_id')
          .select([
            'p.id as person_id',
            'p.first_name',
            'p.last_name',
            'p.date_of_birth',
            'p.approximate_age',
            'rp.role',
            'rp.parent_type',
            'rp.lives_in_household',
          ])
          .whereRef('rp.report_id', '=', 'i.report_id')
          .orderBy('p.last_name')
          // report_participant's CHECK constraints hold these to the code lists.
          .$narrowType<{ role: (typeof participantRoles)[number]; parent_type: (typeof parentTypes)[number] | null }>(),
      ).as('participants'),
      jsonArrayFrom(
        eb
          .selectFrom('allegation as a')
          .innerJoin('person as v', 'v.id', 'a.victim_person_id')
          .leftJoin('person as pp', 'pp.id', 'a.perpetrator_person_id')
          .select([
            'a.id',
            'a.victim_person_id',
            'a.maltreatment_type',
            sql<string>`v.first_name || ' ' || v.last_name`.as('victim_name'),
            sql<string | null>`pp.first_name || ' ' || pp.last_name`.as('perpetrator_name'),
          ])
          .whereRef('a.report_id', '=', 'i.report_id')
          .orderBy('a.created_at'),
      ).as('allegations'),
      // The completion clock (INV-6): the open initial-assessment task, else the last one closed.
      eb
        .selectFrom('task as t')
        .select('t.due_at')
        .where('t.subject_type', '=', 'investigation')
        .whereRef('t.subject_id', '=', 'i.id')
        .where('t.rule_key', '=', 'initial_assessment')
        .where('t.status', '<>', 'cancelled')
        .orderBy(sql`t.status = 'open'`, 'desc')
        .orderBy('t.created_at', 'desc')
        .limit(1)
        .as('completion_due_at'),
      // Readable when the case was opened from this investigation (family_case_from_investigation).
      eb.selectFrom('family_case as c').select('c.number').whereRef('c.id', '=', 'i.case_id').as('case_number'),
      collaboratorIdsOf('investigation', 'i.id').as('collaborator_ids'),
      caseWorkerIdsOf('i.id').as('case_worker_ids'),
    ])
    .where('i.id', '=', id)
    .executeTakeFirst();
}

/** The facts `canSeeInvestigation` needs, for callers that hold only an investigation's id (approvals). */
export function findInvestigationAccessFacts(trx: Trx, id: string) {
  return trx
    .selectFrom('investigation as i')
    .select(['i.id', 'i.investigator_id', 'i.org_unit_id'])
    .select([collaboratorIdsOf('investigation', 'i.id').as('collaborator_ids'), caseWorkerIdsOf('i.id').as('case_worker_ids')])
    .where('i.id', '=', id)
    .executeTakeFirst();
}

/** Open investigations assigned to this investigator, most urgent first. */
export function findMyInvestigations(trx: Trx, investigatorId: string) {
  return trx
    .selectFrom('investigation as i')
    .innerJoin('report as r', 'r.id', 'i.report_id')
    .innerJoin('org_unit as o', 'o.id', 'i.org_unit_id')
    .select(['i.id', 'i.number', 'i.report_id', 'r.number as report_number', 'i.response_priority', 'i.response_due_at', 'i.status', 'o.name as org_unit_name'])
    .select(childNamesOf('i.report_id'))
    .where('i.investigator_id', '=', investigatorId)
    .where('i.status', '=', 'open')
    .orderBy('i.response_due_at')
    .execute();
}

/**
 * The family's history with the agency (INV-1): other decided reports naming anyone on this
 * investigation's report, as summaries (`hearth_prior_history`), and whether the reader may open each.
 */
export async function findPriorHistory(trx: Trx, investigationId: string) {
  const result = await sql<{
    report_id: string;
    number: string;
    received_at: Date;
    decision: string | null;
    status: ReportStatus;
    person_ids: string[];
    visible: boolean;
  }>`
    select * from hearth_prior_history(${investigationId}::uuid)`.execute(trx);
  return result.rows;
}

export interface SharingInvestigation {
  investigation_id: string;
  number: string;
  org_unit_name: string;
  person_ids: string[];
  visible: boolean;
}

/** Other open investigations naming the same children as this report (item 10; summaries only). */
export async function findOpenInvestigationsSharing(trx: Trx, reportId: string, exceptInvestigationId: string | null = null) {
  const result = await sql<SharingInvestigation>`select * from hearth_open_investigations_sharing(${reportId}::uuid)`.execute(trx);
  return result.rows.filter((r) => r.investigation_id !== exceptInvestigationId);
}

/** Links the new investigation both ways with every other open one about the same children. */
export async function linkOpenInvestigations(trx: Trx, investigationId: string): Promise<number> {
  const result = await sql<{ linked: number }>`select hearth_link_open_investigations(${investigationId}::uuid) as linked`.execute(trx);
  return Number(result.rows[0]?.linked ?? 0);
}
