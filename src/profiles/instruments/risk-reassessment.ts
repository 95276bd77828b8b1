import type { InstrumentDefinition } from '../../domain/instruments/index.js';
import { demoEffectiveFrom, demoSource, levelLabel, planProgressItem, reportCountOptions, text, yesScores } from './demo-common.js';

/**
 * Risk reassessment for in-home cases: one index that adds progress on the case plan to the family's
 * circumstances, guiding whether to close or continue. DEMONSTRATION ONLY: our own items, points
 * and thresholds, not a validated tool; do not use it for real decisions without the agency's own
 * licensed content.
 */
export const riskReassessment: InstrumentDefinition = {
  key: 'risk-reassessment',
  version: 1,
  kind: 'risk_reassessment',
  title: text('Risk reassessment (demonstration)', 'Reevaluación del riesgo (demostración)'),
  description: text(
    'Before each case review or a closing recommendation: has risk come down enough to close?',
    'Antes de cada revisión del caso o de recomendar el cierre: ¿ha bajado el riesgo lo suficiente para cerrar?',
  ),
  effectiveFrom: demoEffectiveFrom,
  source: demoSource,
  sections: [
    {
      key: 'since_last',
      title: text('Since the last assessment', 'Desde la última evaluación'),
      items: [
        {
          key: 'new_reports',
          type: 'single',
          required: true,
          text: text('New reports about the household', 'Nuevos reportes sobre el hogar'),
          options: reportCountOptions({ risk: 1 }, { risk: 2 }),
        },
        {
          key: 'new_finding',
          type: 'yes_no',
          required: true,
          text: text('A new report was substantiated.', 'Se comprobó un nuevo reporte.'),
          options: yesScores({ risk: 2 }),
        },
        {
          key: 'adult_violence',
          type: 'yes_no',
          required: true,
          text: text('There has been violence between adults in the home.', 'Ha habido violencia entre adultos del hogar.'),
          options: yesScores({ risk: 1 }),
        },
        {
          key: 'substance_use',
          type: 'single',
          required: true,
          text: text("A caregiver's alcohol or drug use", 'El consumo de alcohol o drogas de un cuidador'),
          options: [
            { value: 'no_concern', label: text('Is not a concern', 'No preocupa') },
            { value: 'improving', label: text('Is a concern but improving', 'Preocupa pero mejora'), points: { risk: 1 } },
            { value: 'continuing', label: text('Continues to affect care', 'Sigue afectando el cuidado'), points: { risk: 2 } },
          ],
        },
        {
          key: 'needs_unmet',
          type: 'yes_no',
          required: true,
          text: text("A child's basic or special needs are going unmet.", 'Las necesidades básicas o especiales de un niño no se cubren.'),
          options: yesScores({ risk: 1 }),
        },
      ],
    },
    {
      key: 'case_plan',
      title: text('Case plan progress', 'Progreso en el plan del caso'),
      items: [
        planProgressItem({ risk: 1 }, { risk: 2 }),
        {
          key: 'engagement',
          type: 'single',
          required: true,
          text: text('Caregivers take part in planning and services', 'Los cuidadores participan en la planificación y los servicios'),
          options: [
            { value: 'fully', label: text('Fully', 'Plenamente') },
            { value: 'partly', label: text('Partly or unevenly', 'En parte o de forma irregular'), points: { risk: 1 } },
            { value: 'not', label: text('Not at all', 'En absoluto'), points: { risk: 2 } },
          ],
        },
        {
          key: 'unresolved_threat',
          type: 'yes_no',
          required: true,
          text: text('A safety threat remains that no safety plan controls.', 'Queda una amenaza a la seguridad que ningún plan de seguridad controla.'),
        },
      ],
    },
  ],
  indices: [{ key: 'risk', label: text('Risk index', 'Índice de riesgo') }],
  levels: {
    basis: { index: 'risk' },
    thresholds: [
      { level: 'low', min: 0 },
      { level: 'moderate', min: 3 },
      { level: 'high', min: 6 },
      { level: 'very_high', min: 9 },
    ],
    labels: levelLabel,
  },
  decisions: {
    rules: [
      {
        when: { all: [{ level: { in: ['low', 'moderate'] } }, { item: 'unresolved_threat', equals: 'no' }] },
        outcome: 'close',
        label: text(
          'Consider closing: risk is low or moderate and no threat remains',
          'Considerar el cierre: el riesgo es bajo o moderado y no queda ninguna amenaza',
        ),
      },
    ],
    defaultOutcome: { outcome: 'continue_services', label: text('Continue services', 'Continuar los servicios') },
  },
  overrides: {
    discretionary: { maxStepsUp: 1, maxStepsDown: 1, requiresReason: true, requiresApproval: true },
  },
};
