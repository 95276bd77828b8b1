import type { InstrumentDefinition } from '../../domain/instruments/index.js';
import { demoEffectiveFrom, demoSource, levelLabel, planProgressItem, text, yesScores } from './demo-common.js';

/**
 * Reunification assessment for children in care (PERM-4): reunification risk, the quantity and
 * quality of family time, and the safety of a return home. DEMONSTRATION ONLY: our own items,
 * points and rules, not a validated tool; do not use it for real decisions without the agency's
 * own licensed content.
 */
export const reunificationAssessment: InstrumentDefinition = {
  key: 'reunification-assessment',
  version: 1,
  kind: 'reunification',
  title: text('Reunification assessment (demonstration)', 'Evaluación de reunificación (demostración)'),
  description: text(
    'Can the child go home, with or without a safety plan, or should the plan change?',
    '¿Puede el niño volver a casa, con o sin un plan de seguridad, o debe cambiar el plan?',
  ),
  effectiveFrom: demoEffectiveFrom,
  source: demoSource,
  sections: [
    {
      key: 'reunification_risk',
      title: text('Reunification risk', 'Riesgo de reunificación'),
      items: [
        {
          key: 'latest_risk_level',
          type: 'single',
          required: true,
          text: text('Risk level at the latest risk assessment', 'Nivel de riesgo en la última evaluación de riesgo'),
          help: text('If there was none, treat risk as high.', 'Si no hubo ninguna, considere el riesgo alto.'),
          options: [
            { value: 'low', label: levelLabel.low },
            { value: 'moderate', label: levelLabel.moderate, points: { reunification_risk: 1 } },
            { value: 'high', label: levelLabel.high, points: { reunification_risk: 2 } },
            { value: 'very_high', label: levelLabel.very_high, points: { reunification_risk: 3 } },
            { value: 'none_recorded', label: text('None recorded', 'Ninguna registrada'), points: { reunification_risk: 2 } },
          ],
        },
        {
          key: 'new_finding',
          type: 'yes_no',
          required: true,
          text: text(
            'A new report about the household was substantiated while the child was in care.',
            'Se comprobó un nuevo reporte sobre el hogar mientras el niño estaba en acogida.',
          ),
          options: yesScores({ reunification_risk: 2 }),
        },
        planProgressItem({ reunification_risk: 1 }, { reunification_risk: 3 }),
      ],
    },
    {
      key: 'family_time',
      title: text('Family time', 'Tiempo en familia'),
      items: [
        {
          key: 'family_time_amount',
          type: 'single',
          required: true,
          text: text('How much of the planned family time took place', 'Cuánto del tiempo en familia planificado se llevó a cabo'),
          options: [
            { value: 'all', label: text('All or nearly all', 'Todo o casi todo') },
            { value: 'most', label: text('Most', 'La mayor parte'), points: { family_time_concerns: 1 } },
            { value: 'few', label: text('Less than half', 'Menos de la mitad'), points: { family_time_concerns: 2 } },
          ],
        },
        {
          key: 'family_time_quality',
          type: 'single',
          required: true,
          text: text('Quality of family time', 'Calidad del tiempo en familia'),
          options: [
            {
              value: 'strong',
              label: text(
                "The caregiver meets the child's needs and the child responds well",
                'El cuidador atiende las necesidades del niño y el niño responde bien',
              ),
            },
            { value: 'mixed', label: text('Sometimes', 'A veces'), points: { family_time_concerns: 1 } },
            {
              value: 'poor',
              label: text("Often upsetting, or the child's needs go unmet", 'A menudo angustiante, o no se atienden las necesidades del niño'),
              points: { family_time_concerns: 2 },
            },
          ],
        },
      ],
    },
    {
      key: 'return_safety',
      title: text('Safety of a return home', 'Seguridad del regreso a casa'),
      items: [
        {
          key: 'return_threats',
          type: 'yes_no',
          required: true,
          text: text('A safety threat would be present if the child went home now.', 'Habría una amenaza a la seguridad si el niño volviera a casa ahora.'),
        },
        {
          key: 'return_threats_controlled',
          type: 'yes_no',
          required: true,
          showWhen: { item: 'return_threats', equals: 'yes' },
          text: text(
            'A written safety plan with in-home interventions would control those threats.',
            'Un plan de seguridad escrito con intervenciones en el hogar controlaría esas amenazas.',
          ),
        },
        {
          key: 'time_limit_reached',
          type: 'yes_no',
          required: true,
          text: text(
            'The family has reached the time allowed for reunification services.',
            'La familia ha llegado al plazo permitido para los servicios de reunificación.',
          ),
        },
      ],
    },
  ],
  indices: [
    { key: 'reunification_risk', label: text('Reunification risk', 'Riesgo de reunificación') },
    { key: 'family_time_concerns', label: text('Family time concerns', 'Preocupaciones sobre el tiempo en familia') },
  ],
  levels: {
    basis: { index: 'reunification_risk' },
    thresholds: [
      { level: 'low', min: 0 },
      { level: 'moderate', min: 2 },
      { level: 'high', min: 4 },
    ],
    labels: { low: levelLabel.low, moderate: levelLabel.moderate, high: levelLabel.high },
  },
  decisions: {
    rules: [
      {
        when: {
          all: [{ level: { in: ['low', 'moderate'] } }, { not: { index: 'family_time_concerns', atLeast: 3 } }, { item: 'return_threats', equals: 'no' }],
        },
        outcome: 'return_home',
        label: text('Return the child home', 'Devolver al niño a casa'),
      },
      {
        when: {
          all: [
            { level: { in: ['low', 'moderate'] } },
            { not: { index: 'family_time_concerns', atLeast: 3 } },
            { item: 'return_threats_controlled', equals: 'yes' },
          ],
        },
        outcome: 'return_home_with_safety_plan',
        label: text('Return the child home with a safety plan', 'Devolver al niño a casa con un plan de seguridad'),
      },
      {
        when: {
          all: [
            { item: 'time_limit_reached', equals: 'yes' },
            {
              any: [{ level: { in: ['high'] } }, { index: 'family_time_concerns', atLeast: 3 }, { item: 'return_threats_controlled', equals: 'no' }],
            },
          ],
        },
        outcome: 'change_plan',
        label: text('Recommend ending reunification services and changing the plan', 'Recomendar terminar los servicios de reunificación y cambiar el plan'),
      },
    ],
    defaultOutcome: { outcome: 'continue_services', label: text('Continue reunification services', 'Continuar los servicios de reunificación') },
  },
};
