import {
  withClosureRules,
  casePlanRule,
  completionRule,
  federalHolidays,
  federalRules,
  firstFaceToFaceRule,
  placementMeetingRule,
  sharedDefaults,
} from './federal.js';
import { withFamilyTeaming } from './family-teaming.js';
import { parseProfileVersion } from './profile-schema.js';

const careline =
  'CT DCF Careline response times as publicly described (same day, 24 hours, 72 hours from the report); the agency confirms against current policy';

/** Connecticut DCF: Strengthening Families Practice Model and Child Safety Practice Model (ABC). */
export const connecticutV1 = parseProfileVersion({
  code: 'ct',
  version: 1,
  effectiveFrom: '2021-01-01',
  name: { en: 'Connecticut DCF', es: 'DCF de Connecticut' },
  summary: {
    en: 'Strengthening Families Practice Model; safety framed as Adult protective capacities, dangerous Behaviours and conditions, Child vulnerability.',
    es: 'Modelo de Práctica para Fortalecer Familias; la seguridad se enfoca en capacidades protectoras de los adultos, conductas y condiciones peligrosas y vulnerabilidad del niño.',
  },
  timeZone: 'America/New_York',
  holidays: {
    source:
      'Federal holidays (5 U.S.C. 6103) plus Connecticut legal holidays Lincoln\u2019s Birthday and Good Friday (C.G.S. §1-4); add other office closures as one-off dates',
    rules: [
      ...federalHolidays,
      { name: "Lincoln's Birthday", kind: 'fixed', month: 2, day: 12, observed: 'nearest_weekday' },
      { name: 'Good Friday', kind: 'once', date: '2026-04-03' },
      { name: 'Good Friday', kind: 'once', date: '2027-03-26' },
    ],
  },
  responsePriorities: [
    {
      code: 'same_day',
      label: { en: 'Same day (within 2 hours)', es: 'El mismo día (en 2 horas)' },
      within: { value: { amount: 2, unit: 'hours' }, source: careline },
    },
    { code: 'within_24_hours', label: { en: 'Within 24 hours', es: 'En 24 horas' }, within: { value: { amount: 24, unit: 'hours' }, source: careline } },
    { code: 'within_72_hours', label: { en: 'Within 72 hours', es: 'En 72 horas' }, within: { value: { amount: 72, unit: 'hours' }, source: careline } },
  ],
  rules: [
    firstFaceToFaceRule,
    {
      key: 'safety_assessment',
      task: { en: 'Document the safety assessment', es: 'Documentar la evaluación de seguridad' },
      reason: {
        en: 'Safety assessment: documented within {within} of the report',
        es: 'Evaluación de seguridad: documentada dentro de {within} desde el reporte',
      },
      on: 'report.screened_in',
      within: {
        value: { amount: 5, unit: 'calendar_days' },
        source: 'CWIG, "Use of Safety and Risk Assessment — Connecticut" (2021): documented within 5 days',
      },
      perChild: false,
      assignTo: 'investigator',
      completedBy: [{ event: 'safety_assessment.completed' }],
      cancelledBy: ['investigation.completed'],
      repeat: false,
    },
    completionRule(
      {
        task: { en: 'Complete the investigation', es: 'Completar la investigación' },
        reason: { en: 'Investigation: complete within {within} of the report', es: 'Investigación: completar dentro de {within} desde el reporte' },
      },
      { agencyToSet: true, note: 'Connecticut\u2019s completion limit is not in Hearth\u2019s sources; the agency sets it.' },
    ),
    placementMeetingRule(
      {
        task: { en: 'Hold the child and family team meeting', es: 'Realizar la reunión del equipo del niño y la familia' },
        reason: {
          en: 'Child and family team meeting after a placement: within {within}',
          es: 'Reunión del equipo del niño y la familia después de una colocación: dentro de {within}',
        },
      },
      { agencyToSet: true, note: 'CT holds Considered-Removal CFTMs; the timing after an emergency placement is the agency\u2019s to set.' },
    ),
    casePlanRule(60, '45 CFR 1356.21(g)(2): no later than 60 days after removal'),
    ...federalRules,
  ],
  ...sharedDefaults,
});

/** Version 2: the closure rules (INV-1, INV-4, INV-7) and the removal task after an approved placement. */
export const connecticutV2 = parseProfileVersion(withClosureRules(connecticutV1));

/** Version 3: family teaming as data — the full-disclosure list and the youth-chosen limit (ENG-3..5). */
export const connecticutV3 = parseProfileVersion(withFamilyTeaming(connecticutV2));
