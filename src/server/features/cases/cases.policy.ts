import type { Actor } from '../../platform/access.js';

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
