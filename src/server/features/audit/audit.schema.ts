import { z } from 'zod';
import { calendarDate } from '../../platform/edge-schemas.js';
import { momentOut, nullableText, uuidOut } from '../../platform/response-parts.js';

/** PLAT-2: the audit search's criteria and answer (issue 10: one contract). An empty field means "any". */
export const auditQuery = z.object({
  personId: z
    .uuid('Not a valid person id')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  userId: z
    .uuid('Not a valid user id')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  from: calendarDate('Use a date like 2026-11-01')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  to: calendarDate('Use a date like 2026-11-30')
    .optional()
    .or(z.literal('').transform(() => undefined)),
});

export const auditSearchAnswer = z.object({
  events: z.array(
    z.object({
      seq: z.number().int(),
      occurredAt: momentOut,
      actorId: uuidOut.nullable(),
      actorName: nullableText,
      action: z.string(),
      recordType: z.string(),
      recordId: uuidOut.nullable(),
      personIds: z.array(uuidOut),
      purpose: nullableText,
      requestId: nullableText,
      ip: nullableText,
    }),
  ),
});
