import { z } from 'zod';
import { NARRATIVE_MAX_CHARS, screeningDecisions } from '../../../domain/screening.js';
import { boundedJsonRecord, moment as momentSchema, text, version, versionParam } from '../../platform/edge-schemas.js';

export const channels = ['phone', 'online', 'email', 'fax', 'in_person', 'law_enforcement'] as const;
export const reporterTypes = [
  'social_services', 'medical', 'mental_health', 'legal_law_enforcement', 'education', 'child_daycare', 'substitute_care_provider',
  'alleged_victim', 'parent', 'other_relative', 'friend_neighbor', 'alleged_perpetrator', 'anonymous', 'other', 'unknown',
] as const;
export const participantRoles = ['alleged_victim', 'parent', 'household_member', 'other_family'] as const;
export const parentTypes = ['custodial', 'non_custodial'] as const;
export const relationshipKinds = ['parent_of', 'child_of', 'sibling_of', 'grandparent_of', 'grandchild_of', 'partner_of', 'household_member_of', 'relative_of', 'other'] as const;
export const maltreatmentTypes = ['physical_abuse', 'neglect', 'medical_neglect', 'sexual_abuse', 'psychological_maltreatment', 'sex_trafficking', 'other'] as const;

const moment = momentSchema();

export const createReportInput = z.object({
  channel: z.enum(channels).default('phone'),
  receivedAt: moment.optional(),
});

export const reporterInput = z.object({
  reporterType: z.enum(reporterTypes),
  mandated: z.boolean().default(false),
  anonymous: z.boolean().default(false),
  name: text(200).nullish(),
  phone: text(40).nullish(),
  email: z.email('Not an e-mail address').max(254, 'At most 254 characters').nullish().or(z.literal('')),
  relationshipToFamily: text(200).nullish(),
});

export const updateReportInput = z.object({
  version,
  channel: z.enum(channels).optional(),
  receivedAt: moment.optional(),
  narrative: text(NARRATIVE_MAX_CHARS).optional(),
  reporter: reporterInput.optional(),
  decision: z.enum(screeningDecisions).nullish(),
  responsePriority: z.string().regex(/^[a-z][a-z0-9_]{0,40}$/, 'Choose a response priority from the list').nullish(),
  decisionRationale: text(4000).nullish(),
  communityReferral: text(1000).nullish(),
});
export type UpdateReportInput = z.infer<typeof updateReportInput>;

export const addParticipantInput = z
  .object({
    version,
    personId: z.uuid('Choose a person'),
    role: z.enum(participantRoles),
    parentType: z.enum(parentTypes).nullish(),
    livesInHousehold: z.boolean().default(true),
  })
  .refine((p) => p.role !== 'parent' || p.parentType, { path: ['parentType'], message: 'Say whether this parent is custodial or non-custodial' });
export type AddParticipantInput = z.infer<typeof addParticipantInput>;

export const addAllegationInput = z.object({
  version,
  victimPersonId: z.uuid('Choose the alleged victim'),
  perpetratorPersonId: z.uuid('Choose the alleged perpetrator').nullable(),
  maltreatmentType: z.enum(maltreatmentTypes),
  description: text(4000).default(''),
});
export type AddAllegationInput = z.infer<typeof addAllegationInput>;

export const addRelationshipInput = z
  .object({
    version,
    personId: z.uuid('Choose the first person'),
    relatedPersonId: z.uuid('Choose the second person'),
    kind: z.enum(relationshipKinds),
  })
  .refine((r) => r.personId !== r.relatedPersonId, { path: ['relatedPersonId'], message: 'Choose two different people', params: { reason: 'same_person' } });
export type AddRelationshipInput = z.infer<typeof addRelationshipInput>;

export const versionInput = z.object({ version });
export const versionQuery = z.object({ version: versionParam });
export const approveInput = z.object({ version, comment: text(4000).optional(), investigatorId: z.uuid().optional() });
export const returnInput = z.object({ version, comment: text(4000).min(1, 'Say what the screener should fix') });

export const reportParams = z.object({ id: z.uuid('Not a valid report id') });
export const participantParams = z.object({ id: z.uuid(), participantId: z.uuid() });
export const allegationParams = z.object({ id: z.uuid(), allegationId: z.uuid() });
export const relationshipParams = z.object({ id: z.uuid(), relationshipId: z.uuid() });
export const investigatorsQuery = z.object({ reportId: z.uuid() });
export const screeningAnswersInput = z.object({ answers: boundedJsonRecord(), version: version.optional() });
