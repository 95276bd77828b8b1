import { z } from 'zod';
import { noticeMethods } from '../../../../domain/code-lists.js';
import { calendarDate, text } from '../../../platform/edge-schemas.js';
import { calendarDateOut, momentOut, nullableText, uuidOut } from '../../../platform/response-parts.js';

// --- relative notice (ENG-2; Social Security Act §471(a)(29)) ---

export const noticeKinds = ['notified', 'exception'] as const;
export const letterLanguages = ['en', 'es'] as const;

const today = () => new Date().toISOString().slice(0, 10);

/** The notice given to one adult relative, or the exception recorded instead (e.g. a safety reason). */
export const addNoticeInput = z
  .object({
    id: z.uuid('Send a new id for this notice'),
    kind: z.enum(noticeKinds),
    sentOn: calendarDate('Use a date like 2026-11-30'),
    method: z.enum(noticeMethods).optional(),
    language: z.enum(letterLanguages).default('en'),
    exceptionReason: text(1000).optional(),
  })
  .refine((n) => n.sentOn <= today(), { path: ['sentOn'], message: 'A notice cannot be in the future', params: { reason: 'in_future' } })
  .refine((n) => n.kind !== 'notified' || !!n.method, { path: ['method'], message: 'Say how the notice was given', params: { reason: 'required' } })
  .refine((n) => n.kind !== 'exception' || !!n.exceptionReason, {
    path: ['exceptionReason'],
    message: 'Say why this relative is not notified',
    params: { reason: 'required' },
  });
export type AddNoticeInput = z.infer<typeof addNoticeInput>;

export const letterQuery = z.object({ language: z.enum(letterLanguages).default('en') });

export const noticeAnswer = z.object({
  id: uuidOut,
  kind: z.enum(noticeKinds),
  sentOn: calendarDateOut,
  method: z.enum(noticeMethods).nullable(),
  language: z.enum(letterLanguages),
  exceptionReason: nullableText,
  createdByName: z.string(),
  createdAt: momentOut,
});

/** A member's notices, and whether every known adult relative on the case now has one. */
export const noticeListAnswer = z.object({
  items: z.array(noticeAnswer),
  allRelativesNotified: z.boolean(),
  abilities: z.object({ record: z.boolean() }),
});
