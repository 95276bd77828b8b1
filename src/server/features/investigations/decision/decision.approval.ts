import type { Transaction } from 'kysely';
import { isChildInHome } from '../../../../domain/investigation/household.js';
import type { DB } from '../../../db/schema.js';
import { recordAudit } from '../../../platform/audit.js';
import { notFound, Problem } from '../../../platform/errors.js';
import type { ApprovalEffect } from '../../approvals/approvals.effects.js';
import { carryIntoOpenedCase, openCaseFromInvestigation } from '../../cases/case-opening.service.js';
import { findFindings as findFindingsOf } from './decision.repo.js';
import { decisionView, refuseUnready } from './decision.service.js';
import { findReportPeople } from '../../cases/case-opening.repo.js';
import { recordEvent } from '../../work/work.engine.js';

type Trx = Transaction<DB>;

const findPending = async (trx: Trx, investigationId: string) => {
  const row = await trx
    .selectFrom('investigation')
    .select(['id', 'number', 'report_id', 'org_unit_id', 'status', 'decision', 'decision_status', 'track', 'case_id'])
    .where('id', '=', investigationId)
    .executeTakeFirst();
  if (!row) throw notFound('investigation');
  if (row.decision_status !== 'pending' || row.status !== 'open' || !row.decision) {
    throw new Problem('conflict', 'This investigation has no decision waiting for approval. Reload to see where it stands.').because('no_decision_pending');
  }
  return { ...row, decision: row.decision };
};

/**
 * INV-7 on the generic approvals (SUP-3): approving the investigation's decision closes it
 * (`investigation.completed` completes the completion clock and cancels what is left), and for an
 * "open" decision opens the family's case in the ongoing unit. Returning sends it back to draft.
 */
export const investigationDecisionApproval: ApprovalEffect = {
  async approve(ctx, trx, config, approval, input) {
    const investigation = await findPending(trx, approval.subjectId);
    // The facts may have changed since it was submitted (a plan ended, a child added): the rules
    // are checked again, so a supervisor cannot approve what the investigator could not submit.
    refuseUnready(
      (await decisionView(trx, config, investigation)).view.readiness,
      'This decision no longer meets the rules for closing; return it to the investigator with what is missing.',
    );
    const now = new Date();
    await trx
      .updateTable('investigation')
      .set((eb) => ({ decision_status: 'approved', decided_by: ctx.userId, decided_at: now, status: 'closed', closed_at: now, version: eb('version', '+', 1) }))
      .where('id', '=', investigation.id)
      .execute();
    await recordAudit(trx, ctx, [
      {
        action: 'investigation.complete',
        recordType: 'investigation',
        recordId: investigation.id,
        details: { decision: investigation.decision, approvalId: approval.id },
      },
    ]);
    await recordEvent(ctx, trx, config, { type: 'investigation.completed', subjectType: 'investigation', subjectId: investigation.id, occurredAt: now });
    if (investigation.decision !== 'open_in_home' && investigation.decision !== 'open_out_of_home') return { caseId: null };
    if (investigation.case_id) return carryIntoOpenedCase(ctx, trx, investigation.id, investigation.case_id);
    const opened = await openCaseFromInvestigation(ctx, trx, config, {
      investigation: { id: investigation.id, number: investigation.number, orgUnitId: investigation.org_unit_id, reportId: investigation.report_id },
      kind: investigation.decision === 'open_in_home' ? 'in_home' : 'out_of_home',
      caseworkerId: typeof input.caseworkerId === 'string' ? input.caseworkerId : undefined,
    });
    return { caseId: opened.caseId, caseNumber: opened.caseNumber, caseworkerId: opened.caseworkerId };
  },

  async return(ctx, trx, _config, approval, input) {
    const investigation = await findPending(trx, approval.subjectId);
    await trx
      .updateTable('investigation')
      .set((eb) => ({ decision_status: 'returned', version: eb('version', '+', 1) }))
      .where('id', '=', investigation.id)
      .execute();
    await recordAudit(trx, ctx, [
      {
        action: 'investigation.decision_return',
        recordType: 'investigation',
        recordId: investigation.id,
        details: { approvalId: approval.id, comment: input.comment },
      },
    ]);
  },

  async summarise(trx, approval, config) {
    const investigation = await trx
      .selectFrom('investigation')
      .select(['id', 'number', 'report_id', 'version', 'track'])
      .where('id', '=', approval.subjectId)
      .executeTakeFirst();
    if (!investigation) return {};
    const today = new Date().toISOString().slice(0, 10);
    const childNames = (await findReportPeople(trx, investigation.report_id))
      .filter((p) =>
        isChildInHome({ role: p.role, dateOfBirth: p.date_of_birth, approximateAge: p.approximate_age, livesInHousehold: p.lives_in_household }, today),
      )
      .map((p) => `${p.first_name} ${p.last_name}`);
    const { decision, recommended, differs, reason } = approval.payload;
    // The facts the decision rests on, beside it, so it is never approved blind (issue 9).
    const [{ view }, findings] = await Promise.all([decisionView(trx, config, investigation), findFindingsOf(trx, investigation.id, investigation.report_id)]);
    const findingCounts = Object.fromEntries(
      [...new Set(findings.map((f) => f.finding ?? 'none'))].map((code) => [code, findings.filter((f) => (f.finding ?? 'none') === code).length]),
    );
    return {
      investigationId: investigation.id,
      number: investigation.number,
      decision,
      recommended,
      differs,
      reason,
      childNames,
      safetyDecision: view.guide.safetyDecision,
      riskLevel: view.guide.riskLevel,
      findingCounts,
      childrenNeverSeen: view.closure.childrenNeverSeen,
      unseenException: view.closure.unseenException?.code ?? null,
    };
  },
};
