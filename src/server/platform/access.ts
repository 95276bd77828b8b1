import type { RequestContext } from './request-context.js';

/**
 * Need-to-know, in the application (PLAT-1). The same rules live in the database as the
 * `hearth_can_see_*` functions behind row-level security; each side alone would refuse a record
 * outside the user's scope. Keep the two in step: `access.test.ts` checks both against one table.
 */
export type Actor = Pick<RequestContext, 'userId' | 'roles' | 'scopeUnitIds'>;

export interface InvestigationLink {
  investigatorId: string | null;
  orgUnitId: string;
  collaboratorIds: string[];
  caseWorkerIds: string[];
}

export interface ReportAccessFacts {
  screenerId: string;
  orgUnitId: string;
  collaboratorIds: string[];
  investigation: InvestigationLink | null;
}

export interface PersonAccessFacts {
  createdBy: string;
  orgUnitId: string;
  /** How many reports or cases this person is in that the actor can see. */
  visibleRecords: number;
}

const inScope = (actor: Actor, orgUnitId: string) => actor.scopeUnitIds.includes(orgUnitId);

/**
 * Who may read an investigation (PLAT-1): its assigned investigator, its collaborators, whoever's
 * scope covers the investigation's unit (the unit's supervisory chain; office, region and state
 * roles), and the workers of a case opened from it. Seeing the report is not enough: the hotline's
 * need to know ends at the screening (the report view shows only a summary of the investigation).
 */
export function canSeeInvestigation(actor: Actor, investigation: InvestigationLink): boolean {
  return (
    investigation.investigatorId === actor.userId ||
    inScope(actor, investigation.orgUnitId) ||
    investigation.collaboratorIds.includes(actor.userId) ||
    investigation.caseWorkerIds.includes(actor.userId)
  );
}

/** A report is read by its screener, its unit's scope, its collaborators, and whoever may read its investigation. */
export function canSeeReport(actor: Actor, report: ReportAccessFacts): boolean {
  return (
    report.screenerId === actor.userId ||
    inScope(actor, report.orgUnitId) ||
    report.collaboratorIds.includes(actor.userId) ||
    (report.investigation !== null && canSeeInvestigation(actor, report.investigation))
  );
}

export function canSeePerson(actor: Actor, person: PersonAccessFacts): boolean {
  return person.createdBy === actor.userId || inScope(actor, person.orgUnitId) || person.visibleRecords > 0;
}

/**
 * Supervisors and program managers decide what is asked in the units they are over (SUP-3): the one
 * rule behind a report's "decide" and any approval in the queue, so the two cannot disagree.
 */
export const decidesInUnit = (actor: Actor, orgUnitId: string) =>
  actor.roles.some((role) => role === 'supervisor' || role === 'program_manager') && actor.scopeUnitIds.includes(orgUnitId);
