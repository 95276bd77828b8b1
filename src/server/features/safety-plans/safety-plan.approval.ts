import { notFound, Problem } from '../../platform/errors.js';
import type { ApprovalEffect, ApprovalRecord } from '../approvals/approvals.effects.js';
import { recordEvent } from '../work/work.engine.js';
import * as repo from './safety-plans.repo.js';
import { agreeingRoles } from './safety-plan.readiness.js';

const planIdOf = (approval: ApprovalRecord) => String(approval.payload.safetyPlanId ?? '');

/**
 * INV-4 on the generic approvals (SUP-3): approving puts the safety plan in force; returning it
 * sends it back to draft with the supervisor's comment on the approval. A return keeps the
 * family's agreement: only a change of content asks them to sign again.
 */
export const safetyPlanApproval: ApprovalEffect = {
  async approve(ctx, trx, config, approval) {
    const plan = await repo.findPlan(trx, planIdOf(approval));
    if (!plan) throw notFound('safety plan');
    const now = new Date();
    const approved = await repo.changePlan(
      trx,
      plan.id,
      { fromStatus: 'pending_approval' },
      { status: 'active', approved_by: ctx.userId, approved_at: now },
      false,
    );
    if (!approved)
      throw new Problem('conflict', `This safety plan is ${plan.status.replace('_', ' ')}; only one waiting for approval can be approved.`).because(
        'plan_not_pending',
        { status: plan.status, action: 'approve' },
      );
    // An approved plan answers a "children not safe" contact on the open investigation (INV-2).
    const investigation = await trx.selectFrom('investigation').select('status').where('id', '=', plan.investigation_id).executeTakeFirst();
    if (investigation?.status === 'open') {
      await recordEvent(ctx, trx, config, { type: 'safety_plan.approved', subjectType: 'investigation', subjectId: plan.investigation_id, occurredAt: now });
    }
    return { safetyPlanId: plan.id, status: 'active' };
  },

  async return(_ctx, trx, _config, approval) {
    const plan = await repo.findPlan(trx, planIdOf(approval));
    if (!plan) throw notFound('safety plan');
    const returned = await repo.changePlan(trx, plan.id, { fromStatus: 'pending_approval' }, { status: 'draft' }, false);
    if (!returned)
      throw new Problem('conflict', `This safety plan is ${plan.status.replace('_', ' ')}; only one waiting for approval can be returned.`).because(
        'plan_not_pending',
        { status: plan.status, action: 'return' },
      );
  },

  async summarise(trx, approval) {
    const plan = await repo.findPlan(trx, planIdOf(approval));
    if (!plan) return {};
    const investigation = await trx.selectFrom('investigation').select(['number']).where('id', '=', plan.investigation_id).executeTakeFirst();
    const threats = await repo.findThreatsOfAssessment(trx, plan.safety_assessment_id);
    const signatures = await repo.findSignatures(trx, plan.id);
    const agreedBy = signatures
      .filter((s) => s.plan_version === plan.version && (agreeingRoles as readonly string[]).includes(s.signer_role))
      .map((s) => s.signer_name);
    return {
      safetyPlanId: plan.id,
      investigationId: plan.investigation_id,
      investigationNumber: investigation?.number ?? null,
      threatsCount: threats.length,
      actionCount: plan.actions.length,
      familyAgreement: agreedBy,
      nextReviewOn: plan.next_review_on,
    };
  },
};
