import { z } from 'zod';
import { moment, text, version } from '../../platform/edge-schemas.js';

export const contactOutcomes = ['attempted', 'completed'] as const;
export const contactMethods = ['face_to_face', 'phone', 'video', 'written', 'other'] as const;
export const contactLocations = ['home', 'school', 'office', 'hospital', 'relative_home', 'other'] as const;

const participant = z.object({
  personId: z.uuid('Not a valid person id'),
  seen: z.boolean('Say whether this person was seen'),
  interviewedPrivately: z.boolean().default(false),
});

/** The safety check made at every contact (INV-2): a "no" must say what the concern is. */
const safetyCheck = z
  .object({
    childrenSafe: z.enum(['yes', 'no', 'not_assessed'], 'Say whether the children are safe: yes, no or not assessed'),
    concerns: text(4000).default(''),
  })
  .refine((s) => s.childrenSafe !== 'no' || s.concerns.length > 0, { path: ['concerns'], message: 'Describe the safety concerns when the children are not safe' });

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
