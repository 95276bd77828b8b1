import type { Transaction } from 'kysely';
import { missingForSubmission, type ScreeningDecision } from '../../../domain/screening.js';
import type { DB } from '../../db/schema.js';
import { recordAudit } from '../../platform/audit.js';
import type { Config } from '../../platform/config.js';
import { conflict, Problem } from '../../platform/errors.js';
import { findPendingFor } from '../approvals/approvals.repo.js';
import { profileAt } from '../profile/profile.service.js';
import { findResponse } from '../instruments/instruments.repo.js';
import { requestApproval } from '../approvals/approvals.request.js';
import { decideApproval } from '../approvals/approvals.service.js';
import type { RequestContext } from '../../platform/request-context.js';
import * as repo from './reports.repo.js';
import { bump, loadAndPresent, loadForAction } from './reports.service.js';
import { screeningInstrumentSummary } from './screening-instrument.service.js';

type Trx = Transaction<DB>;

/** INT-4: the screener's recommendation goes to the supervisor once nothing is missing. */
export async function submitReport(ctx: RequestContext, trx: Trx, config: Config, id: string, version: number) {
  const row = await loadForAction(ctx, trx, id, 'submit');
  const missing = missingForSubmission({
    narrative: row.narrative,
    reporterType: row.reporter?.reporter_type ?? null,
    participants: row.participants.map((p) => ({ personId: p.person_id, role: p.role })),
    allegations: row.allegations.map((a) => ({ victimPersonId: a.victim_person_id, perpetratorPersonId: a.perpetrator_person_id })),
    decision: row.decision as ScreeningDecision | null,
    responsePriority: row.response_priority,
    decisionRationale: row.decision_rationale,
    communityReferral: row.community_referral,
    screeningInstrumentComplete: (await findResponse(trx, 'report', id))?.status === 'completed',
  });
  // A draft begun under another practice profile may carry a priority the agency no longer uses.
  const profile = await profileAt(trx, config, new Date());
  if (row.response_priority && row.decision !== 'screen_out' && !profile.responsePriorities.some((p) => p.code === row.response_priority)) {
    missing.push({
      path: 'responsePriority',
      message: `Choose a response priority again: "${row.response_priority}" is not one of the ${profile.code.toUpperCase()} profile's priorities.`,
    });
  }
  if (missing.length > 0)
    throw new Problem('incomplete', `Before submitting: ${missing.map((m) => m.message).join(' ')}`, missing).because('submit_incomplete');
  await bump(trx, id, version, { status: 'submitted', submitted_at: new Date() });
  await repo.insertReview(trx, id, ctx.userId, 'submitted', null);
  const chosen = { decision: row.decision!, responsePriority: row.response_priority };
  const { instrument } = await screeningInstrumentSummary(trx, config, id, chosen);
  await requestApproval(ctx, trx, config, {
    kind: 'screening_decision',
    subjectType: 'report',
    subjectId: id,
    orgUnitId: row.org_unit_id,
    payload: { ...chosen, instrument },
  });
  // A lower priority than the instrument recommends is its own approval the profile routes (item 8).
  if (instrument?.lowered) {
    await requestApproval(ctx, trx, config, {
      kind: 'response_priority_override',
      subjectType: 'report',
      subjectId: id,
      orgUnitId: row.org_unit_id,
      payload: { recommended: instrument.recommended.responsePriority, chosen: chosen.responsePriority },
    });
  }
  return loadAndPresent(ctx, trx, id, 'view', 'report.submit');
}

/** The supervisor's decision through the generic approval that submitting opened (SUP-3). */
export async function approveReport(
  ctx: RequestContext,
  trx: Trx,
  config: Config,
  id: string,
  input: { version: number; comment?: string | undefined; investigatorId?: string | undefined },
) {
  const approval = await pendingScreening(ctx, trx, id);
  const decided = await decideApproval(ctx, trx, config, approval.id, {
    decision: 'approve',
    version: approval.version,
    comment: input.comment,
    input: { version: input.version, investigatorId: input.investigatorId, comment: input.comment },
  });
  return loadAndPresent(ctx, trx, id, 'view', 'report.approve', { investigationId: decided.outcome.investigationId ?? null, approvalId: approval.id });
}

export async function returnReport(ctx: RequestContext, trx: Trx, config: Config, id: string, input: { version: number; comment: string }) {
  const approval = await pendingScreening(ctx, trx, id);
  const report = await loadForAction(ctx, trx, id, 'view');
  if (report.version !== input.version) throw conflict('report');
  await decideApproval(ctx, trx, config, approval.id, { decision: 'return', version: approval.version, comment: input.comment });
  return loadAndPresent(ctx, trx, id, 'view', 'report.return', { approvalId: approval.id });
}

async function pendingScreening(ctx: RequestContext, trx: Trx, reportId: string) {
  await loadForAction(ctx, trx, reportId, 'view');
  const approval = await findPendingFor(trx, 'screening_decision', 'report', reportId);
  if (!approval) throw new Problem('conflict', 'This report is not waiting for approval. Reload to see its status.');
  return approval;
}

/** Investigators the approving supervisor can assign, least loaded first (balanced assignment). */
export async function listInvestigatorsFor(ctx: RequestContext, trx: Trx, reportId: string) {
  const row = await loadForAction(ctx, trx, reportId, 'decide');
  const unit = await repo.findInvestigationUnitFor(trx, row.org_unit_id);
  if (!unit) return { staff: [] };
  const workloads = await repo.findInvestigatorWorkloads(trx, unit.id);
  await recordAudit(trx, ctx, [{ action: 'report.read', recordType: 'report', recordId: reportId, purpose: 'choose an investigator' }]);
  return { staff: workloads.map((w) => ({ id: w.user_id, displayName: w.display_name, orgUnitName: unit.name, openInvestigations: w.open_count })) };
}
