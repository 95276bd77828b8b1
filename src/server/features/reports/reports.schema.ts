import { z } from 'zod';
import { NARRATIVE_MAX_CHARS, screeningDecisions } from '../../../domain/screening.js';
import type { InstrumentDefinition, InstrumentResult } from '../../../domain/instruments/index.js';
import { reportStatuses } from '../../db/schema.js';
import { boundedJsonRecord, moment as momentSchema, text, version, versionParam } from '../../platform/edge-schemas.js';
import { calendarDateOut, momentOut, nullableText, uuidOut, versionOut } from '../../platform/response-parts.js';
import { sexes } from '../persons/persons.schema.js';

export { channels, maltreatmentTypes, parentTypes, participantRoles, relationshipKinds, reporterTypes } from '../../../domain/code-lists.js';
import { channels, maltreatmentTypes, parentTypes, participantRoles, relationshipKinds, reporterTypes } from '../../../domain/code-lists.js';

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
  responsePriority: z
    .string()
    .regex(/^[a-z][a-z0-9_]{0,40}$/, 'Choose a response priority from the list')
    .nullish(),
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

// INT-5: cross-reports to law enforcement and other agencies.
export const agencyKinds = ['law_enforcement', 'district_attorney', 'licensing', 'tribe', 'military', 'other'] as const;
export const crossReportMethods = ['phone', 'electronic', 'written', 'in_person'] as const;

export const createCrossReportInput = z.object({
  id: z.uuid('Send a new UUID as the cross-report id'),
  agencyKind: z.enum(agencyKinds, 'Choose the kind of agency'),
  agencyName: text(200).min(1, 'Name the agency, e.g. Hartford Police Department'),
  contactName: text(200).optional(),
  method: z.enum(crossReportMethods, 'Choose how it was reported'),
  sentAt: moment,
  referenceNumber: text(100).optional(),
  notes: text(4000).default(''),
});
export type CreateCrossReportInput = z.infer<typeof createCrossReportInput>;

// --- what the routes answer (issue 10: one contract; the web's report types are these) ---

export const reviewActions = ['submitted', 'approved', 'returned'] as const;
export const investigationDispositions = ['close', 'close_with_referral', 'open_in_home', 'open_out_of_home'] as const;

/**
 * The reporter's identity. Null when the reader's role may not see it (`reporterHidden`), or when
 * nothing about the reporter is recorded yet; serialisation drops anything not named here.
 */
const reporterAnswer = z.object({
  reporterType: z.enum(reporterTypes),
  mandated: z.boolean(),
  anonymous: z.boolean(),
  name: nullableText,
  phone: nullableText,
  email: nullableText,
  relationshipToFamily: nullableText,
});

/**
 * What a report shows of its investigation (PLAT-1): to every reader, number, status, unit and final
 * disposition; the assignee, the clock and the link only when `abilities.open` (the hotline cannot).
 */
const reportInvestigationAnswer = z.object({
  id: uuidOut,
  number: z.string(),
  status: z.enum(['open', 'closed']),
  orgUnitName: z.string(),
  disposition: z.enum(investigationDispositions).nullable(),
  abilities: z.object({ open: z.boolean() }),
  investigatorName: nullableText,
  responseDueAt: momentOut.nullable(),
});

/** A report as every report route answers it (GET, PATCH, the people, allegations and decisions on it). */
export const reportAnswer = z.object({
  id: uuidOut,
  number: z.string(),
  status: z.enum(reportStatuses),
  version: versionOut,
  receivedAt: momentOut,
  channel: z.enum(channels),
  narrative: z.string(),
  orgUnit: z.object({ id: uuidOut, name: z.string() }),
  screener: z.object({ id: uuidOut, displayName: z.string() }),
  reporter: reporterAnswer.nullable(),
  reporterHidden: z.boolean(),
  participants: z.array(
    z.object({
      id: uuidOut,
      personId: uuidOut,
      role: z.enum(participantRoles),
      parentType: z.enum(parentTypes).nullable(),
      livesInHousehold: z.boolean(),
      person: z.object({
        firstName: z.string(),
        lastName: z.string(),
        dateOfBirth: calendarDateOut.nullable(),
        approximateAge: z.number().int().nullable(),
        sex: z.enum(sexes),
      }),
    }),
  ),
  /** INT-2: reads "personId is <kind> relatedPersonId", e.g. mother `parent_of` child. */
  relationships: z.array(z.object({ id: uuidOut, personId: uuidOut, relatedPersonId: uuidOut, kind: z.enum(relationshipKinds) })),
  allegations: z.array(
    z.object({
      id: uuidOut,
      victimPersonId: uuidOut,
      perpetratorPersonId: uuidOut.nullable(),
      maltreatmentType: z.enum(maltreatmentTypes),
      description: z.string(),
    }),
  ),
  decision: z.enum(screeningDecisions).nullable(),
  responsePriority: nullableText,
  decisionRationale: nullableText,
  communityReferral: nullableText,
  submittedAt: momentOut.nullable(),
  decidedAt: momentOut.nullable(),
  reviews: z.array(z.object({ action: z.enum(reviewActions), comment: nullableText, reviewerName: z.string(), createdAt: momentOut })),
  investigation: reportInvestigationAnswer.nullable(),
  abilities: z.object({ edit: z.boolean(), submit: z.boolean(), decide: z.boolean() }),
});

/** Investigators the approving supervisor can assign, least loaded first. */
export const investigatorsAnswer = z.object({
  staff: z.array(z.object({ id: uuidOut, displayName: z.string(), orgUnitName: z.string(), openInvestigations: z.number().int() })),
});

// The instrument engine's own types (src/domain/instruments): its definition and scored result are
// checked where they are made, so the answer passes them through as they are.
const instrumentDefinitionOut = z
  .custom<InstrumentDefinition>((value) => typeof value === 'object' && value !== null)
  .meta({ description: 'An instrument definition (src/domain/instruments)' });
const instrumentResultOut = z
  .custom<InstrumentResult>((value) => typeof value === 'object' && value !== null)
  .meta({ description: 'A scored instrument result (src/domain/instruments)' });

/** The screening instrument on a report, its saved answers and what it recommends (INT-4). */
export const screeningInstrumentAnswer = z.object({
  definition: instrumentDefinitionOut,
  response: z
    .object({
      id: uuidOut,
      answers: z.record(z.string(), z.unknown()),
      /** Scored on the server with the definition version above. */
      result: instrumentResultOut,
      status: z.enum(['draft', 'completed']),
      version: versionOut,
      updatedAt: momentOut,
    })
    .nullable(),
  /** In the codes the report's decision form uses; the instrument's own grade is kept (item 8). */
  recommendation: z.object({ decision: z.string(), responsePriority: nullableText, instrumentPriority: nullableText.optional() }).nullable(),
});

/** One cross-report, as recording it answers (201 new, 200 for a retried id). */
export const crossReportAnswer = z.object({
  id: uuidOut,
  agencyKind: z.enum(agencyKinds),
  agencyName: z.string(),
  contactName: nullableText,
  method: z.enum(crossReportMethods),
  sentAt: momentOut,
  referenceNumber: nullableText,
  notes: z.string(),
  createdByName: z.string(),
  createdAt: momentOut,
});

/** INT-5: the report's cross-reports, and for each profile rule its allegations meet, the agency, when it is due and whether one is recorded. */
export const crossReportsAnswer = z.object({
  items: z.array(crossReportAnswer),
  required: z.array(z.object({ agencyKind: z.enum(agencyKinds), maltreatmentTypes: z.array(z.string()), dueAt: momentOut.nullable(), recorded: z.boolean() })),
  abilities: z.object({ record: z.boolean() }),
});
