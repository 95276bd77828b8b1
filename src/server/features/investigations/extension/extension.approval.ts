import { endOfLocalDay } from '../../../../domain/time/deadline.js';
import { calendarOf } from '../../../../domain/work/plan.js';
import { recordAudit } from '../../../platform/audit.js';
import { Problem } from '../../../platform/errors.js';
import type { ApprovalEffect } from '../../approvals/approvals.effects.js';
import { profileAt } from '../../profile/profile.service.js';
import { findOpenCompletionTask, moveDueMoment } from './extension.repo.js';

/**
 * INV-6 on the generic approvals (SUP-3): an approved extension moves the completion clock to the
 * end of the requested day in the agency's time zone. Returning it leaves the clock as it was.
 */
export const extensionApproval: ApprovalEffect = {
  async approve(ctx, trx, config, approval) {
    const requestedDueOn = String(approval.payload.requestedDueOn);
    const task = await findOpenCompletionTask(trx, approval.subjectId);
    if (!task)
      throw new Problem(
        'conflict',
        'The assessment was completed or its clock closed after the extension was asked for; there is nothing left to extend.',
      ).because('extension_nothing_left');
    const dueAt = endOfLocalDay(calendarOf(await profileAt(trx, config, new Date())), requestedDueOn);
    await moveDueMoment(trx, task.id, dueAt);
    await recordAudit(trx, ctx, [
      {
        action: 'task.extend',
        recordType: 'investigation',
        recordId: approval.subjectId,
        details: { taskId: task.id, from: task.due_at, to: dueAt, approvalId: approval.id },
      },
    ]);
    return { taskId: task.id, dueAt };
  },

  async return() {
    // Nothing changes: the clock keeps its due moment, and the request's history holds the comment.
  },

  async summarise(trx, approval) {
    const investigation = await trx.selectFrom('investigation').select(['id', 'number']).where('id', '=', approval.subjectId).executeTakeFirst();
    const { ruleKey, currentDueAt, requestedDueOn, reason } = approval.payload;
    return investigation ? { investigationId: investigation.id, number: investigation.number, ruleKey, currentDueAt, requestedDueOn, reason } : {};
  },
};
