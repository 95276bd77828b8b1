import { z } from 'zod';
import { calendarDate, storableString, text, version } from '../../platform/edge-schemas.js';
import { calendarDateOut, momentOut, nullableText, uuidOut, versionOut } from '../../platform/response-parts.js';
import { approvalStatuses } from '../approvals/approvals.schema.js';

/** Request shapes for safety plans (INV-4). A draft may be incomplete; submitting checks the rest. */

export const responsibleKinds = ['family_network', 'provider', 'parent', 'agency'] as const;
export const signerRoles = ['parent', 'caregiver', 'child', 'family_network', 'provider', 'worker', 'other'] as const;
export const reviewOutcomes = ['continue', 'revise', 'end'] as const;
export const planStatuses = ['draft', 'pending_approval', 'active', 'ended'] as const;
export const planLanguages = ['en', 'es'] as const;
export const signatureMethods = ['typed', 'drawn'] as const;

const localDate = calendarDate('Use a date like 2026-12-01');
const language = z.enum(planLanguages, 'Choose English (en) or Spanish (es)');

/** A drawn signature is a PNG image as a data URL; the database allows 200,000 characters. */
export const PNG_DATA_URL_PREFIX = 'data:image/png;base64,';
export const MAX_DRAWING_CHARS = 150_000;

export const actionInput = z.object({
  id: z.uuid('Each action needs an id (a UUID made by the client)'),
  threat: text(80).min(1, 'Choose the threat this action controls'),
  action: text(2000).default(''),
  responsiblePersonId: z.uuid('Choose a person from the report, or leave it empty and type a name').nullable().default(null),
  responsibleName: text(200).default(''),
  responsibleKind: z.enum(responsibleKinds, 'Choose family network, provider, parent or agency'),
  monitoring: text(2000).default(''),
  frequency: text(200).default(''),
});
export type ActionInput = z.infer<typeof actionInput>;

const actions = z
  .array(actionInput)
  .max(100, 'At most 100 actions')
  .refine((list) => new Set(list.map((a) => a.id)).size === list.length, 'Two actions have the same id');

export const planParams = z.object({ planId: z.uuid('Not a valid safety plan id') });
export const investigationParams = z.object({ id: z.uuid('Not a valid investigation id') });

export const createPlanInput = z.object({
  id: z.uuid('Send a new id (a UUID) so a retried request does not make a second plan'),
  language: language.default('en'),
  actions: actions.default([]),
  nextReviewOn: localDate.nullish(),
});
export type CreatePlanInput = z.infer<typeof createPlanInput>;

export const updatePlanInput = z.object({
  version,
  language,
  actions,
  nextReviewOn: localDate.nullable(),
});
export type UpdatePlanInput = z.infer<typeof updatePlanInput>;

export const signatureInput = z
  .object({
    id: z.uuid('Send a new id (a UUID) so a retried request does not record the signature twice'),
    signerName: text(200).min(1, 'Type the name of the person signing'),
    signerRole: z.enum(signerRoles, 'Choose parent, caregiver, child, family network, provider, worker or other'),
    personId: z.uuid('Choose a person from the report').nullish(),
    method: z.enum(signatureMethods, 'Choose typed or drawn'),
    drawing: storableString().max(MAX_DRAWING_CHARS, 'The drawn signature is too large; clear it and sign again with fewer strokes').nullish(),
  })
  .superRefine((input, issue) => {
    if (input.method === 'typed' && input.drawing) issue.addIssue({ code: 'custom', path: ['drawing'], message: 'A typed signature has no drawing' });
    if (input.method === 'drawn' && !isPngDataUrl(input.drawing)) {
      issue.addIssue({ code: 'custom', path: ['drawing'], message: 'Draw the signature; it must arrive as a PNG image (data:image/png;base64,…)' });
    }
  });
export type SignatureInput = z.infer<typeof signatureInput>;

export const submitInput = z.object({ version });

export const reviewInput = z
  .object({
    id: z.uuid('Send a new id (a UUID) so a retried request does not record the review twice').optional(),
    reviewedOn: localDate,
    outcome: z.enum(reviewOutcomes, 'Choose continue, revise or end'),
    note: text(4000).min(1, 'Say what the review found'),
    nextReviewOn: localDate.nullish(),
  })
  .superRefine((input, issue) => {
    if (input.outcome === 'continue' && !input.nextReviewOn)
      issue.addIssue({ code: 'custom', path: ['nextReviewOn'], message: 'Choose the date of the next review' });
  });
export type ReviewInput = z.infer<typeof reviewInput>;

// --- what the safety plan routes answer (INV-4; issue 10: one contract) ---

/** A plan in a list (the investigation's plans, a case's plans). */
export const planSummaryAnswer = z.object({
  id: uuidOut,
  investigationId: uuidOut,
  caseId: uuidOut.nullable(),
  status: z.enum(planStatuses),
  language: z.enum(planLanguages),
  nextReviewOn: calendarDateOut.nullable(),
  actionCount: z.number().int(),
  version: versionOut,
  createdAt: momentOut,
  approvedAt: momentOut.nullable(),
  endedAt: momentOut.nullable(),
});

export const planListAnswer = z.object({ items: z.array(planSummaryAnswer) });

const actionAnswer = z.object({
  id: uuidOut,
  /** The threat's key (see `threats`). */
  threat: z.string(),
  action: z.string(),
  responsiblePersonId: uuidOut.nullable(),
  responsibleName: z.string(),
  responsibleKind: z.enum(responsibleKinds),
  monitoring: z.string(),
  frequency: z.string(),
});

/**
 * A whole plan: its threats, the people it may name, its agreements (each marked current or
 * "signed an earlier version"), reviews and latest approval. Drawings are not part of it; the PDF shows them.
 */
export const planAnswer = planSummaryAnswer.extend({
  actions: z.array(actionAnswer),
  threats: z.array(z.object({ key: z.string(), label: z.object({ en: z.string(), es: z.string() }) })),
  /** The family's people on the report, who can be named as responsible or sign. */
  people: z.array(z.object({ personId: uuidOut, name: z.string(), role: z.string() })),
  signatures: z.array(
    z.object({
      id: uuidOut,
      signerName: z.string(),
      signerRole: z.enum(signerRoles),
      personId: uuidOut.nullable(),
      method: z.enum(signatureMethods),
      signedAt: momentOut,
      planVersion: z.number().int(),
      /** False when the plan changed after this signature: it agreed to an earlier version. */
      current: z.boolean(),
    }),
  ),
  reviews: z.array(
    z.object({
      id: uuidOut,
      reviewedOn: calendarDateOut,
      outcome: z.enum(reviewOutcomes),
      note: z.string(),
      nextReviewOn: calendarDateOut.nullable(),
      recordedByName: z.string(),
      recordedAt: momentOut,
    }),
  ),
  approval: z.object({ id: uuidOut, status: z.enum(approvalStatuses), routedToName: nullableText, comment: nullableText }).nullable(),
  endedReason: nullableText,
});

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** A data URL whose base64 body really is a PNG (its first eight bytes), so the PDF can embed it. */
export function isPngDataUrl(value: string | null | undefined): value is string {
  if (!value?.startsWith(PNG_DATA_URL_PREFIX)) return false;
  const body = value.slice(PNG_DATA_URL_PREFIX.length);
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(body)) return false;
  const head = Buffer.from(body.slice(0, 12), 'base64');
  return PNG_SIGNATURE.every((byte, i) => head[i] === byte);
}
