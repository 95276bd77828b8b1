import {
  withClosureRules,
  casePlanRule,
  completionRule,
  federalHolidays,
  federalRules,
  firstFaceToFaceRule,
  placementMeetingRule,
  prioritiesForTheAgencyToSet,
  sharedDefaults,
} from './federal.js';
import { withFamilyTeaming } from './family-teaming.js';
import { parseProfileVersion } from './profile-schema.js';

const seed = 'Georgia DFCS Case Practice Model (../shared/seeds/003)';
const responseNote = 'Georgia\u2019s response times are not in Hearth\u2019s sources; the agency sets them.';

/** Georgia DFCS Case Practice Model: 30 business days to assess, a team meeting within 72 hours of placement. */
export const georgiaV1 = parseProfileVersion({
  code: 'ga',
  version: 1,
  effectiveFrom: '2021-01-01',
  name: { en: 'Georgia DFCS', es: 'DFCS de Georgia' },
  summary: {
    en: 'Case Practice Model: seven practice functions from intake to safe case closure, with family team meetings at every critical point.',
    es: 'Modelo de Práctica de Casos: siete funciones de práctica desde la admisión hasta el cierre seguro, con reuniones del equipo familiar en cada momento crítico.',
  },
  timeZone: 'America/New_York',
  holidays: {
    source:
      'Federal holidays (5 U.S.C. 6103); Georgia\u2019s state holiday schedule is proclaimed each year, so the agency adds its state closures as one-off dates',
    rules: federalHolidays,
  },
  responsePriorities: prioritiesForTheAgencyToSet(responseNote),
  rules: [
    firstFaceToFaceRule,
    completionRule(
      {
        task: { en: 'Complete the initial assessment', es: 'Completar la evaluación inicial' },
        reason: { en: 'Initial assessment: complete within {within} of the report', es: 'Evaluación inicial: completar dentro de {within} desde el reporte' },
      },
      { value: { amount: 30, unit: 'business_days' }, source: `${seed}: "complete this work within 30 business days"` },
    ),
    placementMeetingRule(
      {
        task: { en: 'Hold the family team meeting', es: 'Realizar la reunión del equipo familiar' },
        reason: {
          en: 'Family team meeting after an emergency placement: within {within}',
          es: 'Reunión del equipo familiar después de una colocación de emergencia: dentro de {within}',
        },
      },
      { value: { amount: 72, unit: 'hours' }, source: `${seed}: "within 72 hours after emergency placements"` },
      { emergency: true },
    ),
    {
      key: 'placement_change_visit',
      task: { en: 'Visit the child in the new placement', es: 'Visitar al niño o niña en la nueva colocación' },
      reason: { en: 'Home visit after a placement change: within {within}', es: 'Visita después de un cambio de colocación: dentro de {within}' },
      on: 'child.placement_changed',
      within: {
        value: { amount: 7, unit: 'calendar_days' },
        source: 'Georgia DFCS policy: a home visit within 7 days of a placement change (federal-standards.md §7)',
      },
      perChild: true,
      assignTo: 'caseworker',
      completedBy: [{ event: 'visit.completed' }],
      cancelledBy: ['case.closed'],
      repeat: false,
    },
    casePlanRule(30, 'Georgia DFCS policy 10.23: case plan within 30 days of entry (federal floor 60 days)'),
    ...federalRules,
  ],
  ...sharedDefaults,
});

/** Version 2: the closure rules (INV-1, INV-4, INV-7) and the removal task after an approved placement. */
export const georgiaV2 = parseProfileVersion(withClosureRules(georgiaV1));

/** Version 3: family teaming as data — the full-disclosure list and the youth-chosen limit (ENG-3..5). */
export const georgiaV3 = parseProfileVersion(withFamilyTeaming(georgiaV2));
