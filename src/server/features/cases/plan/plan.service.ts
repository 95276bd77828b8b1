import type { Transaction } from 'kysely';
import { diffPlanVersions } from '../../../../domain/case-plan/plan-version-diff.js';
import type { DB } from '../../../db/schema.js';
import { type AuditAction, recordAudit } from '../../../platform/audit.js';
import type { Config } from '../../../platform/config.js';
import { conflict, type FieldProblem, idTaken, notFound, Problem } from '../../../platform/errors.js';
import type { RequestContext } from '../../../platform/request-context.js';
import { requestApproval } from '../../approvals/approvals.request.js';
import { loadCase } from '../cases.service.js';
import { findPeople } from '../cases.repo.js';
import { loadCaseForWork } from '../team/team.service.js';
import { gapMessages } from './plan.gaps.js';
import { needsOfCase, presentPlan, versionedObjectives } from './plan.present.js';
import * as repo from './plan.repo.js';
import type { SavePlanInput } from './plan.schema.js';

type Trx = Transaction<DB>;
type Loaded = Awaited<ReturnType<typeof loadCase>>;

export const auditPlan = (ctx: RequestContext, trx: Trx, action: AuditAction, caseId: string, details: Record<string, unknown>, personIds: string[] = []) =>
  recordAudit(trx, ctx, [{ action, recordType: 'case', recordId: caseId, personIds, details }]);

const editable = (status: string) => status === 'draft' || status === 'returned';

/** One version and its case when the caller may see the case; 404 otherwise, whether or not it exists. */
export async function loadPlan(ctx: RequestContext, trx: Trx, planId: string) {
  const plan = await repo.findPlan(trx, planId);
  if (!plan) throw notFound('case plan');
  // A case out of scope is "no such plan"; anything else (a database failure) stays what it is.
  const loaded = await loadCase(ctx, trx, plan.case_id).catch((error: unknown) => {
    throw error instanceof Problem && error.kind === 'not_found' ? notFound('case plan') : error;
  });
  return { plan, ...loaded };
}

/** The same, for a change: only the case's workers and supervisors, and only while the case is open. */
export async function loadPlanForWork(ctx: RequestContext, trx: Trx, planId: string) {
  const loaded = await loadPlan(ctx, trx, planId);
  await loadCaseForWork(ctx, trx, loaded.plan.case_id, 'the case plan');
  return loaded;
}

/** The latest approved version is the plan in force; only it may be signed again, revised or reviewed. */
const isCurrent = (plan: repo.PlanRow, versions: repo.PlanRow[]) => versions[0]?.id === plan.id;

export async function presentLoaded(trx: Trx, { plan, row, abilities }: Pick<Loaded, 'row' | 'abilities'> & { plan: repo.PlanRow }) {
  const versions = await repo.findVersions(trx, plan.case_id);
  const work = abilities.work && row.status === 'open';
  const latest = isCurrent(plan, versions);
  return presentPlan(trx, plan, row.kind === 'out_of_home', {
    edit: work && editable(plan.status),
    submit: work && editable(plan.status),
    revise: work && latest && plan.status === 'approved',
    sign: work && latest,
    review: work && plan.status === 'approved' && versions.find((v) => v.status === 'approved')?.id === plan.id,
  });
}

/** PLAN-5: every version of the case's plan, newest first (every version is kept). */
export async function listPlans(ctx: RequestContext, trx: Trx, caseId: string) {
  const { row, abilities } = await loadCase(ctx, trx, caseId);
  const versions = await repo.findVersions(trx, caseId);
  await auditPlan(ctx, trx, 'case_plan.list', caseId, { planIds: versions.map((v) => v.id) });
  return {
    items: versions.map((v) => ({
      id: v.id,
      versionNo: v.version_no,
      status: v.status,
      previousId: v.previous_id,
      createdAt: v.created_at,
      decidedAt: v.decided_at,
    })),
    abilities: { start: abilities.work && row.status === 'open' && versions.length === 0 },
  };
}

/** A retried start or revise with the same id answers the draft it made; an id of anything else is taken. */
async function retried(ctx: RequestContext, trx: Trx, id: string, caseId: string) {
  const earlier = await repo.findPlan(trx, id);
  if (!earlier) return null;
  if (earlier.case_id !== caseId) throw idTaken();
  return { created: false, plan: await readPlan(ctx, trx, id) };
}

const openVersionExists = () =>
  new Problem('conflict', 'This case plan already has a version being worked on. Finish that one first.').because('case_plan_open_version');

/** PLAN-1: the first draft of a case's plan. Later versions come from revising the approved one. */
export async function startPlan(ctx: RequestContext, trx: Trx, caseId: string, id: string) {
  await loadCaseForWork(ctx, trx, caseId, 'the case plan');
  const again = await retried(ctx, trx, id, caseId);
  if (again) return again;
  if ((await repo.findVersions(trx, caseId)).length > 0)
    throw new Problem('conflict', 'This case already has a plan; revise the approved version instead.').because('case_plan_exists');
  if (!(await repo.insertPlan(trx, { id, caseId, versionNo: 1, previousId: null, startDate: null, createdBy: ctx.userId }))) {
    const late = await retried(ctx, trx, id, caseId);
    if (late) return late;
    throw openVersionExists();
  }
  await auditPlan(ctx, trx, 'case_plan.create', caseId, { planId: id, versionNo: 1 });
  return { created: true, plan: await readPlan(ctx, trx, id) };
}

export async function readPlan(ctx: RequestContext, trx: Trx, planId: string) {
  const loaded = await loadPlan(ctx, trx, planId);
  const presented = await presentLoaded(trx, loaded);
  await auditPlan(
    ctx,
    trx,
    'case_plan.read',
    loaded.plan.case_id,
    { planId, versionNo: loaded.plan.version_no },
    presented.agreements.map((a) => a.personId),
  );
  return presented;
}

const notEditable = (status: string) =>
  new Problem('conflict', `This version of the plan is ${status}; it cannot change. Revise the approved plan to change it.`).because('case_plan_not_editable', {
    status,
  });

/** People and needs the draft names must be this case's: field-level problems otherwise. */
async function checkReferences(trx: Trx, caseId: string, input: SavePlanInput) {
  const [people, needs] = await Promise.all([findPeople(trx, caseId), needsOfCase(trx, caseId)]);
  const onCase = new Set(people.map((p) => p.person_id));
  const problems: FieldProblem[] = [];
  input.objectives.forEach((o, i) => {
    o.needIds.forEach((n, j) => {
      if (!needs.known.has(n)) problems.push({ path: `objectives.${i}.needIds.${j}`, message: 'Choose a need from the family assessment' });
    });
    o.actionSteps.forEach((s, j) => {
      if (s.responsibleKind === 'participant' && s.responsiblePersonId && !onCase.has(s.responsiblePersonId))
        problems.push({ path: `objectives.${i}.actionSteps.${j}.responsiblePersonId`, message: 'Choose a person on the case' });
    });
  });
  if (problems.length) throw new Problem('validation', 'Some fields need fixing.', problems);
}

/** Saves the whole draft at the version read (stale → 409). A returned version becomes a draft again. */
export async function savePlan(ctx: RequestContext, trx: Trx, planId: string, input: SavePlanInput) {
  const { plan } = await loadPlanForWork(ctx, trx, planId);
  if (!editable(plan.status)) throw notEditable(plan.status);
  await checkReferences(trx, plan.case_id, input);
  if (!(await repo.claimPlan(trx, planId, { version: input.version, from: ['draft', 'returned'] }, { status: 'draft', start_date: input.startDate })))
    throw conflict('case plan');
  await repo.replaceParts(trx, planId, plan.case_id, input);
  await auditPlan(ctx, trx, 'case_plan.update', plan.case_id, { planId, goals: input.goals.length, objectives: input.objectives.length });
  return readPlan(ctx, trx, planId);
}

/**
 * Sends the version to the supervisor (SUP-3) once nothing is missing: 422 lists every gap with its
 * field path (PLAN-1, PLAN-2); otherwise the profile's `case_plan` approval is routed up the chain.
 */
export async function submitPlan(ctx: RequestContext, trx: Trx, config: Config, planId: string, version: number) {
  const loaded = await loadPlanForWork(ctx, trx, planId);
  const { plan, row } = loaded;
  if (!editable(plan.status)) throw notEditable(plan.status);
  if (plan.version !== version) throw conflict('case plan');
  const { gaps } = await presentLoaded(trx, loaded);
  if (gaps.length > 0)
    throw new Problem(
      'incomplete',
      `The case plan is not ready for approval: ${gaps.length} thing(s) to finish.`,
      gaps.map((g) => ({ path: g.path, message: gapMessages[g.code], code: g.code, params: { subjectId: g.subjectId } })),
    ).because('case_plan_incomplete', { count: gaps.length });
  const now = new Date();
  // The content does not change, so its version stays: agreements given to it stay current.
  const claimed = await repo.claimPlan(
    trx,
    planId,
    { version, from: ['draft', 'returned'] },
    { status: 'submitted', submitted_by: ctx.userId, submitted_at: now },
    false,
  );
  if (!claimed) throw conflict('case plan');
  await requestApproval(ctx, trx, config, {
    kind: 'case_plan',
    subjectType: 'case',
    subjectId: plan.case_id,
    orgUnitId: row.org_unit_id,
    payload: { casePlanId: plan.id, versionNo: plan.version_no },
  });
  await auditPlan(ctx, trx, 'case_plan.submit', plan.case_id, { planId, versionNo: plan.version_no });
  return readPlan(ctx, trx, planId);
}

/**
 * PLAN-5: revising the approved plan starts a new draft copied from it, objective keys and all;
 * objectives a progress review found achieved or dropped come across so marked (PLAN-6).
 */
export async function revisePlan(ctx: RequestContext, trx: Trx, planId: string, id: string) {
  const { plan } = await loadPlanForWork(ctx, trx, planId);
  const again = await retried(ctx, trx, id, plan.case_id);
  if (again) return again;
  const versions = await repo.findVersions(trx, plan.case_id);
  if (plan.status !== 'approved' || !isCurrent(plan, versions))
    throw new Problem('conflict', 'Only the latest approved version of the plan can be revised.').because('case_plan_not_current');
  const versionNo = plan.version_no + 1;
  if (!(await repo.insertPlan(trx, { id, caseId: plan.case_id, versionNo, previousId: plan.id, startDate: plan.start_date, createdBy: ctx.userId }))) {
    const late = await retried(ctx, trx, id, plan.case_id);
    if (late) return late;
    throw openVersionExists();
  }
  await repo.copyParts(trx, plan.id, id);
  const ratings = (await repo.findReviews(trx, [plan.id])).flatMap((r) => r.ratings);
  await repo.setObjectiveStatus(
    trx,
    id,
    ratings.filter((r) => r.outcome === 'achieved').map((r) => r.objective_key),
    'achieved',
  );
  await repo.setObjectiveStatus(
    trx,
    id,
    ratings.filter((r) => r.outcome === 'drop').map((r) => r.objective_key),
    'dropped',
  );
  await auditPlan(ctx, trx, 'case_plan.create', plan.case_id, { planId: id, versionNo, copiedFrom: plan.id });
  return { created: true, plan: await readPlan(ctx, trx, id) };
}

/** PLAN-5: what changed from another version of the same case's plan (by default the one it revised). */
export async function diffPlans(ctx: RequestContext, trx: Trx, planId: string, againstId: string | undefined) {
  const { plan } = await loadPlan(ctx, trx, planId);
  const fromId = againstId ?? plan.previous_id;
  const from = fromId ? await repo.findPlan(trx, fromId) : undefined;
  if (!fromId || !from || from.case_id !== plan.case_id) throw notFound('case plan version');
  const [before, after] = await Promise.all([repo.findParts(trx, from.id), repo.findParts(trx, plan.id)]);
  await auditPlan(ctx, trx, 'case_plan.diff', plan.case_id, { planIds: [from.id, plan.id] });
  return {
    from: { id: from.id, versionNo: from.version_no },
    to: { id: plan.id, versionNo: plan.version_no },
    ...diffPlanVersions(versionedObjectives(before), versionedObjectives(after)),
  };
}
