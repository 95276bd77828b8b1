import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Config } from '../../platform/config.js';
import { conflict, type FieldProblem, idTaken, Problem } from '../../platform/errors.js';
import type { RequestContext } from '../../platform/request-context.js';
import { loadPlan } from './safety-plan.access.js';
import * as repo from './safety-plans.repo.js';
import { presentPlan } from './safety-plans.present.js';
import type { ReviewInput } from './safety-plans.schema.js';
import { agencyToday, auditPlan } from './safety-plans.service.js';

type Trx = Transaction<DB>;

/**
 * Records a review of a plan in force (INV-4): `continue` keeps it and sets the next review date;
 * `revise` puts it back to draft at a new version, so the family agrees again and a supervisor
 * approves again; `end` ends it with the note as the reason. Reviews usually happen after the
 * investigation closed, so the case's workers may record them (see loadPlan 'review').
 */
export async function reviewPlan(ctx: RequestContext, trx: Trx, config: Config, planId: string, input: ReviewInput) {
  const { plan, investigation } = await loadPlan(ctx, trx, planId, 'review');
  const retried = async (reviewId: string) => {
    const earlier = await repo.findReview(trx, reviewId);
    if (earlier?.safety_plan_id !== plan.id) throw idTaken();
    return { created: false, plan: await presentPlan(trx, plan, investigation.report_id) };
  };
  if (input.id && (await repo.findReview(trx, input.id))) return retried(input.id);
  if (plan.status !== 'active')
    throw new Problem('conflict', 'Only a safety plan in force (approved and not ended) can be reviewed.').because('plan_not_in_force');

  const today = await agencyToday(trx, config);
  const problems: FieldProblem[] = [];
  if (input.reviewedOn > today) problems.push({ path: 'reviewedOn', message: 'A review cannot be dated in the future', code: 'in_future' });
  if (input.nextReviewOn && input.nextReviewOn < today)
    problems.push({ path: 'nextReviewOn', message: 'Choose today or a later date for the next review', code: 'in_past' });
  if (problems.length) throw new Problem('validation', problems.map((p) => `${p.path}: ${p.message}`).join('; '), problems);

  const id = input.id ?? randomUUID();
  const nextReviewOn = input.outcome === 'end' ? null : (input.nextReviewOn ?? null);
  if (
    !(await repo.insertReview(trx, {
      id,
      planId: plan.id,
      reviewedOn: input.reviewedOn,
      outcome: input.outcome,
      note: input.note,
      nextReviewOn,
      recordedBy: ctx.userId,
    }))
  )
    return retried(id);
  const guard = { fromStatus: 'active' as const, version: plan.version };
  const changed =
    input.outcome === 'continue'
      ? await repo.changePlan(trx, plan.id, guard, { next_review_on: nextReviewOn }, false)
      : input.outcome === 'revise'
        ? // A new version: the agreements given to the plan in force no longer count for the revision.
          await repo.changePlan(
            trx,
            plan.id,
            guard,
            { status: 'draft', approved_by: null, approved_at: null, ...(nextReviewOn ? { next_review_on: nextReviewOn } : {}) },
            true,
          )
        : await repo.changePlan(trx, plan.id, guard, { status: 'ended', ended_at: new Date(), ended_reason: input.note, next_review_on: null }, false);
  if (!changed) throw conflict('safety plan');
  await auditPlan(ctx, trx, 'safety_plan.review', plan, { reviewId: id, outcome: input.outcome });
  return { created: true, plan: await presentPlan(trx, (await repo.findPlan(trx, plan.id))!, investigation.report_id) };
}
