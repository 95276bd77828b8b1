import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { caseWorkerIdsOf, collaboratorIdsOf } from '../../db/access-facts.js';
import { canSeeReport } from '../../platform/access.js';
import { notFound, Problem } from '../../platform/errors.js';
import { hasRole, type RequestContext } from '../../platform/request-context.js';

type Trx = Transaction<DB>;

export type InvestigationAction = 'view' | 'record';

/** The access facts an investigation row carries (see `collaboratorIdsOf`, `caseWorkerIdsOf`). */
export interface InvestigationAccessFacts {
  screener_id: string;
  report_unit_id: string;
  report_collaborator_ids: string[];
  investigator_id: string | null;
  org_unit_id: string;
  collaborator_ids: string[];
  case_worker_ids: string[];
}

/** Need to know (PLAT-1): the same rule as reading the investigation's report. */
export function canSeeInvestigation(ctx: RequestContext, row: InvestigationAccessFacts): boolean {
  return canSeeReport(ctx, {
    screenerId: row.screener_id,
    orgUnitId: row.report_unit_id,
    collaboratorIds: row.report_collaborator_ids,
    investigation: { investigatorId: row.investigator_id, orgUnitId: row.org_unit_id, collaboratorIds: row.collaborator_ids, caseWorkerIds: row.case_worker_ids },
  });
}

/** Who may record on an investigation: its investigator, a collaborator, a supervisor or manager over the unit. */
export function mayRecordOn(ctx: RequestContext, row: Pick<InvestigationAccessFacts, 'investigator_id' | 'collaborator_ids' | 'org_unit_id'>): boolean {
  return (
    row.investigator_id === ctx.userId ||
    row.collaborator_ids.includes(ctx.userId) ||
    (hasRole(ctx, 'supervisor', 'program_manager') && ctx.scopeUnitIds.includes(row.org_unit_id))
  );
}

/**
 * Loads an investigation for one of its parts (contacts, assessments, plans, findings, decision).
 * Out of scope is 404 (PLAT-1), checked here and again by RLS. Recording needs the assigned
 * investigator, a collaborator or a supervisor/manager over the unit, and an open investigation.
 */
export async function loadInvestigation(ctx: RequestContext, trx: Trx, id: string, action: InvestigationAction) {
  const row = await trx
    .selectFrom('investigation as i')
    .innerJoin('report as r', 'r.id', 'i.report_id')
    .select([
      'i.id', 'i.number', 'i.report_id', 'i.track', 'i.status', 'i.org_unit_id', 'i.investigator_id', 'i.version', 'i.case_id',
      'i.decision', 'i.decision_status', 'r.received_at', 'r.screener_id', 'r.org_unit_id as report_unit_id',
    ])
    .select([collaboratorIdsOf('investigation', 'i.id').as('collaborator_ids'), collaboratorIdsOf('report', 'i.report_id').as('report_collaborator_ids'), caseWorkerIdsOf('i.id').as('case_worker_ids')])
    .where('i.id', '=', id)
    .executeTakeFirst();
  if (!row || !canSeeInvestigation(ctx, row)) throw notFound('investigation');
  if (action === 'record') {
    if (!mayRecordOn(ctx, row)) throw new Problem('forbidden_action', 'Only the assigned investigator, a collaborator or their supervisor can record on this investigation.');
    if (row.status !== 'open') throw new Problem('conflict', 'This investigation is closed; its record can be read but not changed.');
  }
  return row;
}

export type InvestigationRow = Awaited<ReturnType<typeof loadInvestigation>>;
