import { z } from 'zod';
import { documentContentTypes, documentTypes, documentVisibilities } from '../../../../domain/code-lists.js';
import { calendarDate, text } from '../../../platform/edge-schemas.js';
import { calendarDateOut, momentOut, uuidOut } from '../../../platform/response-parts.js';

// --- documents on a case (PLAT-5) ---

export const documentsParams = z.object({ id: z.uuid('Not a valid case id') });
export const documentParams = z.object({ id: z.uuid('Not a valid case id'), documentId: z.uuid('Not a valid document id') });

const today = () => new Date().toISOString().slice(0, 10);

/**
 * What is said about an upload, in the query string: the body is the file itself, sent with its
 * own content type. `id` is the client's, so a double-clicked upload stores one document.
 */
export const uploadQuery = z
  .object({
    id: z.uuid('Send a new id for this document'),
    type: z.enum(documentTypes),
    date: calendarDate('Use a date like 2026-11-30'),
    description: text(500).default(''),
    visibility: z.enum(documentVisibilities).default('case'),
    filename: text(200).min(1, 'Send the file’s name'),
    personId: z.uuid('Choose someone on the case').optional(),
    meetingId: z.uuid('Choose a meeting of this case').optional(),
  })
  .refine((q) => q.date <= today(), { path: ['date'], message: 'A document’s date cannot be in the future', params: { reason: 'in_future' } });
export type UploadQuery = z.infer<typeof uploadQuery>;

export const downloadQuery = z.object({ disposition: z.enum(['inline', 'attachment']).default('attachment') });

export const documentAnswer = z.object({
  id: uuidOut,
  type: z.enum(documentTypes),
  date: calendarDateOut,
  description: z.string(),
  visibility: z.enum(documentVisibilities),
  filename: z.string(),
  contentType: z.enum(documentContentTypes),
  sizeBytes: z.number().int(),
  personId: uuidOut.nullable(),
  personName: z.string().nullable(),
  meetingId: uuidOut.nullable(),
  createdByName: z.string(),
  createdAt: momentOut,
  /** Images and PDFs open in the browser; the rest download. */
  previewable: z.boolean(),
});

export const documentListAnswer = z.object({ items: z.array(documentAnswer), abilities: z.object({ upload: z.boolean() }) });
