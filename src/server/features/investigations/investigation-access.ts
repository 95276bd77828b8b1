import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { caseWorkerIdsOf, collaboratorIdsOf } from '../../db/access-facts.js';
import { canSeeInvestigation as canSeeInvestigationLink } from '../../platform/access.js';
import { notFound, Problem } from '../../platform/errors.js';
import { hasRole, type RequestContext } from '../../platform/request-context.js';

type Trx = Transaction<DB>;

export type InvestigationAction = 'view' | 'record';

/** The access facts an investigation row carries (see `collaboratorIdsOf`, `caseWorkerIdsOf`). */
export interface InvestigationAccessFacts {
  investigator_id: string | null;
  org_unit_id: string;
  collaborator_ids: string[];
  case_worker_ids: string[];
}

/**
 * Need to know (PLAT-1): the investigator, collaborators, scope over the investigation's unit and
 * the workers of a case opened from it — not the report's screener or intake unit (docs/security.md).
 */
export function canSeeInvestigation(ctx: RequestContext, row: InvestigationAccessFacts): boolean {
  return canSeeInvestigationLink(ctx, {
    investigatorId: row.investigator_id,
    orgUnitId: row.org_unit_id,
    collaboratorIds: row.collaborator_ids,
    caseWorkerIds: row.case_worker_ids,
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
      'i.id',
      'i.number',
      'i.report_id',
      'i.track',
      'i.status',
      'i.org_unit_id',
      'i.investigator_id',
      'i.version',
      'i.case_id',
      'i.decision',
      'i.decision_status',
      'r.received_at',
    ])
    .select([collaboratorIdsOf('investigation', 'i.id').as('collaborator_ids'), caseWorkerIdsOf('i.id').as('case_worker_ids')])
    .where('i.id', '=', id)
    .executeTakeFirst();
  // Out of scope — the hotline included — is 404 for reads and writes alike, never 403.
  if (!row || !canSeeInvestigation(ctx, row)) throw notFound('investigation');
  if (action === 'record') {
    if (!mayRecordOn(ctx, row))
      throw new Problem('forbidden_action', 'Only the assigned investigator, a collaborator or their supervisor can record on this investigation.').because(
        'investigation_record_forbidden',
      );
    if (row.status !== 'open')
      throw new Problem('conflict', 'This investigation is closed; its record can be read but not changed.').because('investigation_closed');
  }
  return row;
}

export type InvestigationRow = Awaited<ReturnType<typeof loadInvestigation>>;
