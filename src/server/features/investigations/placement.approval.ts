import type { ApprovalEffect } from '../approvals/approvals.effects.js';
import { childrenInHome } from './assessments.repo.js';

/**
 * An unsafe safety decision asks a supervisor to approve placing the children (INV-3, INV-7,
 * SUP-3). The placement itself is a later issue, so deciding only records the decision (the
 * approval's own history and audit); the investigation's decision step reads it from there.
 */
export const placementApproval: ApprovalEffect = {
  async approve() {
    return {};
  },

  async return() {},

  async summarise(trx, approval) {
    const investigation = await trx.selectFrom('investigation').select(['id', 'number', 'report_id']).where('id', '=', approval.subjectId).executeTakeFirst();
    if (!investigation) return {};
    const children = await childrenInHome(trx, investigation.report_id);
    return {
      investigationId: investigation.id,
      number: investigation.number,
      reason: approval.payload.reason ?? null,
      safetyAssessmentId: approval.payload.safetyAssessmentId ?? null,
      childNames: children.map((c) => `${c.firstName} ${c.lastName}`),
    };
  },
};
