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
  approvals: ['supervisor'] as Role[],
  audit: ['administrator'] as Role[],
};
