import type { Transaction } from 'kysely';
import type { Threat } from '../../../domain/instruments/threats.js';
import { localDateOf } from '../../../domain/time/agency-calendar.js';
import type { DB, SafetyPlanAction } from '../../db/schema.js';
import { type AuditAction, recordAudit } from '../../platform/audit.js';
import type { Config } from '../../platform/config.js';
import { conflict, type FieldProblem, idTaken, Problem } from '../../platform/errors.js';
import type { RequestContext } from '../../platform/request-context.js';
import { assessmentOutcomes } from '../investigations/assessments/assessment-outcomes.js';
import { loadInvestigation } from '../investigations/investigation-access.js';
import { profileAt } from '../profile/profile.service.js';
import { loadPlan } from './safety-plan.access.js';
import * as repo from './safety-plans.repo.js';
import { presentPlan, summaryOf } from './safety-plans.present.js';
import type { ActionInput, CreatePlanInput, UpdatePlanInput } from './safety-plans.schema.js';

type Trx = Transaction<DB>;

/** Today's date where the agency works, for review dates (INV-4). */
export async function agencyToday(trx: Trx, config: Config) {
  const profile = await profileAt(trx, config, new Date());
  return localDateOf({ timeZone: profile.timeZone, holidays: [] }, new Date());
}

/** Every plan access is audited against its investigation, naming the plan. */
export const auditPlan = (
  ctx: RequestContext,
  trx: Trx,
  action: AuditAction,
  plan: { id: string; investigation_id: string },
  details: Record<string, unknown> = {},
) => recordAudit(trx, ctx, [{ action, recordType: 'investigation', recordId: plan.investigation_id, details: { safetyPlanId: plan.id, ...details } }]);

/**
 * Checks actions against the plan's threats and the report's people (400 naming each bad one),
 * and fills a blank responsible name from the chosen person.
 */
export function checkActions(actions: ActionInput[], threats: Threat[], people: repo.ReportPerson[]): SafetyPlanAction[] {
  const problems: FieldProblem[] = [];
  const threatKeys = new Set(threats.map((t) => t.key));
  const checked = actions.map((action, i) => {
    if (!threatKeys.has(action.threat)) problems.push({ path: `actions.${i}.threat`, message: 'Choose one of the threats the safety assessment found' });
    const person = action.responsiblePersonId ? people.find((p) => p.personId === action.responsiblePersonId) : null;
    if (action.responsiblePersonId && !person) {
      problems.push({
        path: `actions.${i}.responsiblePersonId`,
        message: 'Choose a person on this report, or leave it empty and type the name (for example a provider)',
      });
    }
    return { ...action, responsibleName: action.responsibleName || person?.name || '' };
  });
  if (problems.length) throw new Problem('validation', problems.map((p) => `${p.path}: ${p.message}`).join('; '), problems);
  return checked;
}

export async function listPlans(ctx: RequestContext, trx: Trx, investigationId: string) {
  await loadInvestigation(ctx, trx, investigationId, 'view');
  const plans = await repo.findPlansOf(trx, investigationId);
  await recordAudit(trx, ctx, [
    { action: 'safety_plan.list', recordType: 'investigation', recordId: investigationId, details: { safetyPlanIds: plans.map((p) => p.id) } },
  ]);
  return { items: plans.map(summaryOf) };
}

export async function readPlan(ctx: RequestContext, trx: Trx, planId: string) {
  const { plan, investigation } = await loadPlan(ctx, trx, planId, 'view');
  await auditPlan(ctx, trx, 'safety_plan.read', plan);
  return presentPlan(trx, plan, investigation.report_id);
}

/**
 * Starts a draft plan from the completed safety assessment whose decision is "safe with a plan"
 * (422 otherwise). The client's id makes a retried request answer the plan it already made.
 */
export async function createPlan(ctx: RequestContext, trx: Trx, investigationId: string, input: CreatePlanInput) {
  const retried = async () => {
    const existing = await repo.findPlan(trx, input.id);
    if (existing?.investigation_id !== investigationId) throw idTaken();
    const { plan, investigation } = await loadPlan(ctx, trx, input.id, 'view');
    await auditPlan(ctx, trx, 'safety_plan.read', plan);
    return { created: false, plan: await presentPlan(trx, plan, investigation.report_id) };
  };
  if (await repo.findPlan(trx, input.id)) return retried();
  const investigation = await loadInvestigation(ctx, trx, investigationId, 'record');
  const outcomes = await assessmentOutcomes(trx, investigationId);
  if (!outcomes.safetyComplete) {
    throw new Problem('incomplete', 'Complete the safety assessment first. A safety plan is made when its decision is “safe with a plan”.').because(
      'plan_needs_safety',
    );
  }
  // Unsafe children may stay home only under a plan the supervisor approves (federal-standards §4,
  // the v2 closure rules), so "unsafe" may build one too; "safe" has no threat to control.
  if (outcomes.safetyDecision === 'safe') {
    throw new Problem('incomplete', 'The safety assessment’s decision is “safe”. A safety plan is made only when the decision is “safe with a plan”.').because(
      'plan_not_with_plan',
      { decision: 'safe' },
    );
  }
  const open = await repo.findOpenPlanOf(trx, investigationId);
  if (open)
    throw new Problem('conflict', `This investigation already has a safety plan (${open.status.replace('_', ' ')}). Open it to make changes.`).because(
      'plan_exists',
      { status: open.status },
    );
  const people = await repo.findReportPeople(trx, investigation.report_id);
  const actions = checkActions(input.actions, outcomes.threats, people);
  const saved = await repo.insertPlan(trx, {
    id: input.id,
    investigationId,
    safetyAssessmentId: outcomes.safetyAssessmentId,
    language: input.language,
    actions,
    nextReviewOn: input.nextReviewOn ?? null,
    createdBy: ctx.userId,
  });
  if (!saved) return retried();
  const plan = (await repo.findPlan(trx, input.id))!;
  await auditPlan(ctx, trx, 'safety_plan.create', plan, { threats: outcomes.threats.map((t) => t.key) });
  return { created: true, plan: await presentPlan(trx, plan, investigation.report_id) };
}

/** The fields the family agrees to, in a fixed order, so a save that changes nothing is noticed. */
const contentOf = (p: { language: string; nextReviewOn: string | null; actions: SafetyPlanAction[] }) =>
  JSON.stringify([
    p.language,
    p.nextReviewOn,
    p.actions.map((a) => [a.id, a.threat, a.action, a.responsiblePersonId, a.responsibleName, a.responsibleKind, a.monitoring, a.frequency]),
  ]);

/**
 * Saves a draft's content. A real change moves the plan to a new version, so agreements given to
 * the old wording show as "signed an earlier version"; a save that changes nothing keeps them.
 */
export async function updatePlan(ctx: RequestContext, trx: Trx, planId: string, input: UpdatePlanInput) {
  const { plan, investigation } = await loadPlan(ctx, trx, planId, 'record');
  if (plan.status !== 'draft') throw notDraft(plan.status);
  if (plan.version !== input.version) throw conflict('safety plan');
  const threats = await repo.findThreatsOfAssessment(trx, plan.safety_assessment_id);
  const actions = checkActions(input.actions, threats, await repo.findReportPeople(trx, investigation.report_id));
  const next = { language: input.language, nextReviewOn: input.nextReviewOn, actions };
  const changed = contentOf(next) !== contentOf({ language: plan.language, nextReviewOn: plan.next_review_on, actions: plan.actions });
  if (changed) {
    const saved = await repo.changePlan(
      trx,
      plan.id,
      { fromStatus: 'draft', version: input.version },
      { language: input.language, next_review_on: input.nextReviewOn, actions },
      true,
    );
    if (!saved) throw conflict('safety plan');
  }
  await auditPlan(ctx, trx, 'safety_plan.update', plan, { changed });
  return presentPlan(trx, (await repo.findPlan(trx, plan.id))!, investigation.report_id);
}

export const notDraft = (status: string) =>
  new Problem(
    'conflict',
    status === 'active'
      ? 'This safety plan is in force. To change it, record a review that revises it.'
      : status === 'pending_approval'
        ? 'This safety plan is waiting for approval and cannot be changed now.'
        : 'This safety plan has ended and cannot be changed.',
  );
