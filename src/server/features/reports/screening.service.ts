import type { Transaction } from 'kysely';
import { responseDueAt, type ResponsePriority } from '../../../domain/response-priorities.js';
import { missingForSubmission, type ScreeningDecision } from '../../../domain/screening.js';
import type { DB } from '../../db/schema.js';
import { recordAudit } from '../../platform/audit.js';
import { Problem } from '../../platform/errors.js';
import type { RequestContext } from '../../platform/request-context.js';
import * as repo from './reports.repo.js';
import { bump, loadAndPresent, loadForAction } from './reports.service.js';

type Trx = Transaction<DB>;

/** INT-4: the screener's recommendation goes to the supervisor once nothing is missing. */
export async function submitReport(ctx: RequestContext, trx: Trx, id: string, version: number) {
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
  });
  if (missing.length > 0) throw new Problem('incomplete', `Before submitting: ${missing.map((m) => m.message).join(' ')}`, missing);
  await bump(trx, id, version, { status: 'submitted', submitted_at: new Date() });
  await repo.insertReview(trx, id, ctx.userId, 'submitted', null);
  return loadAndPresent(ctx, trx, id, 'view', 'report.submit');
}

/** Supervisor approves; a screen-in becomes an investigation with its response clock running. */
export async function approveReport(ctx: RequestContext, trx: Trx, id: string, input: { version: number; comment?: string; investigatorId?: string }) {
  const row = await loadForAction(ctx, trx, id, 'decide');
  await bump(trx, id, input.version, { status: 'approved', decided_at: new Date(), decided_by: ctx.userId });
  await repo.insertReview(trx, id, ctx.userId, 'approved', input.comment ?? null);
  let investigation: { id: string; number: string } | null = null;
  if (row.decision === 'screen_in' || row.decision === 'screen_in_family_assessment') {
    const unit = await repo.findInvestigationUnitFor(trx, row.org_unit_id);
    if (!unit) throw new Problem('incomplete', 'No investigation unit is set up for this office. Ask an administrator to add one.');
    const investigatorId = await chooseInvestigator(trx, unit.id, input.investigatorId);
    investigation = await repo.insertInvestigation(trx, {
      reportId: id,
      track: row.decision === 'screen_in' ? 'investigation' : 'family_assessment',
      orgUnitId: unit.id,
      investigatorId,
      responsePriority: row.response_priority!,
      responseDueAt: responseDueAt(new Date(row.received_at), row.response_priority as ResponsePriority),
    });
    await recordAudit(trx, ctx, [{ action: 'investigation.create', recordType: 'investigation', recordId: investigation.id, details: { reportId: id, investigatorId } }]);
  }
  return loadAndPresent(ctx, trx, id, 'view', 'report.approve', { investigationId: investigation?.id ?? null });
}

export async function returnReport(ctx: RequestContext, trx: Trx, id: string, input: { version: number; comment: string }) {
  await loadForAction(ctx, trx, id, 'decide');
  await bump(trx, id, input.version, { status: 'returned', decided_at: new Date(), decided_by: ctx.userId });
  await repo.insertReview(trx, id, ctx.userId, 'returned', input.comment);
  return loadAndPresent(ctx, trx, id, 'view', 'report.return');
}

export async function listAwaitingApproval(ctx: RequestContext, trx: Trx) {
  if (!ctx.roles.includes('supervisor')) return { items: [] };
  const rows = await repo.findAwaitingApproval(trx, ctx.scopeUnitIds, ctx.userId);
  await recordAudit(trx, ctx, [{ action: 'report.list', recordType: 'report', details: { list: 'approvals', reportIds: rows.map((r) => r.id) } }]);
  return {
    items: rows.map((r) => ({
      reportId: r.id,
      number: r.number,
      submittedAt: r.submitted_at,
      screenerName: r.screener_name,
      decision: r.decision,
      responsePriority: r.response_priority,
      childNames: r.child_names,
    })),
  };
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

async function chooseInvestigator(trx: Trx, unitId: string, requested: string | undefined): Promise<string | null> {
  const workloads = await repo.findInvestigatorWorkloads(trx, unitId);
  if (requested) {
    if (!workloads.some((w) => w.user_id === requested)) {
      throw new Problem('validation', 'That investigator is not in the investigation unit for this office.', [{ path: 'investigatorId', message: 'Choose an investigator from the list' }]);
    }
    return requested;
  }
  return workloads[0]?.user_id ?? null;
}

