import { type Actor, canSeeInvestigation } from '../../platform/access.js';
import { abilitiesFor, type ReportPolicyFacts, reportRules } from './reports.policy.js';
import type { ReportDetailRow } from './reports.repo.js';

/** The policy's view of a loaded report. */
export function factsOf(row: ReportDetailRow): ReportPolicyFacts {
  const inv = row.investigation;
  return {
    status: row.status,
    screenerId: row.screener_id,
    orgUnitId: row.org_unit_id,
    collaboratorIds: row.collaborator_ids ?? [],
    investigation: inv
      ? {
          investigatorId: inv.investigator_id,
          orgUnitId: inv.org_unit_id,
          collaboratorIds: inv.collaborator_ids ?? [],
          caseWorkerIds: inv.case_worker_ids ?? [],
        }
      : null,
  };
}

/** Maps a report row to what the API returns; the reporter block only for roles that may see it. */
export function presentReport(actor: Actor, row: ReportDetailRow) {
  const facts = factsOf(row);
  const showReporter = reportRules.viewReporter(actor, facts);
  const reporter = showReporter && row.reporter ? row.reporter : null;
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    version: row.version,
    receivedAt: row.received_at,
    channel: row.channel,
    narrative: row.narrative,
    orgUnit: { id: row.org_unit_id, name: row.org_unit_name },
    screener: { id: row.screener_id, displayName: row.screener_name },
    reporter: reporter && {
      reporterType: reporter.reporter_type,
      mandated: reporter.mandated,
      anonymous: reporter.anonymous,
      name: reporter.name,
      phone: reporter.phone,
      email: reporter.email,
      relationshipToFamily: reporter.relationship_to_family,
    },
    reporterHidden: !showReporter,
    participants: row.participants.map((p) => ({
      id: p.id,
      personId: p.person_id,
      role: p.role,
      parentType: p.parent_type,
      livesInHousehold: p.lives_in_household,
      person: { firstName: p.first_name, lastName: p.last_name, dateOfBirth: p.date_of_birth, approximateAge: p.approximate_age, sex: p.sex },
    })),
    relationships: row.relationships.map((r) => ({ id: r.id, personId: r.person_id, relatedPersonId: r.related_person_id, kind: r.kind })),
    allegations: row.allegations.map((a) => ({
      id: a.id,
      victimPersonId: a.victim_person_id,
      perpetratorPersonId: a.perpetrator_person_id,
      maltreatmentType: a.maltreatment_type,
      description: a.description,
    })),
    decision: row.decision,
    responsePriority: row.response_priority,
    decisionRationale: row.decision_rationale,
    communityReferral: row.community_referral,
    submittedAt: row.submitted_at,
    decidedAt: row.decided_at,
    reviews: row.reviews.map((r) => ({ action: r.action, comment: r.comment, reviewerName: r.reviewer_name, createdAt: r.created_at })),
    investigation: presentInvestigationSummary(actor, row),
    abilities: abilitiesFor(actor, facts),
  };
}

/**
 * The report's view of its investigation (PLAT-1): to every reader of the report, only that it
 * exists — number, status, unit and final disposition. Its assignee and clock, and the link to open
 * it, only for those who may read the investigation itself.
 */
function presentInvestigationSummary(actor: Actor, row: ReportDetailRow) {
  const summary = row.investigation_summary;
  if (!summary) return null;
  const facts = factsOf(row).investigation;
  const canOpen = facts !== null && canSeeInvestigation(actor, facts);
  return {
    id: summary.id,
    number: summary.number,
    status: summary.status,
    orgUnitName: summary.org_unit_name,
    disposition: summary.disposition,
    abilities: { open: canOpen },
    investigatorName: canOpen ? row.investigation!.investigator_name : null,
    responseDueAt: canOpen ? row.investigation!.response_due_at : null,
  };
}

export const personIdsOf = (row: ReportDetailRow) => row.participants.map((p) => p.person_id);
