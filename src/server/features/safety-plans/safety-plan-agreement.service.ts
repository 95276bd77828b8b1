import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Config } from '../../platform/config.js';
import { conflict, idTaken, Problem } from '../../platform/errors.js';
import type { RequestContext } from '../../platform/request-context.js';
import { requestApproval } from '../approvals/approvals.request.js';
import { loadPlan } from './safety-plan.access.js';
import { missingForSubmit } from './safety-plan.readiness.js';
import * as repo from './safety-plans.repo.js';
import { presentPlan } from './safety-plans.present.js';
import type { SignatureInput } from './safety-plans.schema.js';
import { agencyToday, auditPlan, notDraft } from './safety-plans.service.js';

type Trx = Transaction<DB>;

/**
 * Records one person's agreement to the plan as it now reads (INV-4). Signatures are never changed
 * or removed: each keeps the version it was given to, so a later change of content shows it as
 * "signed an earlier version". A typed signature is the typed name; a drawn one is a PNG.
 */
export async function signPlan(ctx: RequestContext, trx: Trx, planId: string, input: SignatureInput) {
  const { plan, investigation } = await loadPlan(ctx, trx, planId, 'record');
  const retried = async () => {
    const earlier = await repo.findSignature(trx, input.id);
    if (earlier?.safety_plan_id !== plan.id) throw idTaken();
    return { created: false, plan: await presentPlan(trx, plan, investigation.report_id) };
  };
  if (await repo.findSignature(trx, input.id)) return retried();
  if (plan.status === 'ended') throw new Problem('conflict', 'This safety plan has ended; it can no longer be signed.').because('plan_ended');
  const people = await repo.findReportPeople(trx, investigation.report_id);
  if (input.personId && !people.some((p) => p.personId === input.personId)) {
    throw new Problem('validation', 'personId: Choose a person on this report, or leave it empty.', [
      { path: 'personId', message: 'Choose a person on this report, or leave it empty' },
    ]);
  }
  const saved = await repo.insertSignature(trx, {
    id: input.id,
    planId: plan.id,
    planVersion: plan.version,
    signerName: input.signerName,
    signerRole: input.signerRole,
    personId: input.personId ?? null,
    method: input.method,
    drawing: input.method === 'drawn' ? input.drawing! : null,
    recordedBy: ctx.userId,
  });
  if (!saved) return retried();
  await auditPlan(ctx, trx, 'safety_plan.sign', plan, { signatureId: input.id, signerRole: input.signerRole, method: input.method, planVersion: plan.version });
  return { created: true, plan: await presentPlan(trx, plan, investigation.report_id) };
}

/**
 * Sends a draft to the supervisor (SUP-3) once it is complete: 422 lists every missing thing.
 * While the investigation is open the investigation's unit approves; a plan revised after the
 * case opened goes to the case's unit.
 */
export async function submitPlan(ctx: RequestContext, trx: Trx, config: Config, planId: string, version: number) {
  const { plan, investigation } = await loadPlan(ctx, trx, planId, 'record');
  if (plan.version !== version) throw conflict('safety plan');
  if (plan.status !== 'draft') throw notDraft(plan.status);
  const signatures = await repo.findSignatures(trx, plan.id);
  const problems = missingForSubmit({
    threats: await repo.findThreatsOfAssessment(trx, plan.safety_assessment_id),
    actions: plan.actions,
    nextReviewOn: plan.next_review_on,
    today: await agencyToday(trx, config),
    version: plan.version,
    signatures: signatures.map((s) => ({ signerRole: s.signer_role, planVersion: s.plan_version })),
  });
  if (problems.length) throw new Problem('incomplete', `The safety plan is not ready for approval: ${problems.map((p) => p.message).join('; ')}.`, problems);

  if (!(await repo.changePlan(trx, plan.id, { fromStatus: 'draft', version }, { status: 'pending_approval' }, false))) throw conflict('safety plan');
  const subject = await approvalSubjectOf(trx, plan, investigation);
  await requestApproval(ctx, trx, config, { kind: 'safety_plan', ...subject, payload: { safetyPlanId: plan.id, planVersion: plan.version } });
  await auditPlan(ctx, trx, 'safety_plan.submit', plan, { planVersion: plan.version });
  return presentPlan(trx, (await repo.findPlan(trx, plan.id))!, investigation.report_id);
}

async function approvalSubjectOf(trx: Trx, plan: repo.PlanRow, investigation: { id: string; status: string; org_unit_id: string }) {
  if (plan.case_id && investigation.status !== 'open') {
    const caseFacts = await repo.findCaseFacts(trx, plan.case_id);
    if (caseFacts) return { subjectType: 'case' as const, subjectId: caseFacts.id, orgUnitId: caseFacts.org_unit_id };
  }
  return { subjectType: 'investigation' as const, subjectId: investigation.id, orgUnitId: investigation.org_unit_id };
}
