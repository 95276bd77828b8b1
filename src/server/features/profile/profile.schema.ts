import { z } from 'zod';
import { profileCodes } from '../../../profiles/index.js';
import { databaseIntParam, text } from '../../platform/edge-schemas.js';
import { calendarDateOut, momentOut, nullableText, uuidOut } from '../../platform/response-parts.js';
import { languages } from '../auth/auth.schema.js';

const language = z.enum(languages).optional();
export const profileQuery = z.object({ language });
export const profileParams = z.object({ code: z.enum(profileCodes) });
export const profileVersionQuery = z.object({ language, version: databaseIntParam('Use a version number of 1 or more').optional() });
export const chooseProfileInput = z.object({ code: z.enum(profileCodes), note: text(500).optional() });

// --- what the routes answer (issue 10: one contract; the web's profile types are these) ---

/** PLAT-3: a practice profile version in plain language, in the reader's language. */
export const profileDescriptionAnswer = z.object({
  code: z.enum(profileCodes),
  version: z.number().int(),
  effectiveFrom: calendarDateOut,
  name: z.string(),
  summary: z.string(),
  timeZone: z.string(),
  sections: z.array(
    z.object({
      key: z.string(),
      heading: z.string(),
      lines: z.array(z.object({ key: z.string(), text: z.string(), source: nullableText, agencyToSet: z.boolean() })),
    }),
  ),
});

/** The active profile, its versions, the agency's choices (who, when, why) and what it may switch to. */
export const agencyProfileAnswer = z.object({
  active: profileDescriptionAnswer,
  versions: z.array(z.object({ version: z.number().int(), effectiveFrom: calendarDateOut, current: z.boolean() })),
  choices: z.array(z.object({ id: uuidOut, code: z.enum(profileCodes), chosenAt: momentOut, chosenBy: nullableText, note: nullableText })),
  available: z.array(z.object({ code: z.enum(profileCodes), name: z.string() })),
});
