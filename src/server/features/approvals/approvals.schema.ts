import { z } from 'zod';
import { subjectTypes } from '../../db/schema.js';
import { boundedJsonRecord, calendarDate, text, version } from '../../platform/edge-schemas.js';
import { calendarDateOut, momentOut, nullableText, uuidOut, versionOut } from '../../platform/response-parts.js';

/** SUP-3: what the approval and time-away routes accept and answer (issue 10: one contract). */

export const approvalParams = z.object({ id: z.uuid('Not a valid approval id') });
// The approval's own input (e.g. the investigator chosen) is small; its effect checks the fields it reads.
const approvalInputBounds = { depth: 4, keys: 50, items: 100, textLength: 4000, nodes: 500 };
export const approveBody = z.object({ version, comment: text(4000).optional(), input: boundedJsonRecord(approvalInputBounds).optional() });
export const returnBody = z.object({ version, comment: text(4000).min(1, 'Say what needs fixing') });
export const subjectQuery = z.object({ subjectType: z.enum(subjectTypes), subjectId: z.uuid() });

const isoDate = calendarDate('Use a date like 2026-12-24');
export const absenceInput = z.object({
  startsOn: isoDate,
  endsOn: isoDate,
  delegateId: z.uuid('Choose who approves while you are away'),
  userId: z.uuid().optional(),
});
export const absenceParams = z.object({ id: z.uuid() });

export const approvalStatuses = ['pending', 'approved', 'returned', 'withdrawn'] as const;
export const approvalActions = ['requested', 'routed', 'delegated', 'approved', 'returned', 'withdrawn'] as const;

export const approvalAnswer = z.object({
  id: uuidOut,
  kind: z.string(),
  subjectType: z.enum(subjectTypes),
  subjectId: uuidOut,
  status: z.enum(approvalStatuses),
  requestedAt: momentOut,
  requestedBy: nullableText,
  routedTo: nullableText,
  routedToMe: z.boolean(),
  decidedBy: nullableText,
  decidedAt: momentOut.nullable(),
  decisionComment: nullableText,
  version: versionOut,
  /** What the reader may do with it (approvals.service canDecide), as every answer names its abilities. */
  abilities: z.object({ decide: z.boolean() }),
  /** A few facts per kind for the queue (the screening summary for `screening_decision`); see approvals.effects.ts. */
  summary: z.record(z.string(), z.unknown()),
  history: z.array(z.object({ action: z.enum(approvalActions), at: momentOut, by: nullableText, to: nullableText, comment: nullableText })),
});
export const approvalListAnswer = z.object({ items: z.array(approvalAnswer) });
/** A decision answers the decided request and what its effect did (e.g. the investigation it opened). */
export const decisionAnswer = approvalAnswer.extend({ outcome: z.record(z.string(), z.unknown()) });

const absence = z.object({ id: uuidOut, startsOn: calendarDateOut, endsOn: calendarDateOut, delegateId: uuidOut, delegateName: z.string() });
export const absencesAnswer = z.object({ items: z.array(absence) });
export const addedAbsenceAnswer = absencesAnswer.extend({ id: uuidOut });
export const delegatesAnswer = z.object({ staff: z.array(z.object({ id: uuidOut, displayName: z.string() })) });
