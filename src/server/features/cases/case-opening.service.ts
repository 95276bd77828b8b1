import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { isChildInHome } from '../../../domain/investigation/household.js';
import { localDateOf } from '../../../domain/time/agency-calendar.js';
import { calendarOf } from '../../../domain/work/plan.js';
import type { DB } from '../../db/schema.js';
import { recordAudit } from '../../platform/audit.js';
import type { Config } from '../../platform/config.js';
import { Problem } from '../../platform/errors.js';
import type { RequestContext } from '../../platform/request-context.js';
import { profileAt } from '../profile/profile.service.js';
import { recordEvent } from '../work/work.engine.js';
import * as repo from './case-opening.repo.js';

type Trx = Transaction<DB>;

export interface CaseOpening {
  investigation: { id: string; number: string; orgUnitId: string; reportId: string };
  kind: 'in_home' | 'out_of_home';
  /** The approver's choice; otherwise the least-loaded caseworker in the ongoing unit. */
  caseworkerId?: string | undefined;
}

async function chooseCaseworker(trx: Trx, unitId: string, requested: string | undefined) {
  const workloads = await repo.findCaseworkerWorkloads(trx, unitId);
  if (requested) {
    if (!workloads.some((w) => w.user_id === requested)) {
      throw new Problem('validation', 'That caseworker is not in the ongoing services unit for this office.', [
        { path: 'caseworkerId', message: 'Choose a caseworker from the ongoing services unit' },
      ]);
    }
    return requested;
  }
  const least = workloads[0];
  if (!least)
    throw new Problem('incomplete', 'The ongoing services unit has no caseworker to take the case. Ask an administrator to add one.').because('no_caseworker');
  return least.user_id;
}

/**
 * INV-7: an approved "open a case" decision opens the family's case in the office's ongoing unit,
 * assigned to a caseworker, with everyone on the report as a participant and the active safety
 * plans carried across; `case.opened` tells the work engine. All in the approval's transaction.
 */
export async function openCaseFromInvestigation(ctx: RequestContext, trx: Trx, config: Config, opening: CaseOpening) {
  const unit = await repo.findOngoingUnitFor(trx, opening.investigation.orgUnitId);
  if (!unit)
    throw new Problem(
      'incomplete',
      'No ongoing services unit is set up for this office, so the case cannot be opened. Ask an administrator to add one.',
    ).because('no_ongoing_unit');
  const caseworkerId = await chooseCaseworker(trx, unit.id, opening.caseworkerId);
  const now = new Date();
  const caseId = randomUUID();
  const number = await repo.nextCaseNumber(trx);
  await repo.insertCase(trx, { id: caseId, number, kind: opening.kind, orgUnitId: unit.id, investigationId: opening.investigation.id, createdBy: ctx.userId });
  await repo.insertAssignment(trx, caseId, caseworkerId);

  const people = await repo.findReportPeople(trx, opening.investigation.reportId);
  const unique = [...new Map(people.map((p) => [p.person_id, p])).values()];
  await repo.insertParticipants(
    trx,
    caseId,
    unique.map((p) => ({ personId: p.person_id, role: p.role })),
  );
  const plansCarried = await repo.carrySafetyPlans(trx, opening.investigation.id, caseId);
  await trx.updateTable('investigation').set({ case_id: caseId }).where('id', '=', opening.investigation.id).execute();

  const today = localDateOf(calendarOf(await profileAt(trx, config, now)), now);
  const children = unique
    .filter((p) =>
      isChildInHome({ role: p.role, dateOfBirth: p.date_of_birth, approximateAge: p.approximate_age, livesInHousehold: p.lives_in_household }, today),
    )
    .map((p) => p.person_id);
  await recordAudit(trx, ctx, [
    {
      action: 'case.create',
      recordType: 'case',
      recordId: caseId,
      personIds: unique.map((p) => p.person_id),
      details: { number, kind: opening.kind, orgUnitId: unit.id, caseworkerId, investigationId: opening.investigation.id, safetyPlansCarried: plansCarried },
    },
  ]);
  await recordEvent(ctx, trx, config, {
    type: 'case.opened',
    subjectType: 'case',
    subjectId: caseId,
    occurredAt: now,
    payload: { caseType: opening.kind, children },
  });
  return { caseId, caseNumber: number, caseworkerId, orgUnitName: unit.name };
}

/**
 * The case an approved placement already opened (INV-3, OOH-1) stays the family's case when the
 * decision is approved: the plans approved since then go across to it too; no second case opens.
 */
export async function carryIntoOpenedCase(ctx: RequestContext, trx: Trx, investigationId: string, caseId: string) {
  const plansCarried = await repo.carrySafetyPlans(trx, investigationId, caseId);
  await recordAudit(trx, ctx, [
    { action: 'case.update', recordType: 'case', recordId: caseId, details: { investigationId, safetyPlansCarried: plansCarried } },
  ]);
  return { caseId, caseNumber: await repo.findCaseNumber(trx, caseId), caseworkerId: null };
}
