import type { Transaction } from 'kysely';
import { applyOverride, type InstrumentResult } from '../../../../domain/instruments/index.js';
import type { DB } from '../../../db/schema.js';
import { recordAudit } from '../../../platform/audit.js';
import type { Config } from '../../../platform/config.js';
import { conflict, Problem } from '../../../platform/errors.js';
import type { RequestContext } from '../../../platform/request-context.js';
import { requestApproval } from '../../approvals/approvals.request.js';
import type { RiskOverrideInput } from './assessments.schema.js';
import { childrenInHome, findAssessments, overrideOf, type StoredOverride } from './assessments.repo.js';
import { presentAssessment } from './assessments.service.js';
import { loadInvestigation } from '../investigation-access.js';

type Trx = Transaction<DB>;

/**
 * A worker asks to move the scored risk level (INV-5). The instrument's rules decide what is
 * allowed (a policy override only raises; a discretionary one moves within its steps); either kind
 * needs a written reason and a supervisor's approval — the requirement asks for both, even where the
 * instrument says a policy override needs none. Until approved the final level stays the scored one.
 */
export async function requestRiskOverride(ctx: RequestContext, trx: Trx, config: Config, investigationId: string, input: RiskOverrideInput) {
  const investigation = await loadInvestigation(ctx, trx, investigationId, 'record');
  const risk = (await findAssessments(trx, investigationId)).risk;
  if (risk?.response.status !== 'completed')
    throw new Problem('incomplete', 'Complete the risk assessment before overriding its level.').because('risk_before_override');
  if (risk.response.version !== input.version) throw conflict('risk assessment');
  if (overrideOf(risk.response)?.status === 'pending')
    throw new Problem('conflict', 'An override of this risk level is already waiting for approval.').because('override_pending');

  const result = risk.response.result as unknown as InstrumentResult;
  const outcome = applyOverride(risk.definition, result, input.override);
  if (!outcome.ok) {
    throw new Problem('validation', outcome.message, [
      { path: input.override.kind === 'policy' ? 'override.key' : 'override.toLevel', message: outcome.message },
    ]);
  }
  const approval = await requestApproval(ctx, trx, config, {
    kind: 'risk_override',
    subjectType: 'investigation',
    subjectId: investigationId,
    orgUnitId: investigation.org_unit_id,
    payload: {
      instrumentResponseId: risk.response.id,
      overrideKind: input.override.kind,
      scoredLevel: result.level,
      requestedLevel: outcome.finalLevel,
      reason: input.override.reason,
    },
  });
  const stored: StoredOverride = {
    kind: input.override.kind,
    ...(input.override.kind === 'policy' ? { key: input.override.key } : { toLevel: input.override.toLevel }),
    reason: input.override.reason,
    finalLevel: outcome.finalLevel,
    status: 'pending',
    approvalId: approval.id,
  };
  const updated = await trx
    .updateTable('instrument_response')
    .set((eb) => ({ override: JSON.stringify(stored), updated_at: new Date(), version: eb('version', '+', 1) }))
    .where('id', '=', risk.response.id)
    .where('version', '=', input.version)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) throw conflict('risk assessment');
  await recordAudit(trx, ctx, [
    {
      action: 'instrument_response.override',
      recordType: 'investigation',
      recordId: investigationId,
      details: { kind: stored.kind, scoredLevel: result.level, requestedLevel: stored.finalLevel, approvalId: approval.id },
    },
  ]);
  const saved = (await findAssessments(trx, investigationId)).risk!;
  return presentAssessment(
    'risk',
    saved,
    (await childrenInHome(trx, investigation.report_id)).map((c) => c.personId),
  );
}

/** Moves an override on from pending when its approval is decided (run by the approval's effect). */
export async function settleRiskOverride(ctx: RequestContext, trx: Trx, approvalId: string, responseId: unknown, status: 'approved' | 'returned') {
  if (typeof responseId !== 'string') return;
  const row = await trx.selectFrom('instrument_response').select(['id', 'subject_id', 'override']).where('id', '=', responseId).executeTakeFirst();
  const override = row ? overrideOf(row) : null;
  // Only the override this approval was asked for; a later one is not settled by an old decision.
  if (!row || !override || override.approvalId !== approvalId || override.status !== 'pending') return;
  await trx
    .updateTable('instrument_response')
    .set((eb) => ({ override: JSON.stringify({ ...override, status }), updated_at: new Date(), version: eb('version', '+', 1) }))
    .where('id', '=', row.id)
    .execute();
  await recordAudit(trx, ctx, [
    { action: 'instrument_response.override', recordType: 'investigation', recordId: row.subject_id, details: { approvalId, status } },
  ]);
}
