import { z } from 'zod';
import { text, version } from '../../../platform/edge-schemas.js';
import { momentOut, nullableText, uuidOut } from '../../../platform/response-parts.js';
import { investigationTracks } from '../investigations.schema.js';

/** NCANDS dispositions 1, 2, 5, 6 and 7 (INV-6). */
export const findingCodes = ['substantiated', 'indicated', 'unsubstantiated', 'unsubstantiated_false', 'closed_no_finding'] as const;

export const findingParams = z.object({ id: z.uuid('Not a valid investigation id'), allegationId: z.uuid('Not a valid allegation id') });
export const saveFindingBody = z.object({
  finding: z.enum(findingCodes, 'Choose a finding: substantiated, indicated, unsubstantiated, unsubstantiated_false or closed_no_finding'),
  rationale: text(8000).min(1, 'Explain the evidence the finding rests on'),
  version: version.optional(),
});

// --- what the finding routes answer (INV-6; issue 10: one contract) ---

/** One allegation with its finding; `finding`, `version` and `recordedAt` are null until one is recorded. */
export const findingAnswer = z.object({
  allegationId: uuidOut,
  victimName: z.string(),
  perpetratorName: nullableText,
  maltreatmentType: z.string(),
  finding: z.enum(findingCodes).nullable(),
  rationale: z.string(),
  version: z.number().int().nullable(),
  recordedAt: momentOut.nullable(),
});

export const findingsAnswer = z.object({ track: z.enum(investigationTracks), items: z.array(findingAnswer) });
