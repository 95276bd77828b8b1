import type { Transaction } from 'kysely';
import { isChildInHome } from '../../../domain/investigation/household.js';
import { localDateOf } from '../../../domain/time/agency-calendar.js';
import { calendarOf } from '../../../domain/work/plan.js';
import type { DB } from '../../db/schema.js';
import { recordAudit } from '../../platform/audit.js';
import type { Config } from '../../platform/config.js';
import { notFound } from '../../platform/errors.js';
import type { RequestContext } from '../../platform/request-context.js';
import { canSeeInvestigation, mayRecordOn } from './investigation-access.js';
import { profileAt } from '../profile/profile.service.js';
import { findInvestigationDetail, findOpenInvestigationsSharing, findPriorHistory } from './investigations.repo.js';

type Trx = Transaction<DB>;

/**
 * The investigator's workspace (INV-1, INV-8): the investigation with its clocks, the household
 * (every child in the home marked), the allegations, the family's prior history and the decision.
 */
export async function readInvestigation(ctx: RequestContext, trx: Trx, config: Pick<Config, 'HEARTH_PROFILE'>, id: string) {
  const row = await findInvestigationDetail(trx, id);
  if (!row || !canSeeInvestigation(ctx, row)) throw notFound('investigation');
  const personIds = row.participants.map((p) => p.person_id);
  const [priorHistory, profile, sharing] = await Promise.all([
    findPriorHistory(trx, id),
    profileAt(trx, config, new Date()),
    findOpenInvestigationsSharing(trx, row.report_id, id),
  ]);
  const today = localDateOf(calendarOf(profile), new Date());
  await recordAudit(trx, ctx, [
    { action: 'investigation.read', recordType: 'investigation', recordId: id, personIds, details: { priorHistory: priorHistory.map((r) => r.report_id) } },
  ]);
  const mayRecord = row.status === 'open' && mayRecordOn(ctx, row);
  return {
    id: row.id,
    number: row.number,
    track: row.track,
    status: row.status,
    version: row.version,
    abilities: { record: mayRecord },
    orgUnitName: row.org_unit_name,
    investigatorName: row.investigator_name,
    responsePriority: row.response_priority,
    responseDueAt: row.response_due_at,
    completionDueAt: row.completion_due_at,
    assignedAt: row.assigned_at,
    report: { id: row.report_id, number: row.report_number, receivedAt: row.received_at, narrative: row.narrative },
    children: row.participants
      .filter((p) => p.role === 'alleged_victim')
      .map((p) => ({ personId: p.person_id, firstName: p.first_name, lastName: p.last_name, dateOfBirth: p.date_of_birth })),
    household: row.participants.map((p) => ({
      personId: p.person_id,
      firstName: p.first_name,
      lastName: p.last_name,
      dateOfBirth: p.date_of_birth,
      role: p.role,
      parentType: p.parent_type,
      livesInHousehold: p.lives_in_household,
      isChild: isChildInHome({ role: p.role, dateOfBirth: p.date_of_birth, approximateAge: p.approximate_age, livesInHousehold: p.lives_in_household }, today),
    })),
    allegations: row.allegations.map((a) => ({
      id: a.id,
      victimPersonId: a.victim_person_id,
      victimName: a.victim_name,
      perpetratorName: a.perpetrator_name,
      maltreatmentType: a.maltreatment_type,
    })),
    priorHistory: priorHistory.map((r) => ({
      reportId: r.report_id,
      reportNumber: r.number,
      receivedAt: r.received_at,
      decision: r.decision,
      status: r.status,
      personNames: row.participants
        .filter((p) => r.person_ids.includes(p.person_id))
        .map((p) => `${p.first_name} ${p.last_name}`)
        .sort(),
      abilities: { open: r.visible },
    })),
    // Item 10: the same children in another open investigation, linked when this one opened.
    openInvestigationsSharing: sharing.map((i) => ({
      investigationId: i.investigation_id,
      number: i.number,
      unitName: i.org_unit_name,
      personNames: row.participants
        .filter((p) => i.person_ids.includes(p.person_id))
        .map((p) => `${p.first_name} ${p.last_name}`)
        .sort(),
      abilities: { open: i.visible },
    })),
    decision:
      row.decision || row.decision_status
        ? {
            decision: row.decision,
            status: row.decision_status,
            reason: row.decision_reason,
            communityReferral: row.community_referral,
            caseId: row.case_id,
            caseNumber: row.case_number,
          }
        : null,
  };
}
