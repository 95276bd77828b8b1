import { type Actor, canSeeReport, decidesInUnit, type ReportAccessFacts } from '../../platform/access.js';
import { notFound, Problem } from '../../platform/errors.js';
import type { Role } from '../../platform/roles.js';
import type { ReportStatus } from '../../db/schema.js';

export interface ReportPolicyFacts extends ReportAccessFacts {
  status: ReportStatus;
}

const has = (actor: Actor, ...roles: Role[]) => roles.some((role) => actor.roles.includes(role));
const editable = (status: ReportStatus) => status === 'draft' || status === 'returned';

/**
 * Report abilities as a table: action → rule over the actor and the report. Reading is
 * need-to-know (PLAT-1); every other action also needs the report to be readable. The evaluated
 * abilities go to the client so it only offers what the server will allow.
 */
export const reportRules = {
  view: (actor: Actor, report: ReportPolicyFacts) => canSeeReport(actor, report),
  viewReporter: (actor: Actor, report: ReportPolicyFacts) =>
    canSeeReport(actor, report) && has(actor, 'hotline_screener', 'investigator', 'supervisor', 'program_manager'),
  edit: (actor: Actor, report: ReportPolicyFacts) => report.screenerId === actor.userId && editable(report.status),
  submit: (actor: Actor, report: ReportPolicyFacts) => report.screenerId === actor.userId && editable(report.status),
  // The same rule as any approval (approvals.service canDecide): a supervisor or program manager over
  // the unit, never the person who asked — so the report and the approval queue cannot disagree.
  decide: (actor: Actor, report: ReportPolicyFacts) =>
    report.status === 'submitted' && decidesInUnit(actor, report.orgUnitId) && report.screenerId !== actor.userId,
} as const;

export type ReportAction = keyof typeof reportRules;

export const canCreateReport = (actor: Actor) => has(actor, 'hotline_screener', 'supervisor');

/** 404 when the report is not the actor's to see; 403 when it is but this action is not theirs. */
export function authoriseReport(actor: Actor, report: ReportPolicyFacts | undefined, action: ReportAction): asserts report is ReportPolicyFacts {
  if (!report || !reportRules.view(actor, report)) throw notFound('report');
  if (!reportRules[action](actor, report)) throw forbidden(action, report.status);
}

export function abilitiesFor(actor: Actor, report: ReportPolicyFacts) {
  return { edit: reportRules.edit(actor, report), submit: reportRules.submit(actor, report), decide: reportRules.decide(actor, report) };
}

function forbidden(action: ReportAction, status: ReportStatus) {
  if ((action === 'edit' || action === 'submit') && !editable(status)) {
    return new Problem('forbidden_action', `This report is ${status}; it can only be changed while it is a draft or returned.`).because('report_not_editable', {
      status,
    });
  }
  if (action === 'decide')
    return new Problem(
      'forbidden_action',
      'Only a supervisor or program manager over the intake unit can approve or return a submitted report, and not one they took themselves.',
    ).because('report_decide_forbidden');
  return new Problem('forbidden_action', 'Your role cannot do this with this report.').because('report_action_forbidden');
}
