import { type Actor, decidesInUnit } from '../../platform/access.js';

export interface CaseAccessFacts {
  orgUnitId: string;
  /** Workers with an assignment that has not ended. */
  assignedUserIds: string[];
  collaboratorIds: string[];
}

/**
 * Need-to-know for a case (PLAT-1), the application's half of `hearth_can_see_case`: the assigned
 * workers, explicit collaborators, and anyone whose scope (supervision, office) covers its unit.
 * Seeing the investigation a case came from is not enough to open the case.
 */
export const canSeeCase = (actor: Actor, facts: CaseAccessFacts) =>
  facts.assignedUserIds.includes(actor.userId) || facts.collaboratorIds.includes(actor.userId) || actor.scopeUnitIds.includes(facts.orgUnitId);

/**
 * Who may do what on a case, as one table (issue 10): the presenters send these as `abilities`, the
 * services authorise with the same predicates. Working the case (the family network, searches,
 * documents, meetings) is for its workers and the supervisors over its unit; QA and others in scope
 * read. Transferring it is a supervisory act in its unit.
 */
export const caseRules = {
  work: (actor: Actor, facts: CaseAccessFacts) =>
    facts.assignedUserIds.includes(actor.userId) || facts.collaboratorIds.includes(actor.userId) || decidesInUnit(actor, facts.orgUnitId),
  transfer: (actor: Actor, facts: CaseAccessFacts) => decidesInUnit(actor, facts.orgUnitId),
} as const;

export const caseAbilities = (actor: Actor, facts: CaseAccessFacts) => ({ work: caseRules.work(actor, facts), transfer: caseRules.transfer(actor, facts) });
