import { z } from 'zod';
import { screeningDecisions } from '../../../domain/screening.js';
import { reportStatuses } from '../../db/schema.js';
import { momentOut, nullableText, uuidOut } from '../../platform/response-parts.js';

import { caseListItemAnswer } from '../cases/cases.schema.js';

/** "My work" (issue 10: one contract): my reports, the investigations I must respond to and the cases I carry. */
export const myWorkAnswer = z.object({
  reports: z.array(
    z.object({
      id: uuidOut,
      number: z.string(),
      status: z.enum(reportStatuses),
      receivedAt: momentOut,
      childNames: z.array(z.string()),
      decision: z.enum(screeningDecisions).nullable(),
      responsePriority: nullableText,
      updatedAt: momentOut,
    }),
  ),
  investigations: z.array(
    z.object({
      id: uuidOut,
      number: z.string(),
      reportId: uuidOut,
      reportNumber: z.string(),
      responsePriority: z.string(),
      /** Null when the agency's profile has not set the response time for this priority. */
      responseDueAt: momentOut.nullable(),
      status: z.enum(['open', 'closed']),
      childNames: z.array(z.string()),
      orgUnitName: z.string(),
    }),
  ),
  cases: z.array(caseListItemAnswer),
});
