import { z } from 'zod';
import { teamDisclosureScopes, teamRoles } from '../../../../domain/code-lists.js';
import { text, version } from '../../../platform/edge-schemas.js';
import { nullableText, uuidOut, versionOut } from '../../../platform/response-parts.js';

// --- the child and family team of a case (ENG-3) ---

export const teamParams = z.object({ id: z.uuid('Not a valid case id') });
export const teamMemberParams = z.object({ id: z.uuid('Not a valid case id'), memberId: z.uuid('Not a valid team member id') });

const contact = {
  organisation: text(200).optional(),
  phone: text(40).optional(),
  email: z.email('Use an e-mail address like name@example.org').max(200).optional(),
  mayBeTold: z.enum(teamDisclosureScopes),
  toldNote: text(500).optional(),
};

/**
 * Someone joins the team: a member of the family network (by `personId`) or a professional by name
 * (a provider, the school, a therapist, an advocate). A youth-chosen member names the youth who
 * chose them. `id` is the client's, so a double-clicked "Add to team" adds one.
 */
export const addTeamMemberInput = z
  .object({
    id: z.uuid('Send a new id for this team member'),
    personId: z.uuid('Choose someone in the family network').optional(),
    name: text(200).min(1, 'Enter the name').optional(),
    role: z.enum(teamRoles),
    chosenBy: z.uuid('Choose the youth who chose this member').optional(),
    ...contact,
  })
  .refine((m) => !!m.personId || !!m.name, { path: ['name'], message: 'Choose someone in the family network or enter a name', params: { reason: 'required' } })
  .refine((m) => m.role !== 'youth_chosen' || !!m.chosenBy, {
    path: ['chosenBy'],
    message: 'Say which youth chose this member',
    params: { reason: 'required' },
  });
export type AddTeamMemberInput = z.infer<typeof addTeamMemberInput>;

/**
 * A change to a member's contact details or what they may be told; `active: false` takes them off
 * the team. Coming back is a new add, so the add's checks (the youth-chosen limit) always apply.
 */
export const updateTeamMemberInput = z.object({
  version,
  organisation: text(200).nullable().optional(),
  phone: text(40).nullable().optional(),
  email: contact.email.nullable(),
  mayBeTold: contact.mayBeTold.optional(),
  toldNote: text(500).nullable().optional(),
  active: z.literal(false, 'A member comes back to the team by being added again').optional(),
});
export type UpdateTeamMemberInput = z.infer<typeof updateTeamMemberInput>;

export const teamMemberAnswer = z.object({
  id: uuidOut,
  personId: uuidOut.nullable(),
  name: z.string(),
  role: z.enum(teamRoles),
  chosenBy: uuidOut.nullable(),
  chosenByName: nullableText,
  organisation: nullableText,
  phone: nullableText,
  email: nullableText,
  mayBeTold: z.enum(teamDisclosureScopes),
  toldNote: nullableText,
  active: z.boolean(),
  version: versionOut,
});

/** The team, who else in the network could join it, the youths who may choose members, and the limit. */
export const teamAnswer = z.object({
  members: z.array(teamMemberAnswer),
  candidates: z.array(z.object({ personId: uuidOut, name: z.string(), networkRole: z.string() })),
  youths: z.array(z.object({ personId: uuidOut, name: z.string(), chosenCount: z.number().int() })),
  youthChosen: z.object({ minAge: z.number().int(), maxMembers: z.number().int(), source: z.string() }),
  abilities: z.object({ edit: z.boolean() }),
});
