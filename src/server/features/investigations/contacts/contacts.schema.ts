import { z } from 'zod';
import { moment, text, version } from '../../../platform/edge-schemas.js';
import { momentOut, nullableText, uuidOut, versionOut } from '../../../platform/response-parts.js';

export const contactOutcomes = ['attempted', 'completed'] as const;
export const contactMethods = ['face_to_face', 'phone', 'video', 'written', 'other'] as const;
export const contactLocations = ['home', 'school', 'office', 'hospital', 'relative_home', 'other'] as const;
export const childrenSafeAnswers = ['yes', 'no', 'not_assessed'] as const;

const participant = z.object({
  personId: z.uuid('Not a valid person id'),
  seen: z.boolean('Say whether this person was seen'),
  interviewedPrivately: z.boolean().default(false),
});

/** The safety check made at every contact (INV-2): a "no" must say what the concern is. */
const safetyCheck = z
  .object({
    childrenSafe: z.enum(childrenSafeAnswers, 'Say whether the children are safe: yes, no or not assessed'),
    concerns: text(4000).default(''),
  })
  .refine((s) => s.childrenSafe !== 'no' || s.concerns.length > 0, {
    path: ['concerns'],
    message: 'Describe the safety concerns when the children are not safe',
  });

const contactFields = z.object({
  occurredAt: moment(),
  outcome: z.enum(contactOutcomes, 'Say whether the contact was attempted or completed'),
  method: z.enum(contactMethods, 'Choose how the contact was made'),
  location: z.enum(contactLocations, 'Choose where the contact took place'),
  locationNote: text(500).nullish(),
  purpose: text(1000).default(''),
  notes: text(20000).default(''),
  participants: z
    .array(participant)
    .max(50, 'At most 50 people')
    .refine((list) => new Set(list.map((p) => p.personId)).size === list.length, 'List each person once'),
  safetyCheck: safetyCheck,
});

export const createContactInput = contactFields.extend({ id: z.uuid('Send a new UUID as the contact id') });
export const updateContactInput = contactFields.extend({ version });
export const contactParams = z.object({ id: z.uuid('Not a valid investigation id'), contactId: z.uuid('Not a valid contact id') });

export type ContactInput = z.output<typeof contactFields>;
export type CreateContactInput = z.output<typeof createContactInput>;
export type UpdateContactInput = z.output<typeof updateContactInput>;
export type ContactParticipant = z.output<typeof participant>;

// --- what the contact routes answer (INV-1, INV-2; issue 10: one contract) ---

/** One contact as recorded, with each participant's name (null if they left the report). */
export const contactAnswer = z.object({
  id: uuidOut,
  investigationId: uuidOut,
  occurredAt: momentOut,
  outcome: z.enum(contactOutcomes),
  method: z.enum(contactMethods),
  location: z.enum(contactLocations),
  locationNote: nullableText,
  purpose: z.string(),
  notes: z.string(),
  participants: z.array(z.object({ personId: uuidOut, seen: z.boolean(), interviewedPrivately: z.boolean(), name: nullableText })),
  safetyCheck: z.object({ childrenSafe: z.enum(childrenSafeAnswers), concerns: z.string() }),
  createdByName: z.string(),
  createdAt: momentOut,
  updatedAt: momentOut,
  version: versionOut,
});

/** Contacts, newest first, and each alleged victim's first face-to-face contact against its clock (INV-1). */
export const contactListAnswer = z.object({
  items: z.array(contactAnswer),
  children: z.array(z.object({ personId: uuidOut, name: z.string(), firstFaceToFaceAt: momentOut.nullable(), responseDueAt: momentOut.nullable() })),
});
