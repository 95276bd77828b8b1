import type { InstrumentDefinition, InstrumentItem, InstrumentOption } from '../../domain/instruments/index.js';
import { demoEffectiveFrom, demoSource, text } from './demo-common.js';

/**
 * A child's needs and strengths (FCA-2), each rated 0–3 in the manner of CANS: needs rated 2 or 3
 * call for action and go into the case plan; strengths rated 0 or 1 are assets to build on (see
 * functionalSummary). One assessment is about one child. DEMONSTRATION ONLY: our own items and
 * anchors, not a validated tool; do not use it for real decisions without the agency's own
 * licensed content and the training it requires.
 */

const needScale: InstrumentOption[] = [
  { value: 0, label: text('0: No sign of a need', '0: Sin señal de necesidad') },
  { value: 1, label: text('1: Watch, or act to prevent', '1: Vigilar, o actuar para prevenir') },
  { value: 2, label: text('2: Action needed', '2: Se necesita acción'), points: { actionable_needs: 1 } },
  { value: 3, label: text('3: Immediate or intensive action', '3: Acción inmediata o intensiva'), points: { actionable_needs: 1 } },
];

const strengthScale: InstrumentOption[] = [
  { value: 0, label: text('0: A central strength to build the plan around', '0: Una fortaleza central para construir el plan') },
  { value: 1, label: text('1: A useful strength', '1: Una fortaleza útil') },
  { value: 2, label: text('2: A strength to develop', '2: Una fortaleza por desarrollar') },
  { value: 3, label: text('3: Not yet found', '3: Aún no identificada') },
];

const need = (key: string, en: string, es: string, extra: Partial<InstrumentItem> = {}): InstrumentItem => ({
  key,
  type: 'rating',
  facet: 'need',
  required: true,
  text: text(en, es),
  options: needScale,
  ...extra,
});

const strength = (key: string, en: string, es: string): InstrumentItem => ({
  key,
  type: 'rating',
  facet: 'strength',
  required: true,
  text: text(en, es),
  options: strengthScale,
});

const inSchool = { item: 'in_school', equals: 'yes' } as const;

export const childFunctional: InstrumentDefinition = {
  key: 'child-functional',
  version: 1,
  kind: 'functional',
  title: text("Child's needs and strengths (demonstration)", 'Necesidades y fortalezas del niño (demostración)'),
  description: text(
    'Rates one child’s needs and strengths so the case plan addresses the needs and builds on the strengths.',
    'Califica las necesidades y fortalezas de un niño para que el plan del caso atienda las necesidades y aproveche las fortalezas.',
  ),
  effectiveFrom: demoEffectiveFrom,
  source: demoSource,
  sections: [
    {
      key: 'daily_life',
      title: text('Daily life', 'Vida diaria'),
      items: [
        need(
          'daily_routines',
          "Managing daily routines for the child's age (eating, dressing, washing)",
          'Manejo de las rutinas diarias según la edad (comer, vestirse, asearse)',
        ),
        need('physical_health', 'Physical health', 'Salud física'),
        need('sleep', 'Sleep', 'Sueño'),
      ],
    },
    {
      key: 'feelings_behaviour',
      title: text('Feelings and behaviour', 'Emociones y conducta'),
      items: [
        need('worry', 'Worry, fear or nervousness', 'Preocupación, miedo o nerviosismo'),
        need('low_mood', 'Sadness or low mood', 'Tristeza o ánimo bajo'),
        need('anger', 'Anger and outbursts', 'Enojo y arrebatos'),
        need(
          'trauma_reactions',
          'Reactions to frightening or painful experiences, such as nightmares or startling easily',
          'Reacciones a experiencias atemorizantes o dolorosas, como pesadillas o sobresaltos',
        ),
      ],
    },
    {
      key: 'school',
      title: text('School or childcare', 'Escuela o guardería'),
      items: [
        {
          key: 'in_school',
          type: 'yes_no',
          required: true,
          text: text('The child goes to school or childcare.', 'El niño asiste a la escuela o a la guardería.'),
        },
        need('school_attendance', 'Going regularly', 'Asistencia regular', { showWhen: inSchool }),
        need('school_learning', 'Learning and progress', 'Aprendizaje y progreso', { showWhen: inSchool }),
      ],
    },
    {
      key: 'strengths',
      title: text('Strengths', 'Fortalezas'),
      items: [
        strength('family_bonds', 'Close bonds with family members', 'Lazos estrechos con familiares'),
        strength('friendships', 'Friendships and getting along with others', 'Amistades y buena relación con los demás'),
        strength('interests', 'Talents and interests', 'Talentos e intereses'),
        strength('community', 'Ties to culture, faith or community', 'Vínculos con su cultura, fe o comunidad'),
        strength('coping', 'Coping with setbacks', 'Capacidad de sobreponerse a los contratiempos'),
      ],
    },
    {
      key: 'caregiver',
      title: text("The child's caregiver", 'El cuidador del niño'),
      items: [
        need('caregiver_supervision', "Supervision suited to the child's age", 'Supervisión adecuada a la edad del niño'),
        need('caregiver_understanding', "Understanding of the child's needs", 'Comprensión de las necesidades del niño'),
      ],
    },
  ],
  indices: [{ key: 'actionable_needs', label: text('Needs calling for action', 'Necesidades que requieren acción') }],
};
