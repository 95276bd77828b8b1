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

export function canSeeReport(actor: Actor, report: ReportAccessFacts): boolean {
  const investigation = report.investigation;
  return (
    report.screenerId === actor.userId ||
    inScope(actor, report.orgUnitId) ||
    report.collaboratorIds.includes(actor.userId) ||
    (investigation !== null &&
      (investigation.investigatorId === actor.userId ||
        inScope(actor, investigation.orgUnitId) ||
        investigation.collaboratorIds.includes(actor.userId) ||
        investigation.caseWorkerIds.includes(actor.userId)))
  );
}

export function canSeePerson(actor: Actor, person: PersonAccessFacts): boolean {
  return person.createdBy === actor.userId || inScope(actor, person.orgUnitId) || person.visibleRecords > 0;
}
