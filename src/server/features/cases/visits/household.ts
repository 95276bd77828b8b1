import { ageOn, isChildInHome } from '../../../../domain/investigation/household.js';
import type { MemberRow } from '../network/network.repo.js';

export type VisitPersonRole = 'child' | 'parent' | 'other_adult';

export interface HouseholdMember {
  personId: string;
  name: string;
  role: VisitPersonRole;
  /** A child the record must mark seen or not seen (VIS-3: every child in the home). */
  mustBeMarked: boolean;
}

/**
 * Who a visit record covers, from the case's people. A child in the home is any alleged victim, or
 * anyone under 18 living in the household as the report recorded it; a person added to the case as
 * a `child` (no report behind them) counts as living there. Parents are the case's parents, whom
 * the worker gives private time; anyone else is an other adult. The deceased are left out.
 */
export function householdOf(
  members: ReadonlyArray<
    Pick<MemberRow, 'person_id' | 'first_name' | 'last_name' | 'role' | 'date_of_birth' | 'approximate_age' | 'deceased' | 'lives_in_home'>
  >,
  today: string,
): HouseholdMember[] {
  return members
    .filter((m) => !m.deceased)
    .map((m) => {
      const facts = { role: m.role, dateOfBirth: m.date_of_birth, approximateAge: m.approximate_age, livesInHousehold: m.lives_in_home ?? m.role === 'child' };
      const inHome = isChildInHome(facts, today);
      const age = ageOn(facts, today);
      const role: VisitPersonRole = inHome || m.role === 'child' || (age !== null && age < 18) ? 'child' : m.role === 'parent' ? 'parent' : 'other_adult';
      return { personId: m.person_id, name: `${m.first_name} ${m.last_name}`, role, mustBeMarked: inHome };
    });
}
