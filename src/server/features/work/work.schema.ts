import { z } from 'zod';
import { subjectTypes } from '../../db/schema.js';
import { momentOut, nullableText, uuidOut } from '../../platform/response-parts.js';

/** SUP-5: what the task and notification routes accept and answer (issue 10: one contract). */

export const recordTasksQuery = z.object({ subjectType: z.enum(subjectTypes), subjectId: z.uuid() });
export const notificationParams = z.object({ id: z.uuid() });

export const taskStatuses = ['open', 'done', 'cancelled'] as const;

export const taskAnswer = z.object({
  id: uuidOut,
  ruleKey: z.string(),
  /** The rule's task in the reader's language, from the profile version that timed it. */
  title: z.string(),
  /** The rule in plain words ("within 24 hours of …"). */
  reason: z.string(),
  profile: z.string(),
  subjectType: z.enum(subjectTypes),
  subjectId: uuidOut,
  subjectNumber: nullableText,
  childPersonId: uuidOut.nullable(),
  childName: nullableText,
  assigneeId: uuidOut.nullable(),
  assigneeName: nullableText,
  anchorAt: momentOut,
  dueAt: momentOut.nullable(),
  escalatedAt: momentOut.nullable(),
  status: z.enum(taskStatuses),
  closedAt: momentOut.nullable(),
});
export const taskListAnswer = z.object({ items: z.array(taskAnswer) });

export const notificationListAnswer = z.object({
  items: z.array(
    z.object({
      id: uuidOut,
      kind: z.string(),
      payload: z.record(z.string(), z.unknown()),
      title: nullableText,
      createdAt: momentOut,
      readAt: momentOut.nullable(),
    }),
  ),
  unread: z.number().int(),
});
export const notificationReadAnswer = z.object({ id: uuidOut, read: z.literal(true) });
