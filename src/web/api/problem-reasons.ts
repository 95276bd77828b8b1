/**
 * The server's problem reasons (`reason` on every problem, named by `.because(...)` in
 * src/server/features) in the user's words (PLAT-6): one table, one entry per reason. A reason with
 * no entry shows the server's English `detail`, so nothing is ever hidden; problem-text.test.ts
 * checks that every reason the server names is either here or listed as "the detail is enough".
 */
import type { MessageKey } from '../i18n/en';
import { localeFor, type Params } from '../i18n/translate';
import { formatCalendarDate } from '../lib/date-time';
import type { ProblemParams } from './client';
import type { ProblemWords } from './problem-text';

export interface ReasonText {
  /** A message key, or a plural message's base key (with `count`). */
  key: MessageKey | 'problem.detail.locked';
  /** The message's values, from the problem's `params`. */
  params?: (params: ProblemParams, words: ProblemWords) => Params;
  /** For a plural message (`words.tp`): the count. */
  count?: (params: ProblemParams) => number;
}

/** A calendar date the server sent as 2026-12-01, in the reader's language. */
export const dateIn = (iso: unknown, words: ProblemWords) => formatCalendarDate(String(iso ?? ''), localeFor(words.language));

const planStatuses = ['draft', 'pending_approval', 'active', 'ended'];
const planStatus = (status: unknown, words: ProblemWords) =>
  planStatuses.includes(String(status)) ? words.t(`plans.status.${String(status)}` as 'plans.status.draft') : String(status ?? '');

export const reasonTexts: Record<string, ReasonText> = {
  // Sign-in and sessions.
  wrong_password: { key: 'problem.detail.wrongPassword' },
  session_ended: { key: 'problem.detail.sessionEnded' },
  sign_in_required: { key: 'problem.detail.signInToContinue' },
  account_locked: { key: 'problem.detail.locked', count: (p) => Number(p.minutes) },
  // Who may do what.
  audit_administrators_only: { key: 'problem.detail.forbiddenAudit' },
  people_search_forbidden: { key: 'problem.detail.forbiddenSearchPeople' },
  people_create_forbidden: { key: 'problem.detail.forbiddenCreatePeople' },
  people_edit_forbidden: { key: 'problem.person.editForbidden' },
  people_merge_forbidden: { key: 'problem.merge.forbidden' },
  people_unmerge_forbidden: { key: 'problem.merge.undoForbidden' },
  merge_shared_record: { key: 'problem.merge.sharedRecord', params: (p) => ({ records: String(p.records ?? '') }) },
  merge_already_merged: { key: 'problem.merge.alreadyMerged' },
  merge_survivor_merged: { key: 'problem.merge.survivorMerged' },
  merge_cannot_combine: { key: 'problem.merge.cannotCombine' },
  merge_already_undone: { key: 'problem.merge.alreadyUndone' },
  merge_changed_since: { key: 'problem.merge.changedSince' },
  merged_record: { key: 'problem.merge.mergedRecord' },
  report_create_forbidden: { key: 'problem.detail.forbiddenCreateReport' },
  report_not_editable: { key: 'problem.detail.forbiddenReportStatus', params: (p, words) => ({ status: words.tc('reportStatus', String(p.status)) }) },
  report_decide_forbidden: { key: 'problem.detail.forbiddenDecide' },
  report_action_forbidden: { key: 'problem.detail.forbiddenReport' },
  profile_administrators_only: { key: 'problem.detail.forbiddenProfile' },
  own_approval: { key: 'problem.detail.forbiddenOwnApproval' },
  approval_not_yours: { key: 'problem.detail.forbiddenApproval' },
  absence_for_others_forbidden: { key: 'problem.detail.forbiddenAbsence' },
  investigation_record_forbidden: { key: 'problem.inv.forbiddenRecord' },
  plan_review_forbidden: { key: 'problem.plan.forbiddenReview' },
  unit_report_forbidden: { key: 'problem.inv.forbiddenUnitReport' },
  // Intake.
  submit_incomplete: { key: 'problem.detail.submitIncomplete' },
  no_investigation_unit: { key: 'problem.detail.noInvestigationUnit' },
  received_in_future: { key: 'reporter.receivedAtFuture' },
  investigator_not_in_unit: { key: 'problem.detail.investigatorNotInUnit' },
  // The ongoing case (issue 11).
  case_closed: { key: 'problem.case.closed' },
  not_a_caseworker: { key: 'problem.case.notACaseworker' },
  already_assigned: { key: 'problem.case.alreadyAssigned' },
  not_on_case: { key: 'problem.case.notOnCase' },
  not_a_relative: { key: 'problem.case.notARelative' },
  file_type: { key: 'problem.case.fileType' },
  file_empty: { key: 'problem.case.fileEmpty' },
  file_too_large: { key: 'problem.case.fileTooLarge' },
  file_mismatch: { key: 'problem.case.fileMismatch' },
  // The child and family team and its meetings (ENG-3..5).
  already_on_team: { key: 'problem.team.alreadyOnTeam' },
  youth_chosen_limit: { key: 'problem.team.youthChosenLimit', params: (p) => ({ max: Number(p.max) }) },
  not_a_youth: { key: 'problem.team.notAYouth', params: (p) => ({ minAge: Number(p.minAge) }) },
  disclosure_incomplete: { key: 'problem.team.disclosureIncomplete' },
  meeting_cancelled: { key: 'problem.team.meetingCancelled' },
  meeting_held: { key: 'problem.team.meetingHeld' },
  meeting_not_held: { key: 'problem.team.meetingNotHeld' },
  // Caseworker visits and their compliance (VIS-2..4).
  visit_before_case_opened: { key: 'problem.visit.beforeCaseOpened', params: (p, words) => ({ date: dateIn(p.openedOn, words) }) },
  visit_cancelled: { key: 'problem.visit.cancelled' },
  visit_recorded: { key: 'problem.visit.recorded' },
  children_not_marked: { key: 'problem.visit.childrenNotMarked', params: (p) => ({ names: String(p.names ?? '') }) },
  visit_compliance_forbidden: { key: 'problem.visit.complianceForbidden' },
  // The investigation (INV-1..8).
  investigation_closed: { key: 'problem.inv.closed' },
  decision_pending: { key: 'problem.inv.decisionPending' },
  decision_approved: { key: 'problem.inv.decisionApproved' },
  assessment_completed: { key: 'problem.inv.safetyCompleted', params: (p, words) => ({ date: dateIn(p.date, words) }) },
  override_pending: { key: 'problem.inv.overridePending' },
  family_track_no_findings: { key: 'inv.finding.familyTrackBody' },
  no_decision_pending: { key: 'problem.inv.noDecisionPending' },
  extension_nothing_left: { key: 'problem.inv.extensionNothingLeft' },
  no_completion_clock: { key: 'problem.inv.noCompletionClock' },
  no_instrument: { key: 'problem.inv.noSafetyInstrument', params: (p) => ({ profile: String(p.profile) }) },
  risk_before_override: { key: 'problem.inv.riskBeforeOverride' },
  // Safety plans (INV-4).
  plan_exists: { key: 'problem.plan.exists', params: (p, words) => ({ status: planStatus(p.status, words) }) },
  plan_ended: { key: 'problem.plan.endedNoSign' },
  plan_not_in_force: { key: 'problem.plan.reviewNotInForce' },
  plan_not_pending: { key: 'problem.plan.approveNotPending', params: (p, words) => ({ status: planStatus(p.status, words) }) },
  plan_needs_safety: { key: 'problem.plan.needsSafety' },
  plan_not_with_plan: {
    key: 'problem.plan.notWithPlan',
    params: (p, words) => ({ decision: words.t(`inv.safety.decision.${String(p.decision)}` as 'inv.safety.decision.safe') }),
  },
  // Approvals and cases.
  approval_decided: { key: 'problem.approval.alreadyApproved' },
  already_pending: { key: 'problem.approval.alreadyPending' },
  no_approval_route: {
    key: 'problem.approval.noRoute',
    params: (p, words) => ({ profile: String(p.profile), kind: words.tc('approvalKind', String(p.kind)) }),
  },
  no_caseworker: { key: 'problem.case.noCaseworker' },
  no_ongoing_unit: { key: 'problem.case.noOngoingUnit' },
  // The family-centred assessment (FCA-1).
  fca_draft_exists: { key: 'problem.fca.draftExists' },
  fca_completed: { key: 'problem.fca.completed' },
  // Each child's functional assessment (FCA-2).
  functional_draft_exists: { key: 'problem.functional.draftExists' },
  functional_completed: { key: 'problem.functional.completed' },
  functional_incomplete: { key: 'problem.functional.incomplete' },
  // The case plan (PLAN-1, PLAN-5, PLAN-6).
  case_plan_exists: { key: 'problem.casePlan.exists' },
  case_plan_open_version: { key: 'problem.casePlan.openVersion' },
  case_plan_not_editable: { key: 'problem.casePlan.notEditable' },
  case_plan_incomplete: { key: 'problem.casePlan.incomplete', params: (p) => ({ count: Number(p.count) }) },
  case_plan_not_current: { key: 'problem.casePlan.notCurrent' },
  case_plan_outdated: { key: 'problem.casePlan.outdated' },
  case_plan_not_in_force: { key: 'problem.casePlan.notInForce' },
  case_plan_not_submitted: { key: 'problem.casePlan.notSubmitted' },
};

/** Reasons whose words depend on a param beyond what one key says (the kind of assessment, approve or return, approved or returned). */
export function reasonText(reason: string, params: ProblemParams): ReasonText | undefined {
  if (reason === 'assessment_completed' && params.kind === 'risk') return { ...reasonTexts.assessment_completed!, key: 'problem.inv.riskCompleted' };
  if (reason === 'no_instrument' && params.kind === 'risk') return { ...reasonTexts.no_instrument!, key: 'problem.inv.noRiskInstrument' };
  if (reason === 'plan_not_pending' && params.action === 'return') return { ...reasonTexts.plan_not_pending!, key: 'problem.plan.returnNotPending' };
  if (reason === 'approval_decided' && params.status === 'returned') return { key: 'problem.approval.alreadyReturned' };
  return reasonTexts[reason];
}

/**
 * Reasons the server names whose English `detail` the screens show as it is, or answer in their
 * own way: a stale version (each screen's reload message), an id the client made, and rules whose
 * form already prevents them.
 */
export const reasonsShownAsDetail = ['stale_version', 'id_taken', 'extension_not_later'];
