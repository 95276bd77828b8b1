import { isSet } from '../../../profiles/profile-schema.js';
import { screeningDecisions } from '../../../domain/screening.js';
import type { AppDeps, HearthApp } from '../../platform/deps.js';
import { aliasKinds, ethnicities, icwaInquiryOutcomes, races, sexes } from '../persons/persons.schema.js';
import { profileAt } from '../profile/profile.service.js';
import { referenceAnswer } from './reference.schema.js';
import { channels, maltreatmentTypes, parentTypes, participantRoles, relationshipKinds, reporterTypes } from '../reports/reports.schema.js';

/**
 * Code lists the forms offer. Codes only, which the web app labels in English and Spanish; the
 * response priorities and the time zone come from the agency's practice profile, with its labels.
 */
export function registerReferenceRoutes(app: HearthApp, { database, config }: AppDeps) {
  app.get('/api/reference', { schema: { tags: ['reference'], summary: 'Code lists for forms', response: { 200: referenceAnswer } } }, (_request) =>
    // Not case data: the profile choice is readable before sign-in, like the code lists.
    database.app.transaction().execute(async (trx) => {
      const profile = await profileAt(trx, config, new Date());
      return {
        profile: { code: profile.code, version: profile.version },
        responsePriorities: profile.responsePriorities.map((p) => ({
          code: p.code,
          label: p.label,
          hours: isSet(p.within) && p.within.value.unit === 'hours' ? p.within.value.amount : null,
          within: isSet(p.within) ? p.within.value : null,
        })),
        decisions: [...screeningDecisions],
        maltreatmentTypes: [...maltreatmentTypes],
        reporterTypes: [...reporterTypes],
        channels: [...channels],
        participantRoles: [...participantRoles],
        relationshipKinds: [...relationshipKinds],
        parentTypes: [...parentTypes],
        races: [...races],
        ethnicities: [...ethnicities],
        sexes: [...sexes],
        icwaInquiry: [...icwaInquiryOutcomes],
        aliasKinds: [...aliasKinds],
        timeZone: profile.timeZone,
      };
    }),
  );
}
