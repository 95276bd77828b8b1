import type { ApprovalEffect } from '../../approvals/approvals.effects.js';
import { openCaseFromInvestigation } from '../../cases/case-opening.service.js';
import { notFound } from '../../../platform/errors.js';
import { recordEvent } from '../../work/work.engine.js';
import { childrenInHome } from '../assessments/assessments.repo.js';

/**
 * An unsafe safety decision asks a supervisor to approve placing the children (INV-3, INV-7,
 * SUP-3). Approving it opens the family's out-of-home case at once (the investigation's later
 * decision keeps that case) and `placement.approved` opens the profile's "record the removal" task
 * for the investigator, who carries out the removal; the removal record itself is OOH-1.
 */
export const placementApproval: ApprovalEffect = {
  async approve(ctx, trx, config, approval, input) {
    const investigation = await trx
      .selectFrom('investigation')
      .select(['id', 'number', 'org_unit_id', 'report_id', 'case_id'])
      .where('id', '=', approval.subjectId)
      .executeTakeFirst();
    if (!investigation) throw notFound('investigation');
    const opened = investigation.case_id
      ? { caseId: investigation.case_id, caseNumber: null, caseworkerId: null }
      : await openCaseFromInvestigation(ctx, trx, config, {
          investigation: { id: investigation.id, number: investigation.number, orgUnitId: investigation.org_unit_id, reportId: investigation.report_id },
          kind: 'out_of_home',
          caseworkerId: typeof input.caseworkerId === 'string' ? input.caseworkerId : undefined,
        });
    await recordEvent(ctx, trx, config, {
      type: 'placement.approved',
      subjectType: 'investigation',
      subjectId: investigation.id,
      occurredAt: new Date(),
      payload: { caseType: 'out_of_home' },
    });
    return { caseId: opened.caseId, caseNumber: opened.caseNumber, caseworkerId: opened.caseworkerId };
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
