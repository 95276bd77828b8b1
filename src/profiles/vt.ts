import {
  withClosureRules,
  casePlanRule,
  completionRule,
  federalHolidays,
  federalRules,
  firstFaceToFaceRule,
  prioritiesForTheAgencyToSet,
  sharedDefaults,
} from './federal.js';
import { withFamilyTeaming } from './family-teaming.js';
import { parseProfileVersion } from './profile-schema.js';

const responseNote = 'Vermont\u2019s response times are not in Hearth\u2019s sources; the agency sets them.';

/** Vermont DCF Family Services: federal clocks; the state's own limits are the agency's to enter. */
export const vermontV1 = parseProfileVersion({
  code: 'vt',
  version: 1,
  effectiveFrom: '2021-01-01',
  name: { en: 'Vermont DCF Family Services', es: 'Servicios Familiares del DCF de Vermont' },
  summary: {
    en: 'Safety, permanency and well-being through strengths-based, family-driven practice; the state\u2019s own time limits are to be entered by the agency.',
    es: 'Seguridad, permanencia y bienestar mediante una práctica basada en fortalezas y guiada por la familia; la agencia ingresa sus propios plazos estatales.',
  },
  timeZone: 'America/New_York',
  holidays: {
    source: 'Federal holidays (5 U.S.C. 6103) plus Vermont legal holidays Town Meeting Day and Bennington Battle Day (1 V.S.A. §371)',
    rules: [
      ...federalHolidays,
      { name: 'Town Meeting Day', kind: 'nth_weekday', month: 3, weekday: 2, n: 1 },
      { name: 'Bennington Battle Day', kind: 'fixed', month: 8, day: 16, observed: 'nearest_weekday' },
    ],
  },
  responsePriorities: prioritiesForTheAgencyToSet(responseNote),
  rules: [
    firstFaceToFaceRule,
    completionRule(
      {
        task: { en: 'Complete the assessment', es: 'Completar la evaluación' },
        reason: {
          en: 'Assessment or investigation: complete within {within} of the report',
          es: 'Evaluación o investigación: completar dentro de {within} desde el reporte',
        },
      },
      { agencyToSet: true, note: 'Vermont\u2019s completion limit is not in Hearth\u2019s sources; the agency sets it.' },
    ),
    casePlanRule(60, '45 CFR 1356.21(g)(2): no later than 60 days after removal'),
    ...federalRules,
  ],
  ...sharedDefaults,
});

/** Version 2: the closure rules (INV-1, INV-4, INV-7) and the removal task after an approved placement. */
export const vermontV2 = parseProfileVersion(withClosureRules(vermontV1));

/** Version 3: family teaming as data — the full-disclosure list and the youth-chosen limit (ENG-3..5). */
export const vermontV3 = parseProfileVersion(withFamilyTeaming(vermontV2));
