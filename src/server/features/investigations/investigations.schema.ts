import { z } from 'zod';
import { readinessCodes } from '../../../domain/investigation/decision-readiness.js';
import { investigationDecisions, riskLevels, safetyDecisions } from '../../../profiles/profile-schema.js';
import { reportStatuses } from '../../db/schema.js';
import { calendarDate, text, version } from '../../platform/edge-schemas.js';
import { calendarDateOut, momentOut, nullableText, uuidOut, versionOut } from '../../platform/response-parts.js';
import { approvalStatuses } from '../approvals/approvals.schema.js';
import { parentTypes, participantRoles } from '../reports/reports.schema.js';

// --- what the investigation routes accept (INV-1, INV-6, INV-7, INV-8, SUP-1) ---

export const investigationParams = z.object({ id: z.uuid('Not a valid investigation id') });
const isoDate = calendarDate('Use a date like 2026-01-31');
export const decisionBody = z.object({
  version,
  decision: z.enum(investigationDecisions, 'Choose close, close with referral, open an in-home case or open an out-of-home case'),
  reason: text(4000, 'Keep the reason under 4000 characters').optional(),
  communityReferral: text(1000, 'Keep the referral under 1000 characters').optional(),
  unseenException: z
    .object({
      code: z.string().regex(/^[a-z][a-z0-9_]*$/, 'Choose an exception the practice profile allows'),
      efforts: text(4000, 'Keep the efforts under 4000 characters'),
    })
    .nullable()
    .optional(),
});
export const submitDecisionBody = z.object({ version });
export const extensionBody = z.object({
  requestedDueOn: isoDate,
  reason: text(4000, 'Keep the reason under 4000 characters').min(10, 'Say why more time is needed (at least 10 characters)'),
});
export const rangeQuery = z.object({ from: isoDate.optional(), to: isoDate.optional() }).refine((r) => !r.from || !r.to || r.from <= r.to, {
  message: 'The start date must not be after the end date',
  path: ['to'],
  params: { reason: 'range_backwards' },
});

/**
 * Who the investigator may add: anyone found in the home or in the family network. An added child
 * is not an alleged victim (that is a new allegation, made through the hotline); as a child in the
 * home they are assessed and must be seen before the investigation closes (INV-8, INV-1).
 */
export const foundParticipantRoles = ['household_member', 'parent', 'other_family'] as const;

export const addFoundParticipantInput = z
  .object({
    personId: z.uuid('Choose a person'),
    role: z.enum(foundParticipantRoles, 'Choose household member, parent or other family'),
    parentType: z.enum(parentTypes).nullish(),
    livesInHousehold: z.boolean().default(true),
  })
  .refine((p) => p.role !== 'parent' || p.parentType, { path: ['parentType'], message: 'Say whether this parent is custodial or non-custodial' });
export type AddFoundParticipantInput = z.infer<typeof addFoundParticipantInput>;

// --- what the investigation routes answer (issue 10: one contract; the web's types are these) ---

export const investigationTracks = ['investigation', 'family_assessment'] as const;
export const investigationStatuses = ['open', 'closed'] as const;
export const decisionStatuses = ['draft', 'pending', 'approved', 'returned'] as const;

const localized = z.object({ en: z.string(), es: z.string() });

/** The investigator's workspace (INV-1, INV-8): GET /api/investigations/:id and adding a found person. */
export const investigationAnswer = z.object({
  id: uuidOut,
  number: z.string(),
  track: z.enum(investigationTracks),
  status: z.enum(investigationStatuses),
  version: versionOut,
  abilities: z.object({ record: z.boolean() }),
  orgUnitName: z.string(),
  investigatorName: nullableText,
  responsePriority: z.string(),
  responseDueAt: momentOut.nullable(),
  completionDueAt: momentOut.nullable(),
  assignedAt: momentOut,
  report: z.object({ id: uuidOut, number: z.string(), receivedAt: momentOut, narrative: z.string() }),
  children: z.array(z.object({ personId: uuidOut, firstName: z.string(), lastName: z.string(), dateOfBirth: calendarDateOut.nullable() })),
  /** INV-8: `isChild` marks every child in the home, alleged victim or not. */
  household: z.array(
    z.object({
      personId: uuidOut,
      firstName: z.string(),
      lastName: z.string(),
      dateOfBirth: calendarDateOut.nullable(),
      role: z.enum(participantRoles),
      parentType: z.enum(parentTypes).nullable(),
      livesInHousehold: z.boolean(),
      isChild: z.boolean(),
    }),
  ),
  allegations: z.array(z.object({ id: uuidOut, victimPersonId: uuidOut, victimName: z.string(), perpetratorName: nullableText, maltreatmentType: z.string() })),
  priorHistory: z.array(
    z.object({
      reportId: uuidOut,
      reportNumber: z.string(),
      receivedAt: momentOut,
      decision: nullableText,
      status: z.enum(reportStatuses),
      personNames: z.array(z.string()),
      abilities: z.object({ open: z.boolean() }),
    }),
  ),
  /** Item 10: other open investigations about the same children (summaries only). */
  openInvestigationsSharing: z.array(
    z.object({
      investigationId: uuidOut,
      number: z.string(),
      unitName: z.string(),
      personNames: z.array(z.string()),
      abilities: z.object({ open: z.boolean() }),
    }),
  ),
  decision: z
    .object({
      decision: z.enum(investigationDecisions).nullable(),
      status: z.enum(decisionStatuses).nullable(),
      reason: nullableText,
      communityReferral: nullableText,
      caseId: uuidOut.nullable(),
      caseNumber: nullableText,
    })
    .nullable(),
});

/** The decision step (INV-7): the guide, what is still missing, the draft, its approval and the closure facts (INV-1, INV-4). */
export const decisionAnswer = z.object({
  guide: z.object({
    safetyDecision: z.enum(safetyDecisions).nullable(),
    riskLevel: z.enum(riskLevels).nullable(),
    substantiated: z.boolean().nullable(),
    recommended: z.array(z.enum(investigationDecisions)),
    source: z.string(),
  }),
  readiness: z.array(z.object({ code: z.enum(readinessCodes), met: z.boolean(), names: z.array(z.string()).optional() })),
  decision: z.object({
    decision: z.enum(investigationDecisions).nullable(),
    reason: nullableText,
    communityReferral: nullableText,
    status: z.enum(decisionStatuses).nullable(),
    version: versionOut,
  }),
  approval: z.object({ id: uuidOut, status: z.enum(approvalStatuses), routedToName: nullableText, comment: nullableText }).nullable(),
  closure: z.object({
    childrenNeverSeen: z.array(z.string()),
    attemptedContacts: z.number().int(),
    unsettledPlans: z.number().int(),
    unseenException: z.object({ code: z.string(), efforts: nullableText }).nullable(),
    allowedExceptions: z.array(z.object({ code: z.string(), label: localized, minimumAttempts: z.number().int() })),
  }),
});

/** INV-6: the approval a request for more time made. */
export const extensionAnswer = z.object({ approvalId: uuidOut });

/** SUP-1: one clock's measure — met of due, a whole percent (null when nothing fell due). */
const measure = z.object({ met: z.number().int(), due: z.number().int(), pct: z.number().nullable(), endedUnmet: z.number().int().optional() });
const workerMeasures = {
  responseMet: measure,
  assessmentsOnTime: measure,
  safetyPlansActive: z.number().int(),
  safetyPlansDueForReview: z.number().int(),
};

/** SUP-1: the supervisor's unit report. */
export const unitReportAnswer = z.object({
  units: z.array(
    z.object({
      unitId: uuidOut,
      unitName: z.string(),
      ...workerMeasures,
      investigators: z.array(z.object({ userId: uuidOut, name: z.string(), ...workerMeasures })),
    }),
  ),
  investigations: z.array(
    z.object({
      id: uuidOut,
      number: z.string(),
      investigatorName: nullableText,
      responseDueAt: momentOut.nullable(),
      firstContactAt: momentOut.nullable(),
      completionDueAt: momentOut.nullable(),
      status: z.enum(investigationStatuses),
      overdue: z.boolean(),
    }),
  ),
});
