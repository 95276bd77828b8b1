import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { recordAudit } from '../../platform/audit.js';
import { notFound } from '../../platform/errors.js';
import type { RequestContext } from '../../platform/request-context.js';
import { assessmentOutcomes } from '../investigations/assessments/assessment-outcomes.js';
import { summaryOf } from '../safety-plans/safety-plans.present.js';
import { canSeeCase } from './cases.policy.js';
import * as repo from './cases.repo.js';

type Trx = Transaction<DB>;

export const presentCaseItem = (c: Awaited<ReturnType<typeof repo.findMyCases>>[number]) => ({
  id: c.id,
  number: c.number,
  kind: c.kind,
  openedAt: c.opened_at,
  childNames: c.child_names,
});

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
  const row = await repo.findCase(trx, id);
  if (!row || !canSeeCase(ctx, { orgUnitId: row.org_unit_id, assignedUserIds: row.assigned_user_ids, collaboratorIds: row.collaborator_ids }))
    throw notFound('case');
  const [workers, people, plans, outcomes] = await Promise.all([
    repo.findWorkers(trx, id),
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
    workers: workers.map((w) => ({ name: w.name, role: w.role })),
    people: people.map((p) => ({ personId: p.person_id, name: `${p.first_name} ${p.last_name}`, role: p.role, dateOfBirth: p.date_of_birth })),
    relationships: relationships.map((r) => ({ personName: r.person_name, relatedPersonName: r.related_person_name, kind: r.kind })),
    investigation: row.investigation_id ? { id: row.investigation_id, number: row.investigation_number, decision: row.investigation_decision } : null,
    safetyDecision: outcomes?.safetyDecision ?? null,
    riskLevel: outcomes?.riskLevel ?? null,
    safetyPlans: plans.map(summaryOf),
  };
}
