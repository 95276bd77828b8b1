import { notFound, Problem } from '../../../platform/errors.js';
import type { ApprovalEffect, ApprovalRecord } from '../../approvals/approvals.effects.js';
import { subjectNumberOf } from '../../approvals/approvals.repo.js';
import { recordEvent } from '../../work/work.engine.js';
import * as repo from './plan.repo.js';
import { auditPlan } from './plan.service.js';

const planIdOf = (approval: ApprovalRecord) => String(approval.payload.casePlanId ?? '');

const notSubmitted = (status: string, action: 'approve' | 'return') =>
  new Problem('conflict', `This version of the case plan is ${status}; only one waiting for approval can be decided.`).because('case_plan_not_submitted', {
    status,
    action,
  });

/**
 * PLAN-1, PLAN-5 on the generic approvals (SUP-3): approving puts the version in force — from then
 * on it never changes — and tells the work engine `case_plan.approved`, which closes the profile's
 * first-plan task and starts the six-monthly review clock. Returning sends it back with the
 * supervisor's comment, to be corrected and submitted again.
 */
export const casePlanApproval: ApprovalEffect = {
  async approve(ctx, trx, config, approval) {
    const plan = await repo.findPlan(trx, planIdOf(approval));
    if (!plan) throw notFound('case plan');
    const now = new Date();
    if (!(await repo.claimPlan(trx, plan.id, { from: ['submitted'] }, { status: 'approved', decided_by: ctx.userId, decided_at: now }, false)))
      throw notSubmitted(plan.status, 'approve');
    await auditPlan(ctx, trx, 'case_plan.approve', plan.case_id, { planId: plan.id, versionNo: plan.version_no, approvalId: approval.id });
    await recordEvent(ctx, trx, config, {
      type: 'case_plan.approved',
      subjectType: 'case',
      subjectId: plan.case_id,
      occurredAt: now,
      payload: {},
    });
    return { casePlanId: plan.id, status: 'approved' };
  },

  async return(ctx, trx, _config, approval, input) {
    const plan = await repo.findPlan(trx, planIdOf(approval));
    if (!plan) throw notFound('case plan');
    const returned = await repo.claimPlan(
      trx,
      plan.id,
      { from: ['submitted'] },
      { status: 'returned', decided_by: ctx.userId, decided_at: new Date(), return_comment: input.comment },
      false,
    );
    if (!returned) throw notSubmitted(plan.status, 'return');
    await auditPlan(ctx, trx, 'case_plan.return', plan.case_id, { planId: plan.id, versionNo: plan.version_no, approvalId: approval.id });
  },

  async summarise(trx, approval) {
    const plan = await repo.findPlan(trx, planIdOf(approval));
    if (!plan) return {};
    const [parts, agreements, number] = await Promise.all([
      repo.findParts(trx, plan.id),
      repo.findAgreements(trx, plan.id),
      subjectNumberOf(trx, 'case', plan.case_id),
    ]);
    // `number` is what the approvals queue shows for a kind it has no lines of its own for.
    return {
      casePlanId: plan.id,
      caseId: plan.case_id,
      number,
      versionNo: plan.version_no,
      goalsCount: parts.goals.length,
      objectivesCount: parts.objectives.length,
      agreedBy: agreements.filter((a) => a.plan_version === plan.version && a.outcome === 'agreed').map((a) => a.name),
    };
  },
};
