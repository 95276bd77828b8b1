import { z } from 'zod';
import { boundedJsonRecord, calendarDate, version } from '../../../platform/edge-schemas.js';
import { calendarDateOut, momentOut, nullableText, uuidOut, versionOut } from '../../../platform/response-parts.js';

/** FCA-2: what the child functional assessment routes accept and answer (issue 10: one contract). */

export const functionalStatuses = ['draft', 'completed'] as const;
export const functionalFacets = ['need', 'strength'] as const;

export const caseParams = z.object({ id: z.uuid('Not a valid case id') });
export const functionalParams = z.object({ id: z.uuid('Not a valid assessment id') });
export const compareQuery = z.object({ childPersonId: z.uuid('Choose a child on the case') });

/** `id` is the client's, so a double-clicked "Start" starts one assessment. */
export const startFunctionalInput = z.object({
  id: z.uuid('Send a new UUID as the assessment id'),
  childPersonId: z.uuid('Choose a child on the case'),
  assessedOn: calendarDate(),
});
export type StartFunctionalInput = z.infer<typeof startFunctionalInput>;

/** The answers are checked item by item against the instrument by the service (they depend on the definition). */
export const saveFunctionalInput = z.object({ version, answers: boundedJsonRecord(), assessedOn: calendarDate() });
export type SaveFunctionalInput = z.infer<typeof saveFunctionalInput>;

export const completeFunctionalInput = z.object({ version });

// --- what the routes answer ---

/** Stored at completion, so later readers see what the worker saw even if the scoring code moves on. */
export const functionalResultOut = z.object({
  ratings: z.record(z.string(), z.number().int()),
  needs: z.array(z.string()),
  strengths: z.array(z.string()),
});
export type FunctionalResult = z.infer<typeof functionalResultOut>;

export const functionalAssessmentAnswer = z.object({
  id: uuidOut,
  caseId: uuidOut,
  childPersonId: uuidOut,
  instrument: z.object({ key: z.string(), version: z.number().int() }),
  status: z.enum(functionalStatuses),
  assessedOn: calendarDateOut,
  answers: z.record(z.string(), z.unknown()),
  result: functionalResultOut.nullable(),
  version: versionOut,
  createdByName: z.string(),
  createdAt: momentOut,
  completedByName: nullableText,
  completedAt: momentOut.nullable(),
  abilities: z.object({ edit: z.boolean() }),
});

/**
 * The children on the case, each with their assessments newest first, and the instrument new ones
 * use: passed whole (both languages), as it is scored, so the form and the server never disagree.
 */
export const functionalOverviewAnswer = z.object({
  caseId: uuidOut,
  definition: z.record(z.string(), z.unknown()).meta({ description: 'An instrument definition (see instrumentDefinitionShape)' }),
  children: z.array(
    z.object({
      personId: uuidOut,
      name: z.string(),
      dateOfBirth: calendarDateOut.nullable(),
      assessments: z.array(functionalAssessmentAnswer),
    }),
  ),
  abilities: z.object({ start: z.boolean() }),
});

/** Per item, per completed assessment (oldest first), the rating: the chart's and the table's data. */
export const functionalCompareAnswer = z.object({
  childPersonId: uuidOut,
  assessments: z.array(z.object({ id: uuidOut, assessedOn: calendarDateOut, instrument: z.object({ key: z.string(), version: z.number().int() }) })),
  items: z.array(
    z.object({
      key: z.string(),
      sectionKey: z.string(),
      facet: z.enum(functionalFacets),
      ratings: z.array(z.object({ assessmentId: uuidOut, rating: z.number().int().nullable() })),
    }),
  ),
});
