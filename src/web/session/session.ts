import { useQuery } from '@tanstack/react-query';
import { sessionQuery } from '../api/queries';
import type { Me, Role } from '../api/types';

/** The signed-in user, read from the cache the route guard filled; undefined when signed out. */
export function useMe(): Me | undefined {
  return useQuery({ ...sessionQuery, enabled: false }).data?.user;
}

export const hasAnyRole = (me: Me | undefined, roles: Role[]) => Boolean(me && roles.some((role) => me.roles.includes(role)));

/** Roles that may use each area; the server enforces the same and answers 404 otherwise. */
export const areaRoles = {
  intake: ['hotline_screener'] as Role[],
  /** SUP-3: supervisors and program managers decide approvals (a delegate is always one of them). */
  approvals: ['supervisor', 'program_manager'] as Role[],
  /** SUP-1: the team's tasks, and recording time away with a delegate. */
  team: ['supervisor', 'program_manager'] as Role[],
  /** VIS-4: a unit's caseworker-visit compliance. */
  visitCompliance: ['supervisor', 'program_manager'] as Role[],
  /** PLAT-3: who may read the practice profile; only administrators switch it. */
  profile: ['administrator', 'supervisor', 'program_manager'] as Role[],
  profileSwitch: ['administrator'] as Role[],
  audit: ['administrator'] as Role[],
  /** PLAT-4: administrators undo merges of person records. */
  merges: ['administrator'] as Role[],
};
