import { responsePriorities } from '../../../domain/response-priorities.js';
import { screeningDecisions } from '../../../domain/screening.js';
import type { AppDeps, HearthApp } from '../../platform/deps.js';
import { aliasKinds, ethnicities, icwaInquiryOutcomes, races, sexes } from '../persons/persons.schema.js';
import { channels, maltreatmentTypes, parentTypes, participantRoles, relationshipKinds, reporterTypes } from '../reports/reports.schema.js';

/** Code lists the forms offer. Codes only: the web app labels them in English and Spanish. */
export function registerReferenceRoutes(app: HearthApp, { config }: AppDeps) {
  app.get('/api/reference', { schema: { tags: ['reference'], summary: 'Code lists for forms' } }, async () => ({
    responsePriorities,
    decisions: screeningDecisions,
    maltreatmentTypes,
    reporterTypes,
    channels,
    participantRoles,
    relationshipKinds,
    parentTypes,
    races,
    ethnicities,
    sexes,
    icwaInquiry: icwaInquiryOutcomes,
    aliasKinds,
    timeZone: config.HEARTH_TIME_ZONE,
  }));
}
