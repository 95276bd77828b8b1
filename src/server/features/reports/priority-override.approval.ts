import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { RequestContext } from '../../platform/request-context.js';
import type { ApprovalEffect } from '../approvals/approvals.effects.js';
import { findPendingFor, insertAction } from '../approvals/approvals.repo.js';
import * as repo from './reports.repo.js';
import { bump } from './reports.service.js';

type Trx = Transaction<DB>;

/** Closes a pending request as approved or withdrawn, with its history line, in the caller's transaction. */
async function settle(
  ctx: RequestContext,
  trx: Trx,
  kind: 'response_priority_override' | 'screening_decision',
  reportId: string,
  status: 'approved' | 'withdrawn',
  comment: string | null,
) {
  const pending = await findPendingFor(trx, kind, 'report', reportId);
  if (!pending) return;
  await trx
    .updateTable('approval_request')
    .set((eb) => ({ status, decided_by: ctx.userId, decided_at: new Date(), decision_comment: comment, version: eb('version', '+', 1) }))
    .where('id', '=', pending.id)
    .execute();
  await insertAction(trx, { approvalId: pending.id, action: status, actorId: ctx.userId, comment });
}

/** Approving the screen-in approves the lowered priority it carries: one decision, both on record. */
export const approveLoweredPriorityWith = (ctx: RequestContext, trx: Trx, reportId: string) =>
  settle(ctx, trx, 'response_priority_override', reportId, 'approved', 'Approved with the screening decision.');

/** Returning the screen-in withdraws the lowered priority it carried; a new submission asks again. */
export const withdrawLoweredPriorityWith = (ctx: RequestContext, trx: Trx, reportId: string) =>
  settle(ctx, trx, 'response_priority_override', reportId, 'withdrawn', 'Withdrawn: the screening decision was returned.');

/**
 * INT-4, issue 9 item 8: a screener who picks a lower response priority than the instrument
 * recommends asks the supervisor to approve it. Approving leaves the priority as chosen; returning
 * it sends the whole report back to the screener (the screening decision waiting with it is withdrawn).
 */
export const priorityOverrideApproval: ApprovalEffect = {
  async approve() {
    return {};
  },

  async return(ctx, trx, _config, approval, input) {
    await settle(ctx, trx, 'screening_decision', approval.subjectId, 'withdrawn', 'Returned with the lowered response priority.');
    const row = await repo.findReportDetail(trx, approval.subjectId);
    if (row?.status !== 'submitted') return;
    await bump(trx, row.id, row.version, { status: 'returned', decided_at: new Date(), decided_by: ctx.userId });
    await repo.insertReview(trx, row.id, ctx.userId, 'returned', input.comment);
  },

  async summarise(trx, approval) {
    const report = await trx.selectFrom('report').select(['id', 'number']).where('id', '=', approval.subjectId).executeTakeFirst();
    return report
      ? { reportId: report.id, number: report.number, recommended: approval.payload.recommended ?? null, chosen: approval.payload.chosen ?? null }
      : {};
  },
};
