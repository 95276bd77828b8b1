import type { Transaction } from 'kysely';
import { isSubstantiated, recommendedDecisions, type RiskLevel } from '../../../../domain/investigation/decision-guide.js';
import { decisionReadiness, differsFromGuide, type ReadinessItem, readinessMessages } from '../../../../domain/investigation/decision-readiness.js';
import { federalClosureRules } from '../../../../profiles/federal.js';
import { riskLevels } from '../../../../profiles/profile-schema.js';
import type { DB, InvestigationDecision } from '../../../db/schema.js';
import { recordAudit } from '../../../platform/audit.js';
import type { Config } from '../../../platform/config.js';
import { conflict, type FieldProblem, Problem } from '../../../platform/errors.js';
import type { RequestContext } from '../../../platform/request-context.js';
import { requestApproval } from '../../approvals/approvals.request.js';
import { profileAt } from '../../profile/profile.service.js';
import { assessmentOutcomes } from '../assessments/assessment-outcomes.js';
import { closureFacts } from './closure-facts.js';
import * as repo from './decision.repo.js';
import { type InvestigationRow, loadInvestigation } from '../investigation-access.js';

type Trx = Transaction<DB>;

export interface DecisionInput {
  version: number;
  decision: InvestigationDecision;
  reason?: string | undefined;
  communityReferral?: string | undefined;
  /** INV-1: the profile's exception for children never seen face to face, with the efforts made; null clears it. */
  unseenException?: { code: string; efforts: string } | null | undefined;
}

const asRiskLevel = (level: string | null): RiskLevel | null => ((riskLevels as readonly string[]).includes(level ?? '') ? (level as RiskLevel) : null);
const blank = (text: string | null | undefined) => (text?.trim() ? text.trim() : null);

/**
 * Everything the decision step shows (INV-7): what the profile's guide recommends from the safety
 * decision, final risk level and findings; what is still missing; the draft; the approval.
 */
export async function decisionView(trx: Trx, config: Pick<Config, 'HEARTH_PROFILE'>, investigation: Pick<InvestigationRow, 'id' | 'report_id' | 'track'>) {
  const [outcomes, findings, fields, approval, profile, closure] = await Promise.all([
    assessmentOutcomes(trx, investigation.id),
    repo.findFindings(trx, investigation.id, investigation.report_id),
    repo.findDecisionFields(trx, investigation.id),
    repo.findLatestDecisionApproval(trx, investigation.id),
    profileAt(trx, config, new Date()),
    closureFacts(trx, investigation),
  ]);
  const closureRules = profile.closureRules ?? federalClosureRules;
  const onInvestigationTrack = investigation.track === 'investigation';
  const substantiated = onInvestigationTrack && isSubstantiated(findings.map((f) => f.finding));
  const riskLevel = asRiskLevel(outcomes.riskLevel);
  const recommended = recommendedDecisions(profile.decisionGuide, { safetyDecision: outcomes.safetyDecision, riskLevel, substantiated });
  const readiness = decisionReadiness({
    track: investigation.track,
    safetyComplete: outcomes.safetyComplete,
    riskComplete: outcomes.riskComplete,
    findingsComplete: findings.every((f) => f.finding !== null),
    overridePending: outcomes.overridePending,
    decision: fields.decision,
    recommended,
    reason: fields.decision_reason,
    communityReferral: fields.community_referral,
    safetyDecision: outcomes.safetyDecision,
    ...closure,
    closureRules,
  });
  return {
    view: {
      guide: {
        safetyDecision: outcomes.safetyDecision,
        riskLevel,
        substantiated: onInvestigationTrack ? substantiated : null,
        recommended,
        source: profile.decisionGuide.source,
      },
      readiness,
      decision: {
        decision: fields.decision,
        reason: fields.decision_reason,
        communityReferral: fields.community_referral,
        status: fields.decision_status,
        version: fields.version,
      },
      approval: approval ? { id: approval.id, status: approval.status, routedToName: approval.routed_to_name, comment: approval.decision_comment } : null,
      closure: {
        childrenNeverSeen: closure.childrenNeverSeen,
        attemptedContacts: closure.attemptedContacts,
        unsettledPlans: closure.unsettledPlans,
        unseenException: closure.unseenException,
        allowedExceptions: closureRules.childrenSeen.exceptions.map((e) => ({ code: e.code, label: e.label, minimumAttempts: e.minimumAttempts })),
      },
    },
    fields,
  };
}

export async function readDecision(ctx: RequestContext, trx: Trx, config: Config, investigationId: string) {
  const investigation = await loadInvestigation(ctx, trx, investigationId, 'view');
  await recordAudit(trx, ctx, [{ action: 'investigation.read', recordType: 'investigation', recordId: investigationId, details: { part: 'decision' } }]);
  return (await decisionView(trx, config, investigation)).view;
}

/** A 422 naming each unmet readiness item, or nothing when all are met (INV-7). */
export function refuseUnready(readiness: ReadinessItem[], detail: string) {
  const errors: FieldProblem[] = readiness
    .filter((item) => !item.met)
    .map((item) => ({
      path: item.code,
      message: item.names?.length ? `${readinessMessages[item.code]} Not seen: ${item.names.join(', ')}.` : readinessMessages[item.code],
    }));
  if (errors.length) throw new Problem('incomplete', detail, errors);
}

/** Only an exception the profile allows may be recorded; clearing it clears its efforts too. */
async function unseenExceptionColumns(trx: Trx, config: Config, exception: DecisionInput['unseenException']) {
  if (!exception) return { unseen_exception_code: null, unseen_exception_efforts: null };
  const rules = (await profileAt(trx, config, new Date())).closureRules ?? federalClosureRules;
  if (!rules.childrenSeen.exceptions.some((e) => e.code === exception.code)) {
    throw new Problem('validation', 'That exception is not one the practice profile allows.', [
      { path: 'unseenException.code', message: `Choose one of: ${rules.childrenSeen.exceptions.map((e) => e.code).join(', ')}` },
    ]);
  }
  return { unseen_exception_code: exception.code, unseen_exception_efforts: exception.efforts.trim() };
}

function refuseWhileDecided(status: DB['investigation']['decision_status']) {
  if (status === 'pending')
    throw new Problem('conflict', 'The decision is waiting for the supervisor; it cannot change until they approve or return it.').because('decision_pending');
  if (status === 'approved') throw new Problem('conflict', 'The decision was approved; it can no longer change.').because('decision_approved');
}

/** Saves the draft decision (INV-7). A returned decision becomes a draft again once changed. */
export async function saveDecision(ctx: RequestContext, trx: Trx, config: Config, investigationId: string, input: DecisionInput) {
  const investigation = await loadInvestigation(ctx, trx, investigationId, 'record');
  refuseWhileDecided(investigation.decision_status);
  const exception = input.unseenException === undefined ? {} : await unseenExceptionColumns(trx, config, input.unseenException);
  const saved = await repo.updateDecision(trx, investigationId, input.version, {
    decision: input.decision,
    decision_status: 'draft',
    decision_reason: blank(input.reason),
    community_referral: input.decision === 'close_with_referral' ? blank(input.communityReferral) : null,
    ...exception,
  });
  if (!saved) throw conflict('investigation');
  await recordAudit(trx, ctx, [
    {
      action: 'investigation.decision_save',
      recordType: 'investigation',
      recordId: investigationId,
      details: { decision: input.decision, unseenException: input.unseenException?.code ?? null },
    },
  ]);
  return (await decisionView(trx, config, investigation)).view;
}

/**
 * Sends the decision to the supervisor (INV-7, SUP-3). Every unmet readiness item is named in the
 * 422; the approval carries what the guide recommended and whether the decision departs from it.
 */
export async function submitDecision(ctx: RequestContext, trx: Trx, config: Config, investigationId: string, version: number) {
  const investigation = await loadInvestigation(ctx, trx, investigationId, 'record');
  refuseWhileDecided(investigation.decision_status);
  if (investigation.version !== version) throw conflict('investigation');
  const { view, fields } = await decisionView(trx, config, investigation);
  refuseUnready(view.readiness, 'The decision is not ready for the supervisor yet.');
  const decision = fields.decision!;
  const recommended = view.guide.recommended;
  const differs = differsFromGuide(decision, recommended);
  if (!(await repo.updateDecision(trx, investigationId, version, { decision_status: 'pending', recommended_decisions: recommended })))
    throw conflict('investigation');
  await requestApproval(ctx, trx, config, {
    kind: 'investigation_decision',
    subjectType: 'investigation',
    subjectId: investigationId,
    orgUnitId: investigation.org_unit_id,
    payload: { decision, recommended, differs, reason: fields.decision_reason },
  });
  await recordAudit(trx, ctx, [
    { action: 'investigation.decision_submit', recordType: 'investigation', recordId: investigationId, details: { decision, recommended, differs } },
  ]);
  return (await decisionView(trx, config, investigation)).view;
}
