import { z } from 'zod';
import { databaseInt, text } from '../../../platform/edge-schemas.js';
import { momentOut, nullableText, uuidOut } from '../../../platform/response-parts.js';

export type { MergeableField } from '../../../../domain/person-fields.js';
import { mergeableFields } from '../../../../domain/person-fields.js';

/**
 * PLAT-4: merge `mergedId` into the person in the path, at the versions both were read. `take`
 * names the fields whose value comes from the merged record; every other field keeps the survivor's.
 * The id is the client's, so a double click makes one merge.
 */
export const personMergeInput = z.object({
  id: z.uuid('Send a new id for this merge'),
  mergedId: z.uuid('Choose the duplicate record'),
  survivorVersion: databaseInt('Send the version of the record you read'),
  mergedVersion: databaseInt('Send the version of the duplicate you read'),
  take: z
    .array(z.enum(mergeableFields))
    .max(mergeableFields.length)
    .default([])
    .refine((list) => new Set(list).size === list.length, { message: 'Name each field once', params: { reason: 'repeated' } }),
  reason: text(1000).min(1, 'Say why these are the same person'),
});
export type PersonMergeInput = z.infer<typeof personMergeInput>;

export const mergeIdParams = z.object({ mergeId: z.uuid('Not a valid id') });

export const personUnmergeInput = z.object({
  reason: text(1000).min(1, 'Say why the merge is undone'),
});

// --- what the routes answer ---

const mergeRow = {
  id: uuidOut,
  survivorId: uuidOut,
  mergedId: uuidOut,
  survivorName: z.string(),
  mergedName: z.string(),
  reason: z.string(),
  mergedAt: momentOut,
  mergedByName: z.string(),
  undoneAt: momentOut.nullable(),
  undoneByName: nullableText,
  undoReason: nullableText,
};

/** A merge as the survivor's record lists it, and as an administrator's list shows it. */
export const personMergeRow = z.object(mergeRow);
export const personMergeList = z.object({ items: z.array(personMergeRow) });

/** An undone merge: which records it joined and which of the survivor's fields were put back. */
export const personUnmergeAnswer = z.object({
  id: uuidOut,
  survivorId: uuidOut,
  mergedId: uuidOut,
  restored: z.array(z.enum(mergeableFields)),
});
