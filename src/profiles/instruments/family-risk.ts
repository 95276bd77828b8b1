import type { InstrumentDefinition } from '../../domain/instruments/index.js';
import { demoEffectiveFrom, demoSource, levelLabel, reportCountOptions, text, yesScores } from './demo-common.js';

/**
 * Family risk assessment (INV-5): a neglect index and an abuse index; the higher level of the two
 * is the household's. Policy overrides raise it to very high; a discretionary override raises it
 * one level with supervisor approval. DEMONSTRATION ONLY: the items, points and thresholds are our
 * own illustrations, not a validated or actuarial tool; do not use it for real decisions without
 * the agency's own licensed content.
 */

export const familyRisk: InstrumentDefinition = {
  key: 'family-risk',
  version: 1,
  kind: 'risk',
  title: text('Family risk assessment (demonstration)', 'Evaluación del riesgo familiar (demostración)'),
  description: text(
    'How likely the family is to come to the agency again. It does not measure how serious this report is.',
    'Qué tan probable es que la familia vuelva a la agencia. No mide la gravedad de este reporte.',
  ),
  effectiveFrom: demoEffectiveFrom,
  source: demoSource,
  sections: [
    {
      key: 'history',
      title: text('History with the agency', 'Historial con la agencia'),
      items: [
        {
          key: 'prior_reports',
          type: 'single',
          required: true,
          text: text('Earlier reports about this household', 'Reportes anteriores sobre este hogar'),
          options: reportCountOptions({ neglect: 1, abuse: 1 }, { neglect: 2, abuse: 1 }),
        },
        {
          key: 'prior_injury',
          type: 'yes_no',
          required: true,
          text: text(
            'A child in the home was hurt by a caregiver before this report.',
            'Un niño del hogar fue lastimado por un cuidador antes de este reporte.',
          ),
          options: yesScores({ abuse: 1 }),
        },
      ],
    },
    {
      key: 'household',
      title: text('Household', 'Hogar'),
      items: [
        {
          key: 'children_in_home',
          type: 'single',
          required: true,
          text: text('Children living in the home', 'Niños que viven en el hogar'),
          options: [
            { value: 'one_or_two', label: text('One or two', 'Uno o dos') },
            { value: 'three_or_more', label: text('Three or more', 'Tres o más'), points: { neglect: 1 } },
          ],
        },
        {
          key: 'youngest_under_two',
          type: 'yes_no',
          required: true,
          text: text('The youngest child is under 2.', 'El niño más pequeño tiene menos de 2 años.'),
          options: yesScores({ neglect: 1 }),
        },
        {
          key: 'housing_unstable',
          type: 'yes_no',
          required: true,
          text: text('The family has moved often or may lose its home.', 'La familia se ha mudado a menudo o podría perder su vivienda.'),
          options: yesScores({ neglect: 1 }),
        },
        {
          key: 'child_needs',
          type: 'multi',
          required: true,
          text: text('Children in the home with extra care needs', 'Niños del hogar con necesidades de cuidado adicionales'),
          options: [
            { value: 'developmental', label: text('Developmental', 'Del desarrollo'), points: { neglect: 1 } },
            { value: 'medical', label: text('Medical', 'Médicas'), points: { neglect: 1 } },
            { value: 'behavioural', label: text('Behavioural', 'De conducta'), points: { abuse: 1 } },
            { value: 'none', label: text('None of these', 'Ninguna de estas') },
          ],
        },
      ],
    },
    {
      key: 'caregivers',
      title: text('Caregivers', 'Cuidadores'),
      items: [
        {
          key: 'substance_use',
          type: 'single',
          required: true,
          text: text("A caregiver's alcohol or drug use has caused problems", 'El consumo de alcohol o drogas de un cuidador ha causado problemas'),
          options: [
            { value: 'never', label: text('No', 'No') },
            { value: 'past', label: text('In the past', 'En el pasado'), points: { neglect: 1 } },
            { value: 'current', label: text('Now', 'Actualmente'), points: { neglect: 2, abuse: 1 } },
          ],
        },
        {
          key: 'mental_health',
          type: 'yes_no',
          required: true,
          text: text("A caregiver's mental health makes daily care hard.", 'La salud mental de un cuidador dificulta el cuidado diario.'),
          options: yesScores({ neglect: 1 }),
        },
        {
          key: 'adult_violence',
          type: 'single',
          required: true,
          text: text('Violence between adults in the home in the past year', 'Violencia entre adultos del hogar en el último año'),
          options: [
            { value: 'none', label: text('None', 'Ninguna') },
            { value: 'once', label: text('Once', 'Una vez'), points: { abuse: 1 } },
            { value: 'repeated', label: text('More than once', 'Más de una vez'), points: { abuse: 2 } },
          ],
        },
        {
          key: 'harsh_discipline',
          type: 'yes_no',
          required: true,
          text: text(
            "A caregiver's discipline is harsh for the child's age or leaves marks.",
            'La disciplina de un cuidador es dura para la edad del niño o deja marcas.',
          ),
          options: yesScores({ abuse: 1 }),
        },
        {
          key: 'caregiver_in_care_as_child',
          type: 'yes_no',
          required: true,
          text: text('A caregiver was in foster care or was maltreated as a child.', 'Un cuidador estuvo en acogida o fue maltratado de niño.'),
          options: yesScores({ abuse: 1 }),
        },
      ],
    },
  ],
  indices: [
    { key: 'neglect', label: text('Neglect index', 'Índice de negligencia') },
    { key: 'abuse', label: text('Abuse index', 'Índice de maltrato') },
  ],
  levels: {
    basis: { maxOf: ['neglect', 'abuse'] },
    thresholds: [
      { level: 'low', min: 0 },
      { level: 'moderate', min: 3 },
      { level: 'high', min: 5 },
      { level: 'very_high', min: 7 },
    ],
    labels: levelLabel,
  },
  decisions: {
    rules: [
      {
        when: { level: { in: ['high', 'very_high'] } },
        outcome: 'open_for_services',
        label: text('Open the case for ongoing services', 'Abrir el caso para servicios continuos'),
      },
      {
        when: { level: { in: ['moderate'] } },
        outcome: 'consider_services',
        label: text('Consider opening the case, or close with a referral', 'Considerar abrir el caso, o cerrarlo con una referencia'),
      },
    ],
    defaultOutcome: { outcome: 'close', label: text('Close unless other concerns remain', 'Cerrar salvo que queden otras preocupaciones') },
  },
  overrides: {
    policy: [
      {
        key: 'sexual_abuse_with_access',
        label: text(
          'Sexual abuse, and the person responsible is likely to have access to the child',
          'Abuso sexual, y es probable que la persona responsable tenga acceso al niño',
        ),
        setLevel: 'very_high',
      },
      {
        key: 'serious_injury_under_two',
        label: text('Serious non-accidental injury to a child under 2', 'Lesión grave no accidental a un niño menor de 2 años'),
        setLevel: 'very_high',
      },
      {
        key: 'sibling_maltreatment_death',
        label: text("A sibling's death from maltreatment", 'La muerte de un hermano por maltrato'),
        setLevel: 'very_high',
      },
    ],
    discretionary: { maxStepsUp: 1, maxStepsDown: 0, requiresReason: true, requiresApproval: true },
  },
};
