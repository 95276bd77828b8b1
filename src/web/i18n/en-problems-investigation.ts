/**
 * English wording for the server's problems on the investigation screens, safety plans, approvals,
 * case opening and time away (PLAT-6), recognised by reason and code in src/web/api/problem-reasons.ts and problem-fields.ts.
 * Kept close to the server's own words, which stay the fallback. Merged into `en` in en.ts.
 */
export const enProblemsInvestigation = {
  // Refusals (403).
  'problem.inv.forbiddenRecord': 'Only the assigned investigator, a collaborator or their supervisor can record on this investigation.',
  'problem.inv.forbiddenUnitReport': 'The unit report is for supervisors and program managers.',
  'problem.plan.forbiddenReview': 'Only the investigator, the case’s workers or their supervisor can review this safety plan.',

  // The record is in a state that does not allow this (409).
  'problem.inv.closed': 'This investigation is closed; its record can be read but not changed.',
  'problem.inv.decisionPending': 'The decision is waiting for the supervisor; it cannot change until they approve or return it.',
  'problem.inv.decisionApproved': 'The decision was approved; it can no longer change.',
  'problem.inv.safetyCompleted': 'This safety assessment was completed on {date} and can no longer be changed.',
  'problem.inv.riskCompleted': 'This risk assessment was completed on {date} and can no longer be changed.',
  'problem.inv.overridePending': 'An override of this risk level is already waiting for approval.',
  'problem.inv.noDecisionPending': 'This investigation has no decision waiting for approval. Reload to see where it stands.',
  'problem.inv.extensionNothingLeft': 'The assessment was completed or its clock closed after the extension was asked for; there is nothing left to extend.',
  'problem.plan.exists': 'This investigation already has a safety plan (status: {status}). Open it to make changes.',
  'problem.plan.endedNoSign': 'This safety plan has ended; it can no longer be signed.',
  'problem.plan.reviewNotInForce': 'Only a safety plan in force (approved and not ended) can be reviewed.',
  'problem.plan.approveNotPending': 'This safety plan’s status is “{status}”; only one waiting for approval can be approved.',
  'problem.plan.returnNotPending': 'This safety plan’s status is “{status}”; only one waiting for approval can be returned.',
  'problem.approval.alreadyApproved': 'This request was already approved. Reload to see the decision.',
  'problem.approval.alreadyReturned': 'This request was already returned. Reload to see the decision.',
  'problem.approval.alreadyPending': 'This is already waiting for approval.',

  // Something must happen first (422).
  'problem.inv.noCompletionClock': 'This investigation has no open completion clock to extend.',
  'problem.inv.noSafetyInstrument': 'The {profile} profile names no safety assessment instrument. Ask an administrator to set one.',
  'problem.inv.noRiskInstrument': 'The {profile} profile names no risk assessment instrument. Ask an administrator to set one.',
  'problem.inv.riskBeforeOverride': 'Complete the risk assessment before overriding its level.',
  'problem.plan.needsSafety': 'Complete the safety assessment first. A safety plan is made when its decision is “safe with a safety plan”.',
  'problem.plan.notWithPlan': 'The safety assessment’s decision is “{decision}”. A safety plan is made only when the decision is “safe with a safety plan”.',
  'problem.approval.noRoute': 'The {profile} profile does not say who approves “{kind}” requests. Ask an administrator to set it up.',
  'problem.case.noCaseworker': 'The ongoing services unit has no caseworker to take the case. Ask an administrator to add one.',
  'problem.case.noOngoingUnit': 'No ongoing services unit is set up for this office, so the case cannot be opened. Ask an administrator to add one.',

  // Field items.
  'problem.inv.contactBeforeReport': 'Use a time after the report was received',
  'problem.inv.keepFaceToFace': 'Keep the time and who was seen: this contact stopped the response clock. Record another contact instead',
  'problem.inv.participantNotOnReport': 'This person is not on the investigation’s report; add them to the report first',
  'problem.inv.answerQuestion': 'Answer this question',
  'problem.inv.answerEachChild': 'Answer this for each child (still missing: {count})',
  'problem.inv.extensionLaterDate': 'Choose a date after {date}',
  'problem.plan.drawingTooLarge': 'The drawn signature is too large; clear it and sign again with fewer strokes',
  'problem.plan.nextReviewPast': 'Choose today or a later date for the next review',
  'problem.approval.absenceOverlap': 'You already recorded time away on some of these days; cancel that first',
  'problem.approval.delegateScope': 'The delegate must supervise or manage the units you supervise, so they can see what they approve',
};

export type InvestigationProblemMessageKey = keyof typeof enProblemsInvestigation;
