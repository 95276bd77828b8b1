import { Temporal } from 'temporal-polyfill';

export interface HouseholdMember {
  role: string;
  dateOfBirth: string | null;
  approximateAge: number | null;
  livesInHousehold: boolean;
}

/** Age in whole years on a local date, from the date of birth, else the approximate age given. */
export function ageOn(member: Pick<HouseholdMember, 'dateOfBirth' | 'approximateAge'>, today: string): number | null {
  if (member.dateOfBirth) return Temporal.PlainDate.from(member.dateOfBirth).until(Temporal.PlainDate.from(today), { largestUnit: 'years' }).years;
  return member.approximateAge;
}

/**
 * INV-8: every child in the home is assessed, whatever brought the family in: an alleged victim,
 * or anyone under 18 who lives in the household. Someone of unknown age is not assumed a child.
 */
export function isChildInHome(member: HouseholdMember, today: string): boolean {
  if (member.role === 'alleged_victim') return true;
  if (!member.livesInHousehold) return false;
  const age = ageOn(member, today);
  return age !== null && age < 18;
}
