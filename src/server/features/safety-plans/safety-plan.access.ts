import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { notFound, Problem } from '../../platform/errors.js';
import { hasRole, type RequestContext } from '../../platform/request-context.js';
import { loadInvestigation, mayRecordOn } from '../investigations/investigation-access.js';
import { findCaseFacts, findPlan } from './safety-plans.repo.js';

type Trx = Transaction<DB>;

/** view: read it; record: change its content or agreement; review: record a review of a plan in force. */
export type PlanAction = 'view' | 'record' | 'review';

/**
 * Loads a safety plan with its investigation, checking what the user may do (INV-4, PLAT-1).
 * A plan is visible exactly when its investigation is (404 otherwise, here and in RLS). Changes
 * follow the investigation's "may record" rule; once the investigation has closed and the plan
 * went on with a case, the case's workers and their supervisor carry it instead — they review it,
 * and revise it when a review says so.
 */
export async function loadPlan(ctx: RequestContext, trx: Trx, planId: string, action: PlanAction) {
  const plan = await findPlan(trx, planId);
  if (!plan) throw notFound('safety plan');
  const investigation = await loadInvestigation(ctx, trx, plan.investigation_id, 'view');
  if (action === 'view') return { plan, investigation };

  const worksInvestigation = mayRecordOn(ctx, investigation);
  const worksCase = plan.case_id ? await worksOnCase(ctx, trx, plan.case_id) : false;

  if (action === 'review') {
    if (!worksInvestigation && !worksCase)
      throw new Problem('forbidden_action', 'Only the investigator, the case’s workers or their supervisor can review this safety plan.').because(
        'plan_review_forbidden',
      );
    return { plan, investigation };
  }
  if (investigation.status === 'open') return { plan, investigation: await loadInvestigation(ctx, trx, plan.investigation_id, 'record') };
  if (worksCase) return { plan, investigation };
  // The investigation is closed and the plan has no case this user works: the usual answer.
  return { plan, investigation: await loadInvestigation(ctx, trx, plan.investigation_id, 'record') };
}

export type LoadedPlan = Awaited<ReturnType<typeof loadPlan>>;

async function worksOnCase(ctx: RequestContext, trx: Trx, caseId: string) {
  const facts = await findCaseFacts(trx, caseId);
  if (facts?.status !== 'open') return false;
  return facts.worker_ids.includes(ctx.userId) || (hasRole(ctx, 'supervisor', 'program_manager') && ctx.scopeUnitIds.includes(facts.org_unit_id));
}
