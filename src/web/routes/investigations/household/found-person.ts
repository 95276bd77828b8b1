import type { FoundParticipant } from '../../../api/investigation-endpoints';
import type { ParticipantRoleValues } from '../../persons/ParticipantRoleFields';

/** The roles a person found during the investigation may take (the server's foundParticipantRoles). */
export const foundRoles = ['household_member', 'parent', 'other_family'] as const;

export type FoundRoleValues = ParticipantRoleValues;

/** Which of the role fields still need an answer, as message keys. */
export function foundRoleProblems(values: FoundRoleValues): { role?: 'people.roleRequired'; parentType?: 'people.parentTypeRequired' } {
  return {
    ...((foundRoles as readonly string[]).includes(values.role) ? {} : { role: 'people.roleRequired' as const }),
    ...(values.role === 'parent' && values.parentType !== 'custodial' && values.parentType !== 'non_custodial'
      ? { parentType: 'people.parentTypeRequired' as const }
      : {}),
  };
}

export function toFoundParticipant(personId: string, values: FoundRoleValues): FoundParticipant {
  return {
    personId,
    role: values.role as FoundParticipant['role'],
    parentType: values.role === 'parent' ? (values.parentType as 'custodial' | 'non_custodial') : null,
    livesInHousehold: values.livesInHousehold,
  };
}
