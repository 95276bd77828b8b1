import type { Transaction } from 'kysely';
import { localDateOf } from '../../../../domain/time/agency-calendar.js';
import { calendarOf } from '../../../../domain/work/plan.js';
import type { DB } from '../../../db/schema.js';
import { recordAudit } from '../../../platform/audit.js';
import type { Config } from '../../../platform/config.js';
import { Problem } from '../../../platform/errors.js';
import type { RequestContext } from '../../../platform/request-context.js';
import { requestApproval } from '../../approvals/approvals.request.js';
import { profileAt } from '../../profile/profile.service.js';
import { findOpenCompletionTask } from './extension.repo.js';
import { loadInvestigation } from '../investigation-access.js';

type Trx = Transaction<DB>;

export interface ExtensionInput {
  requestedDueOn: string;
  reason: string;
}

/**
 * INV-6: more time to complete the assessment needs a supervisor's approval. The request names
 * the clock, its current due moment and the local date asked for, which must come after it.
 */
export async function requestExtension(ctx: RequestContext, trx: Trx, config: Config, investigationId: string, input: ExtensionInput) {
  const investigation = await loadInvestigation(ctx, trx, investigationId, 'record');
  const task = await findOpenCompletionTask(trx, investigationId);
  if (!task) throw new Problem('incomplete', 'This investigation has no open completion clock to extend.').because('no_completion_clock');
  if (task.due_at) {
    const currentDueOn = localDateOf(calendarOf(await profileAt(trx, config, new Date())), task.due_at);
    if (input.requestedDueOn <= currentDueOn) {
      throw new Problem('incomplete', `The assessment is already due on ${currentDueOn}; ask for a later date.`, [
        { path: 'requestedDueOn', message: `Choose a date after ${currentDueOn}`, code: 'not_after_current', params: { date: currentDueOn } },
      ]).because('extension_not_later', { date: currentDueOn });
    }
  }
  const approval = await requestApproval(ctx, trx, config, {
    kind: 'extension',
    subjectType: 'investigation',
    subjectId: investigationId,
    orgUnitId: investigation.org_unit_id,
    payload: { ruleKey: 'initial_assessment', currentDueAt: task.due_at, requestedDueOn: input.requestedDueOn, reason: input.reason },
  });
  await recordAudit(trx, ctx, [
    {
      action: 'investigation.extension_request',
      recordType: 'investigation',
      recordId: investigationId,
      details: { approvalId: approval.id, requestedDueOn: input.requestedDueOn },
    },
  ]);
  return { approvalId: approval.id };
}
