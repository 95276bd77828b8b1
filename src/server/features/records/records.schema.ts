import { z } from 'zod';
import { text } from '../../platform/edge-schemas.js';
import { uuidOut } from '../../platform/response-parts.js';

export const recordTypes = ['report', 'investigation', 'case'] as const;

export const findRecordQuery = z.object({ q: text(40, 'Type a record number like R-2026-000012').min(1, 'Type a record number like R-2026-000012') });

/** The number as understood (null when it is no record number) and the records the caller may open with it. */
export const findRecordAnswer = z.object({
  number: z.string().nullable(),
  items: z.array(z.object({ type: z.enum(recordTypes), id: uuidOut, number: z.string() })),
});
