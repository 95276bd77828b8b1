import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { canSeeReport } from '../../platform/access.js';
import { recordAudit } from '../../platform/audit.js';
import { notFound } from '../../platform/errors.js';
import type { RequestContext } from '../../platform/request-context.js';
import { findInvestigationDetail } from './investigations.repo.js';

type Trx = Transaction<DB>;

export async function readInvestigation(ctx: RequestContext, trx: Trx, id: string) {
  const row = await findInvestigationDetail(trx, id);
  const visible =
    row &&
    canSeeReport(ctx, {
      screenerId: row.screener_id,
      orgUnitId: row.report_unit_id,
      collaboratorIds: row.report_collaborator_ids,
      investigation: { investigatorId: row.investigator_id, orgUnitId: row.org_unit_id, collaboratorIds: row.collaborator_ids, caseWorkerIds: row.case_worker_ids },
    });
  if (!row || !visible) throw notFound('investigation');
  await recordAudit(trx, ctx, [
    { action: 'investigation.read', recordType: 'investigation', recordId: id, personIds: row.participants.map((p) => p.person_id) },
  ]);
  return {
    id: row.id,
    number: row.number,
    track: row.track,
    status: row.status,
    orgUnitName: row.org_unit_name,
    investigatorName: row.investigator_name,
    responsePriority: row.response_priority,
    responseDueAt: row.response_due_at,
    assignedAt: row.assigned_at,
    report: { id: row.report_id, number: row.report_number, receivedAt: row.received_at, narrative: row.narrative },
    children: row.participants
      .filter((p) => p.role === 'alleged_victim')
      .map((p) => ({ personId: p.person_id, firstName: p.first_name, lastName: p.last_name, dateOfBirth: p.date_of_birth })),
    allegations: row.allegations.map((a) => ({ victimName: a.victim_name, perpetratorName: a.perpetrator_name, maltreatmentType: a.maltreatment_type })),
  };
}
