/**
 * The server's problems on the investigation screens (INV-1..8), safety plans, approvals, case
 * opening and time away, recognised for problem-text.ts (PLAT-6). Each rule names the server
 * message it stands for (src/server/features/{investigations,safety-plans,cases,approvals}), so a
 * reworded message falls back to the server's English instead of saying something else.
 *
 * Left out on purpose: messages the screens already key themselves (decision readiness codes in
 * decision-words.ts, the safety plan's submission items in plan-problems.ts), checks the forms make
 * before sending (required fields, reasons too short), ids the client makes, and a stale `version`,
 * which every screen answers with its own reload message.
 */
import { formatCalendarDate } from '../lib/date-time';
import { localeFor } from '../i18n/translate';
import type { ProblemCode } from './client';
import type { ProblemWords, Rule } from './problem-text';

/** A calendar date the server wrote as 2026-12-01, in the reader's language. */
const dateOf = (iso: string | undefined, words: ProblemWords) => formatCalendarDate(iso ?? '', localeFor(words.language));

const planStatuses = ['draft', 'pending_approval', 'active', 'ended'];
/** The server writes a plan's status with a space ("pending approval"); the screens have a word for each. */
const planStatus = (written: string | undefined, words: ProblemWords) => {
  const code = (written ?? '').replace(' ', '_');
  return planStatuses.includes(code) ? words.t(`plans.status.${code}` as 'plans.status.draft') : (written ?? '');
};

export const investigationDetailRules: Partial<Record<ProblemCode, Rule[]>> = {
  forbidden_action: [
    { message: /^Only the assigned investigator, a collaborator or their supervisor can record/i, key: 'problem.inv.forbiddenRecord' },
    { message: /^Only the investigator, the case.s workers or their supervisor can review this safety plan/i, key: 'problem.plan.forbiddenReview' },
    { message: /^The unit report is for supervisors and program managers/i, key: 'problem.inv.forbiddenUnitReport' },
  ],
  conflict: [
    { message: /^This investigation is closed; its record can be read but not changed/i, key: 'problem.inv.closed' },
    { message: /^The decision is waiting for the supervisor/i, key: 'problem.inv.decisionPending' },
    { message: /^The decision was approved; it can no longer change/i, key: 'problem.inv.decisionApproved' },
    { message: /^This safety assessment was completed on (\d{4}-\d{2}-\d{2})/i, key: 'problem.inv.safetyCompleted', params: (_, m, words) => ({ date: dateOf(m![1], words) }) },
    { message: /^This risk assessment was completed on (\d{4}-\d{2}-\d{2})/i, key: 'problem.inv.riskCompleted', params: (_, m, words) => ({ date: dateOf(m![1], words) }) },
    { message: /^An override of this risk level is already waiting for approval/i, key: 'problem.inv.overridePending' },
    { message: /^This is a family assessment: that track records no findings/i, key: 'inv.finding.familyTrackBody' },
    { message: /^This investigation has no decision waiting for approval/i, key: 'problem.inv.noDecisionPending' },
    { message: /^The assessment was completed or its clock closed after the extension was asked for/i, key: 'problem.inv.extensionNothingLeft' },
    { message: /^This investigation already has a safety plan \(([a-z ]+)\)/i, key: 'problem.plan.exists', params: (_, m, words) => ({ status: planStatus(m![1], words) }) },
    { message: /^This safety plan has ended; it can no longer be signed/i, key: 'problem.plan.endedNoSign' },
    { message: /^Only a safety plan in force .*can be reviewed/i, key: 'problem.plan.reviewNotInForce' },
    { message: /^This safety plan is ([a-z ]+); only one waiting for approval can be approved/i, key: 'problem.plan.approveNotPending', params: (_, m, words) => ({ status: planStatus(m![1], words) }) },
    { message: /^This safety plan is ([a-z ]+); only one waiting for approval can be returned/i, key: 'problem.plan.returnNotPending', params: (_, m, words) => ({ status: planStatus(m![1], words) }) },
    { message: /^This request was already approved/i, key: 'problem.approval.alreadyApproved' },
    { message: /^This request was already returned/i, key: 'problem.approval.alreadyReturned' },
    { message: /^This is already waiting for approval/i, key: 'problem.approval.alreadyPending' },
  ],
  incomplete: [
    { message: /^This investigation has no open completion clock to extend/i, key: 'problem.inv.noCompletionClock' },
    { message: /^The (\w+) profile names no safety instrument/i, key: 'problem.inv.noSafetyInstrument', params: (_, m) => ({ profile: m![1]! }) },
    { message: /^The (\w+) profile names no risk instrument/i, key: 'problem.inv.noRiskInstrument', params: (_, m) => ({ profile: m![1]! }) },
    { message: /^The (\w+) profile does not route "(\w+)" approvals/i, key: 'problem.approval.noRoute', params: (_, m, words) => ({ profile: m![1]!, kind: words.tc('approvalKind', m![2]) }) },
    { message: /^Complete the risk assessment before overriding its level/i, key: 'problem.inv.riskBeforeOverride' },
    { message: /^Complete the safety assessment first\. A safety plan is made/i, key: 'problem.plan.needsSafety' },
    { message: /^The safety assessment.s decision is .safe.\./i, key: 'problem.plan.notWithPlan', params: (_, __, words) => ({ decision: words.t('inv.safety.decision.safe') }) },
    { message: /^The safety assessment.s decision is .unsafe.\./i, key: 'problem.plan.notWithPlan', params: (_, __, words) => ({ decision: words.t('inv.safety.decision.unsafe') }) },
    { message: /^The ongoing services unit has no caseworker/i, key: 'problem.case.noCaseworker' },
    { message: /^No ongoing services unit is set up for this office/i, key: 'problem.case.noOngoingUnit' },
  ],
};

/** Field items; each carries its message pattern, so none of them catches an intake field of the same name. */
export const investigationFieldRules: Rule[] = [
  // Contacts (INV-1, INV-2). A time in the future is checked on the form too; a device clock can still disagree.
  { path: 'occurredAt', message: /^Use the time the contact took place/i, key: 'inv.contact.error.occurredAtFuture' },
  { path: 'occurredAt', message: /^Use a time after the report was received/i, key: 'problem.inv.contactBeforeReport' },
  { path: /^(occurredAt|participants)$/, message: /^Keep what stopped the response clock/i, key: 'problem.inv.keepFaceToFace' },
  { path: /^participants\.\d+\.personId$/, message: /^\S+ is not on this investigation.s report/i, key: 'problem.inv.participantNotOnReport' },
  // Completing an assessment when the server's household differs from the form's (INV-3, INV-5, INV-8).
  { path: /^answers\./, message: /^Answer this question$/i, key: 'problem.inv.answerQuestion' },
  { path: /^answers\./, message: /^Answer this for each child \(still missing: (\d+)\)/i, key: 'problem.inv.answerEachChild', params: (_, m) => ({ count: Number(m![1]) }) },
  // The decision (INV-7): not the intake's "screening decision" item of the same path.
  { path: 'decision', message: /^Choose (a decision|close, close with referral)/i, key: 'inv.decision.error.decision' },
  // Asking for more time (INV-6).
  { path: 'requestedDueOn', message: /^Choose a date after (\d{4}-\d{2}-\d{2})/i, key: 'problem.inv.extensionLaterDate', params: (_, m, words) => ({ date: dateOf(m![1], words) }) },
  // Safety plan signatures and reviews (INV-4).
  { path: 'drawing', message: /^The drawn signature is too large/i, key: 'problem.plan.drawingTooLarge' },
  { path: 'nextReviewOn', message: /^Choose today or a later date for the next review/i, key: 'problem.plan.nextReviewPast' },
  // The unit report's date range (SUP-1).
  { path: 'to', message: /^The start date must not be after the end date/i, key: 'unitReport.rangeBackwards' },
  // Time away (SUP-3): before the generic date and delegate items.
  { path: 'endsOn', message: /^The last day away is already past/i, key: 'absence.endsInPast' },
  { path: 'startsOn', message: /^You already recorded time away/i, key: 'problem.approval.absenceOverlap' },
  { path: 'delegateId', message: /^The delegate must supervise or manage/i, key: 'problem.approval.delegateScope' },
];
