import { z } from 'zod';
import { screeningDecisions } from '../../../domain/screening.js';
import { profileCodes } from '../../../profiles/index.js';
import { durationSchema } from '../../../profiles/profile-schema.js';
import { aliasKinds, ethnicities, icwaInquiryOutcomes, races, sexes } from '../persons/persons.schema.js';
import { channels, maltreatmentTypes, parentTypes, participantRoles, relationshipKinds, reporterTypes } from '../reports/reports.schema.js';

/**
 * GET /api/reference (issue 10: one contract): the code lists the forms offer, and from the agency's
 * practice profile its response priorities (labelled in both languages) and time zone.
 */
export const referenceAnswer = z.object({
  profile: z.object({ code: z.enum(profileCodes), version: z.number().int() }),
  responsePriorities: z.array(
    z.object({
      code: z.string(),
      label: z.object({ en: z.string(), es: z.string() }),
      /** The response time in hours, when the profile sets it in hours. */
      hours: z.number().nullable(),
      /** Null while the agency has not set the response time for this priority. */
      within: durationSchema.nullable(),
    }),
  ),
  decisions: z.array(z.enum(screeningDecisions)),
  maltreatmentTypes: z.array(z.enum(maltreatmentTypes)),
  reporterTypes: z.array(z.enum(reporterTypes)),
  channels: z.array(z.enum(channels)),
  participantRoles: z.array(z.enum(participantRoles)),
  relationshipKinds: z.array(z.enum(relationshipKinds)),
  parentTypes: z.array(z.enum(parentTypes)),
  races: z.array(z.enum(races)),
  ethnicities: z.array(z.enum(ethnicities)),
  sexes: z.array(z.enum(sexes)),
  icwaInquiry: z.array(z.enum(icwaInquiryOutcomes)),
  aliasKinds: z.array(z.enum(aliasKinds)),
  timeZone: z.string(),
});
