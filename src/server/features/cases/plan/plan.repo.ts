import { sql, type Transaction } from 'kysely';
import type { CasePlanStatus, DB } from '../../../db/schema.js';
import type { AgreementInput, ReviewInput, SavePlanInput } from './plan.schema.js';

type Trx = Transaction<DB>;

/** Every version of the case's plan, newest first. */
export const findVersions = (trx: Trx, caseId: string) =>
  trx.selectFrom('case_plan').selectAll().where('case_id', '=', caseId).orderBy('version_no', 'desc').execute();

export const findPlan = (trx: Trx, planId: string) => trx.selectFrom('case_plan').selectAll().where('id', '=', planId).executeTakeFirst();
export type PlanRow = NonNullable<Awaited<ReturnType<typeof findPlan>>>;

/** A version's goals, objectives and action steps, each in the order the worker put them. */
export async function findParts(trx: Trx, planId: string) {
  const [goals, objectives, steps] = await Promise.all([
    trx.selectFrom('case_plan_goal').selectAll().where('plan_id', '=', planId).orderBy('position').execute(),
    trx.selectFrom('case_plan_objective').selectAll().where('plan_id', '=', planId).orderBy('position').execute(),
    trx.selectFrom('case_plan_action_step').selectAll().where('plan_id', '=', planId).orderBy('position').execute(),
  ]);
  return { goals, objectives, steps };
}
export type PlanParts = Awaited<ReturnType<typeof findParts>>;

/** False when the id is taken or the case already has a version open (the one-open index). */
export async function insertPlan(
  trx: Trx,
  row: { id: string; caseId: string; versionNo: number; previousId: string | null; startDate: string | null; createdBy: string },
) {
  const result = await trx
    .insertInto('case_plan')
    .values({
      id: row.id,
      case_id: row.caseId,
      version_no: row.versionNo,
      previous_id: row.previousId,
      start_date: row.startDate,
      created_by: row.createdBy,
    })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/**
 * Moves a version on if it is still at the content version read and in one of `from`; undefined
 * when it is not (stale, or decided meanwhile). `bump` is false for a decision, which changes no content.
 */
export const claimPlan = (
  trx: Trx,
  planId: string,
  at: { version?: number; from: CasePlanStatus[] },
  changes: Partial<{
    status: CasePlanStatus;
    start_date: string | null;
    submitted_by: string;
    submitted_at: Date;
    decided_by: string;
    decided_at: Date;
    return_comment: string;
  }>,
  bump = true,
) => {
  let query = trx
    .updateTable('case_plan')
    .set((eb) => ({ ...changes, ...(bump ? { version: eb('version', '+', 1) } : {}), updated_at: new Date() }))
    .where('id', '=', planId)
    .where('status', 'in', at.from);
  if (at.version !== undefined) query = query.where('version', '=', at.version);
  return query.returning(['id', 'version']).executeTakeFirst();
};

/** Writes a draft's parts as sent: steps, objectives and goals are replaced, children first. */
export async function replaceParts(trx: Trx, planId: string, caseId: string, input: SavePlanInput) {
  await trx.deleteFrom('case_plan_action_step').where('plan_id', '=', planId).execute();
  await trx.deleteFrom('case_plan_objective').where('plan_id', '=', planId).execute();
  await trx.deleteFrom('case_plan_goal').where('plan_id', '=', planId).execute();
  if (input.goals.length > 0)
    await trx
      .insertInto('case_plan_goal')
      .values(input.goals.map((g, position) => ({ plan_id: planId, case_id: caseId, goal_key: g.id, position, text: g.text })))
      .execute();
  if (input.objectives.length > 0)
    await trx
      .insertInto('case_plan_objective')
      .values(
        input.objectives.map((o, position) => ({
          plan_id: planId,
          case_id: caseId,
          objective_key: o.id,
          goal_key: o.goalId,
          position,
          part: o.part,
          text: o.text,
          measure: o.measure,
          start_date: o.startDate,
          target_date: o.targetDate,
          status: o.status,
          need_ids: o.needIds,
          findings: o.findings,
        })),
      )
      .execute();
  const steps = input.objectives.flatMap((o) => o.actionSteps.map((s) => ({ ...s, objectiveId: o.id })));
  if (steps.length > 0)
    await trx
      .insertInto('case_plan_action_step')
      .values(
        steps.map((s, position) => ({
          plan_id: planId,
          case_id: caseId,
          step_key: s.id,
          objective_key: s.objectiveId,
          position,
          text: s.text,
          responsible_kind: s.responsibleKind,
          responsible_person_id: s.responsibleKind === 'participant' ? s.responsiblePersonId : null,
          responsible_name: s.responsibleKind === 'participant' ? null : s.responsibleName,
          due_date: s.dueDate,
        })),
      )
      .execute();
}

/** Copies a version's parts into a new draft, keys and all, so the two can be compared (PLAN-5). */
export async function copyParts(trx: Trx, fromId: string, toId: string) {
  await sql`insert into case_plan_goal (plan_id, case_id, goal_key, position, text)
            select ${toId}::uuid, case_id, goal_key, position, text from case_plan_goal where plan_id = ${fromId}::uuid`.execute(trx);
  await sql`insert into case_plan_objective (plan_id, case_id, objective_key, goal_key, position, part, text, measure, start_date, target_date, status, need_ids, findings)
            select ${toId}::uuid, case_id, objective_key, goal_key, position, part, text, measure, start_date, target_date, status, need_ids, findings
              from case_plan_objective where plan_id = ${fromId}::uuid`.execute(trx);
  await sql`insert into case_plan_action_step (plan_id, case_id, step_key, objective_key, position, text, responsible_kind, responsible_person_id, responsible_name, due_date)
            select ${toId}::uuid, case_id, step_key, objective_key, position, text, responsible_kind, responsible_person_id, responsible_name, due_date
              from case_plan_action_step where plan_id = ${fromId}::uuid`.execute(trx);
}

/** Marks objectives of a draft achieved or dropped (a progress review's outcome carried into the next version). */
export async function setObjectiveStatus(trx: Trx, planId: string, objectiveKeys: string[], status: 'achieved' | 'dropped') {
  if (objectiveKeys.length === 0) return;
  await trx
    .updateTable('case_plan_objective')
    .set({ status })
    .where('plan_id', '=', planId)
    .where('objective_key', 'in', objectiveKeys)
    .where('status', '=', 'open')
    .execute();
}

export const findAgreements = (trx: Trx, planId: string) =>
  trx
    .selectFrom('case_plan_agreement as a')
    .innerJoin('person as p', 'p.id', 'a.person_id')
    .select([
      'a.id',
      'a.person_id',
      'a.signer_role',
      'a.outcome',
      'a.own_words',
      'a.method',
      'a.efforts',
      'a.plan_version',
      'a.recorded_at',
      sql<string>`p.first_name || ' ' || p.last_name`.as('name'),
    ])
    .where('a.plan_id', '=', planId)
    .orderBy('a.recorded_at')
    .orderBy('a.id')
    .execute();

export const findAgreement = (trx: Trx, id: string) => trx.selectFrom('case_plan_agreement').select(['id', 'plan_id']).where('id', '=', id).executeTakeFirst();

/** False when the id is already used (a retry, or another record's). */
export async function insertAgreement(trx: Trx, plan: { id: string; case_id: string; version: number }, input: AgreementInput, by: string) {
  const signs = input.outcome !== 'not_reached';
  const row = await trx
    .insertInto('case_plan_agreement')
    .values({
      id: input.id,
      plan_id: plan.id,
      case_id: plan.case_id,
      plan_version: plan.version,
      person_id: input.personId,
      signer_role: input.signerRole,
      outcome: input.outcome,
      own_words: input.ownWords,
      method: signs ? input.method : null,
      typed_name: signs && input.method === 'typed' ? input.typedName : null,
      drawing: signs && input.method === 'drawn' ? input.drawing : null,
      efforts: input.efforts,
      recorded_by: by,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return !!row;
}

export async function findReviews(trx: Trx, planIds: string[]) {
  if (planIds.length === 0) return [];
  const reviews = await trx.selectFrom('case_plan_review').selectAll().where('plan_id', 'in', planIds).orderBy('reviewed_on').orderBy('recorded_at').execute();
  const ratings = reviews.length
    ? await trx
        .selectFrom('case_plan_review_rating')
        .selectAll()
        .where(
          'review_id',
          'in',
          reviews.map((r) => r.id),
        )
        .execute()
    : [];
  return reviews.map((r) => ({ ...r, ratings: ratings.filter((x) => x.review_id === r.id) }));
}

export const findReview = (trx: Trx, id: string) => trx.selectFrom('case_plan_review').select(['id', 'plan_id']).where('id', '=', id).executeTakeFirst();

/** False when the id is already used (a retry, or another record's). */
export async function insertReview(trx: Trx, plan: { id: string; case_id: string }, input: ReviewInput, by: string) {
  const row = await trx
    .insertInto('case_plan_review')
    .values({
      id: input.id,
      plan_id: plan.id,
      case_id: plan.case_id,
      reviewed_on: input.reviewedOn,
      family_view: input.familyView,
      meeting_id: input.meetingId,
      recorded_by: by,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!row) return false;
  await trx
    .insertInto('case_plan_review_rating')
    .values(
      input.ratings.map((r) => ({
        review_id: input.id,
        case_id: plan.case_id,
        plan_id: plan.id,
        objective_key: r.objectiveId,
        rating: r.rating,
        evidence: r.evidence,
        evidence_from: r.evidenceFrom,
        given_by_person_id: r.givenByPersonId,
        given_by_name: r.givenByName,
        outcome: r.outcome,
      })),
    )
    .execute();
  return true;
}

export const findMeetingOfCase = (trx: Trx, meetingId: string, caseId: string) =>
  trx.selectFrom('family_team_meeting').select('id').where('id', '=', meetingId).where('case_id', '=', caseId).executeTakeFirst();

/** The signatures themselves (the typed name or the drawing), which only the printed plan shows (PLAN-7). */
export const findSignatures = (trx: Trx, planId: string) =>
  trx.selectFrom('case_plan_agreement').select(['id', 'typed_name', 'drawing']).where('plan_id', '=', planId).execute();
