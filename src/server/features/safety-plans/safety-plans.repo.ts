import { type InsertResult, sql, type Transaction } from 'kysely';
import { type Threat, threatsOf } from '../../../domain/instruments/threats.js';
import type { DB, SafetyPlanAction } from '../../db/schema.js';
import { findDefinition } from '../instruments/instruments.catalog.js';

type Trx = Transaction<DB>;

/** Queries for safety plans (INV-4). RLS shows a plan exactly when its investigation is visible. */

export const findPlan = (trx: Trx, id: string) => trx.selectFrom('safety_plan').selectAll().where('id', '=', id).executeTakeFirst();
export type PlanRow = NonNullable<Awaited<ReturnType<typeof findPlan>>>;

export const findPlansOf = (trx: Trx, investigationId: string) =>
  trx.selectFrom('safety_plan').selectAll().where('investigation_id', '=', investigationId).orderBy('created_at', 'desc').orderBy('id').execute();

/** A plan still being worked on or in force; an investigation holds at most one at a time. */
export const findOpenPlanOf = (trx: Trx, investigationId: string) =>
  trx.selectFrom('safety_plan').select(['id', 'status']).where('investigation_id', '=', investigationId).where('status', '<>', 'ended').executeTakeFirst();

export const findSignatures = (trx: Trx, planId: string) =>
  trx.selectFrom('safety_plan_signature').selectAll().where('safety_plan_id', '=', planId).orderBy('signed_at').orderBy('id').execute();
export type SignatureRow = Awaited<ReturnType<typeof findSignatures>>[number];

export const findSignature = (trx: Trx, id: string) =>
  trx.selectFrom('safety_plan_signature').select(['id', 'safety_plan_id']).where('id', '=', id).executeTakeFirst();

export const findReviews = (trx: Trx, planId: string) =>
  trx
    .selectFrom('safety_plan_review as r')
    .innerJoin('staff_user as u', 'u.id', 'r.recorded_by')
    .select(['r.id', 'r.reviewed_on', 'r.outcome', 'r.note', 'r.next_review_on', 'r.recorded_at', 'u.display_name as recorded_by_name'])
    .where('r.safety_plan_id', '=', planId)
    .orderBy('r.recorded_at', 'desc')
    .orderBy('r.id')
    .execute();

export const findReview = (trx: Trx, id: string) =>
  trx.selectFrom('safety_plan_review').select(['id', 'safety_plan_id']).where('id', '=', id).executeTakeFirst();

/** The latest `safety_plan` approval asked for this plan (the plan's id travels in the payload). */
export const findLatestApproval = (trx: Trx, planId: string) =>
  trx
    .selectFrom('approval_request as a')
    .leftJoin('staff_user as u', 'u.id', 'a.routed_to')
    .select(['a.id', 'a.status', 'a.decision_comment', 'u.display_name as routed_to_name'])
    .where('a.kind', '=', 'safety_plan')
    .where(sql<string>`a.payload->>'safetyPlanId'`, '=', planId)
    .orderBy('a.requested_at', 'desc')
    .limit(1)
    .executeTakeFirst();

/** Everyone on the investigation's report: the only people a plan may name by id. */
export async function findReportPeople(trx: Trx, reportId: string) {
  const rows = await trx
    .selectFrom('report_participant as rp')
    .innerJoin('person as p', 'p.id', 'rp.person_id')
    .select(['p.id', 'p.first_name', 'p.last_name', 'rp.role'])
    .where('rp.report_id', '=', reportId)
    .orderBy('p.last_name')
    .orderBy('p.first_name')
    .execute();
  const people = new Map<string, { personId: string; name: string; firstName: string; lastName: string; role: string }>();
  for (const r of rows)
    if (!people.has(r.id))
      people.set(r.id, { personId: r.id, name: `${r.first_name} ${r.last_name}`, firstName: r.first_name, lastName: r.last_name, role: r.role });
  return [...people.values()];
}
export type ReportPerson = Awaited<ReturnType<typeof findReportPeople>>[number];

/** The threats of the exact assessment response a plan was made from. */
export async function findThreatsOfAssessment(trx: Trx, responseId: string | null): Promise<Threat[]> {
  if (!responseId) return [];
  const response = await trx
    .selectFrom('instrument_response')
    .select(['instrument_key', 'instrument_version', 'answers'])
    .where('id', '=', responseId)
    .executeTakeFirst();
  if (!response) return [];
  const definition = await findDefinition(trx, response.instrument_key, response.instrument_version);
  return definition ? threatsOf(definition, response.answers) : [];
}

/** The case a plan was carried into, with who works it, for recording reviews after the investigation closed. */
export const findCaseFacts = (trx: Trx, caseId: string) =>
  trx
    .selectFrom('family_case as c')
    .select(['c.id', 'c.org_unit_id', 'c.status'])
    .select(
      sql<string[]>`coalesce((select array_agg(ca.user_id) from case_assignment ca where ca.case_id = c.id and ca.ended_at is null), '{}')`.as('worker_ids'),
    )
    .where('c.id', '=', caseId)
    .executeTakeFirst();

/** The inserts below take the client's id; false when it is taken (visible or hidden) and nothing was inserted. */
const inserted = (result: InsertResult) => Number(result.numInsertedOrUpdatedRows ?? 0) > 0;

export const insertPlan = (
  trx: Trx,
  row: {
    id: string;
    investigationId: string;
    safetyAssessmentId: string | null;
    language: 'en' | 'es';
    actions: SafetyPlanAction[];
    nextReviewOn: string | null;
    createdBy: string;
  },
) =>
  trx
    .insertInto('safety_plan')
    .values({
      id: row.id,
      investigation_id: row.investigationId,
      safety_assessment_id: row.safetyAssessmentId,
      language: row.language,
      actions: JSON.stringify(row.actions),
      next_review_on: row.nextReviewOn,
      created_by: row.createdBy,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst()
    .then(inserted);

export type PlanStatus = 'draft' | 'pending_approval' | 'active' | 'ended';

interface PlanChange {
  status?: PlanStatus;
  language?: 'en' | 'es';
  next_review_on?: string | null;
  approved_by?: string | null;
  approved_at?: Date | null;
  ended_at?: Date | null;
  ended_reason?: string | null;
  actions?: SafetyPlanAction[];
}

/**
 * Changes a plan that is still in `fromStatus` (and, when given, at `version`). `bumpVersion` marks
 * a change of content, which makes earlier signatures "for an earlier version". Answers whether a
 * row changed, so the caller can say 409.
 */
export async function changePlan(trx: Trx, id: string, guard: { fromStatus: PlanStatus; version?: number }, change: PlanChange, bumpVersion: boolean) {
  const { actions, ...rest } = change;
  const result = await trx
    .updateTable('safety_plan')
    .set((eb) => ({
      ...rest,
      ...(actions ? { actions: JSON.stringify(actions) } : {}),
      updated_at: new Date(),
      ...(bumpVersion ? { version: eb('version', '+', 1) } : {}),
    }))
    .where('id', '=', id)
    .where('status', '=', guard.fromStatus)
    .$if(guard.version !== undefined, (qb) => qb.where('version', '=', guard.version!))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export const insertSignature = (
  trx: Trx,
  row: {
    id: string;
    planId: string;
    planVersion: number;
    signerName: string;
    signerRole: string;
    personId: string | null;
    method: 'typed' | 'drawn';
    drawing: string | null;
    recordedBy: string;
  },
) =>
  trx
    .insertInto('safety_plan_signature')
    .values({
      id: row.id,
      safety_plan_id: row.planId,
      plan_version: row.planVersion,
      signer_name: row.signerName,
      signer_role: row.signerRole as 'parent',
      person_id: row.personId,
      method: row.method,
      drawing: row.drawing,
      recorded_by: row.recordedBy,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst()
    .then(inserted);

export const insertReview = (
  trx: Trx,
  row: {
    id: string;
    planId: string;
    reviewedOn: string;
    outcome: 'continue' | 'revise' | 'end';
    note: string;
    nextReviewOn: string | null;
    recordedBy: string;
  },
) =>
  trx
    .insertInto('safety_plan_review')
    .values({
      id: row.id,
      safety_plan_id: row.planId,
      reviewed_on: row.reviewedOn,
      outcome: row.outcome,
      note: row.note,
      next_review_on: row.nextReviewOn,
      recorded_by: row.recordedBy,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst()
    .then(inserted);

/** The children's family name(s), as the printed plan greets the family. */
export async function findFamilyName(trx: Trx, reportId: string) {
  const rows = await trx
    .selectFrom('report_participant as rp')
    .innerJoin('person as p', 'p.id', 'rp.person_id')
    .select('p.last_name')
    .where('rp.report_id', '=', reportId)
    .where('rp.role', '=', 'alleged_victim')
    .orderBy('p.last_name')
    .execute();
  return [...new Set(rows.map((r) => r.last_name))].join(' / ');
}

/** Who the family calls: the case's primary worker once the plan went on with a case, else the investigator. */
export async function findContactFor(trx: Trx, plan: { case_id: string | null }, investigation: { investigator_id: string | null; org_unit_id: string }) {
  const caseWorker = plan.case_id
    ? await trx
        .selectFrom('case_assignment as ca')
        .innerJoin('family_case as c', 'c.id', 'ca.case_id')
        .select(['ca.user_id', 'c.org_unit_id'])
        .where('ca.case_id', '=', plan.case_id)
        .where('ca.ended_at', 'is', null)
        .orderBy(sql`ca.role = 'primary'`, 'desc')
        .orderBy('ca.started_at')
        .executeTakeFirst()
    : undefined;
  const workerId = caseWorker?.user_id ?? investigation.investigator_id;
  const unitId = caseWorker?.org_unit_id ?? investigation.org_unit_id;
  const worker = workerId ? await trx.selectFrom('staff_user').select(['display_name', 'email']).where('id', '=', workerId).executeTakeFirst() : undefined;
  const unit = await trx.selectFrom('org_unit').select('name').where('id', '=', unitId).executeTakeFirst();
  return { workerName: worker?.display_name ?? null, email: worker?.email ?? null, unitName: unit?.name ?? '' };
}
