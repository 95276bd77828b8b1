import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { recordAudit } from '../../platform/audit.js';
import type { z } from 'zod';
import { conflict, notFound, Problem } from '../../platform/errors.js';
import { hasRole, type RequestContext } from '../../platform/request-context.js';
import type { TransferCaseInput, teamCasesQuery } from './cases.schema.js';
import { assessmentOutcomes } from '../investigations/assessments/assessment-outcomes.js';
import { summaryOf } from '../safety-plans/safety-plans.present.js';
import { type CaseAccessFacts, caseAbilities, canSeeCase } from './cases.policy.js';
import * as repo from './cases.repo.js';

type Trx = Transaction<DB>;

export const presentCaseItem = (c: Awaited<ReturnType<typeof repo.findMyCases>>[number]) => ({
  id: c.id,
  number: c.number,
  kind: c.kind,
  openedAt: c.opened_at,
  childNames: c.child_names,
  workerId: c.worker_id,
  workerName: c.worker_name,
  nextDueAt: c.next_due_at,
  overdueCount: c.overdue_count,
});

/** A case the user may see, with its access facts; anything else is a 404 (PLAT-1). */
export async function loadCase(ctx: RequestContext, trx: Trx, id: string) {
  const row = await repo.findCase(trx, id);
  const facts: CaseAccessFacts | null = row
    ? { orgUnitId: row.org_unit_id, assignedUserIds: row.assigned_user_ids, collaboratorIds: row.collaborator_ids }
    : null;
  if (!row || !facts || !canSeeCase(ctx, facts)) throw notFound('case');
  return { row, facts, abilities: caseAbilities(ctx, facts) };
}

/** The caseworker's open cases (INV-7: where an approved decision sent the family). */
export async function listMyCases(ctx: RequestContext, trx: Trx) {
  const rows = await repo.findMyCases(trx, ctx.userId);
  if (rows.length) await recordAudit(trx, ctx, [{ action: 'case.list', recordType: 'case', details: { list: 'mine', caseIds: rows.map((r) => r.id) } }]);
  return { items: rows.map(presentCaseItem) };
}

/**
 * One case (INV-7): its workers, people and how they are related, the investigation it came from
 * with what the safety and risk assessments concluded, and the safety plans carried across.
 */
export async function readCase(ctx: RequestContext, trx: Trx, id: string) {
  const { row, abilities } = await loadCase(ctx, trx, id);
  const [workers, history, people, plans, outcomes] = await Promise.all([
    repo.findWorkers(trx, id),
    repo.findAssignmentHistory(trx, id),
    repo.findPeople(trx, id),
    repo.findCasePlans(trx, id),
    row.investigation_id ? assessmentOutcomes(trx, row.investigation_id) : Promise.resolve(null),
  ]);
  const relationships = await repo.findRelationships(
    trx,
    people.map((p) => p.person_id),
  );
  await recordAudit(trx, ctx, [{ action: 'case.read', recordType: 'case', recordId: id, personIds: people.map((p) => p.person_id) }]);
  return {
    id: row.id,
    number: row.number,
    kind: row.kind,
    status: row.status,
    openedAt: row.opened_at,
    orgUnitName: row.org_unit_name,
    version: row.version,
    workers: workers.map((w) => ({ name: w.name, role: w.role })),
    assignmentHistory: history.map((a) => ({ name: a.name, role: a.role, startedAt: a.started_at, endedAt: a.ended_at, reason: a.reason })),
    abilities,
    people: people.map((p) => ({ personId: p.person_id, name: `${p.first_name} ${p.last_name}`, role: p.role, dateOfBirth: p.date_of_birth })),
    relationships: relationships.map((r) => ({ personName: r.person_name, relatedPersonName: r.related_person_name, kind: r.kind })),
    investigation: row.investigation_id ? { id: row.investigation_id, number: row.investigation_number, decision: row.investigation_decision } : null,
    safetyDecision: outcomes?.safetyDecision ?? null,
    riskLevel: outcomes?.riskLevel ?? null,
    safetyPlans: plans.map(summaryOf),
  };
}

/** Units the reader is over as a supervisor or program manager: where "Team cases" looks. */
const supervisedUnits = (ctx: RequestContext) => (hasRole(ctx, 'supervisor', 'program_manager') ? ctx.scopeUnitIds : []);

/** A supervisor's team cases, filtered and sorted by what is due next, with the unit's caseworkers. */
export async function listTeamCases(ctx: RequestContext, trx: Trx, query: z.infer<typeof teamCasesQuery>) {
  const unitIds = supervisedUnits(ctx);
  const [rows, workers] = await Promise.all([repo.findTeamCases(trx, { unitIds, ...query }), repo.findTransferTargets(trx, unitIds)]);
  if (rows.length) await recordAudit(trx, ctx, [{ action: 'case.list', recordType: 'case', details: { list: 'team', caseIds: rows.map((r) => r.id) } }]);
  return { items: rows.map(presentCaseItem), workers: workers.map((w) => ({ id: w.id, name: w.display_name, unitName: w.org_unit_name })) };
}

/**
 * A supervisor transfers a case to another caseworker in a unit they are over: the old assignment
 * ends with the reason (history kept), the new one starts, and the case's open tasks follow.
 */
export async function transferCase(ctx: RequestContext, trx: Trx, id: string, input: TransferCaseInput) {
  const { row, abilities } = await loadCase(ctx, trx, id);
  if (!abilities.transfer) throw new Problem('forbidden_action', 'Only a supervisor over the case’s unit can transfer it.');
  if (row.status !== 'open') throw new Problem('conflict', 'The case is closed.').because('case_closed');
  const target = (await repo.findTransferTargets(trx, supervisedUnits(ctx))).find((w) => w.id === input.toUserId);
  if (!target)
    throw new Problem('validation', 'That person is not a caseworker in a unit you supervise.', [
      { path: 'toUserId', message: 'Choose a caseworker from the list' },
    ]).because('not_a_caseworker');
  const current = await repo.findPrimaryAssignment(trx, id);
  if (current?.user_id === target.id)
    throw new Problem('validation', `${target.display_name} already has this case.`, [{ path: 'toUserId', message: 'Choose another caseworker' }]).because(
      'already_assigned',
    );
  const moved = await repo.transferCase(trx, {
    caseId: id,
    version: input.version,
    fromAssignmentId: current?.id ?? null,
    fromUserId: current?.user_id ?? null,
    toUserId: target.id,
    toUnitId: target.org_unit_id,
    reason: input.reason,
    by: ctx.userId,
  });
  if (!moved) throw conflict('case');
  await recordAudit(trx, ctx, [
    {
      action: 'case.transfer',
      recordType: 'case',
      recordId: id,
      details: { fromUserId: current?.user_id ?? null, toUserId: target.id, toUnitId: target.org_unit_id, reason: input.reason, tasksMoved: moved.tasksMoved },
    },
  ]);
  return { caseId: id, workerName: target.display_name, tasksMoved: moved.tasksMoved.length, version: moved.version };
}
