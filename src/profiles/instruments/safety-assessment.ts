import type { Condition, InstrumentDefinition, InstrumentItem } from '../../domain/instruments/index.js';
import { demoEffectiveFrom, demoSource, text } from './demo-common.js';

/**
 * Household safety assessment (INV-3) in Connecticut's ABC framing: Adult protective capacities,
 * dangerous Behaviours or conditions, Child vulnerability; then the interventions considered and
 * the decision safe / safe with plan / unsafe. DEMONSTRATION ONLY: our own paraphrased threats and
 * rules, not a validated tool; do not use it for real decisions without the agency's own licensed
 * content. Child vulnerability is answered per child: `{ [childId]: 'yes' | 'no' }`.
 */

const yesNo = (key: string, en: string, es: string, extra: Partial<InstrumentItem> = {}): InstrumentItem => ({
  key,
  type: 'yes_no',
  required: true,
  text: text(en, es),
  ...extra,
});

const anyThreat: Condition = { count: { items: 'section:behaviours', equals: 'yes' }, atLeast: 1 };

export const safetyAssessment: InstrumentDefinition = {
  key: 'safety-assessment',
  version: 1,
  kind: 'safety',
  title: text('Safety assessment (demonstration)', 'Evaluación de seguridad (demostración)'),
  description: text(
    'Is any child in danger of serious harm now or soon, and what will protect each child?',
    '¿Corre algún niño peligro de daño grave ahora o pronto, y qué protegerá a cada niño?',
  ),
  effectiveFrom: demoEffectiveFrom,
  source: demoSource,
  sections: [
    {
      key: 'adult_capacities',
      title: text('A: Adult protective capacities', 'A: Capacidades protectoras de los adultos'),
      items: [
        yesNo(
          'pc_sees_danger',
          'At least one caregiver sees the danger to the child and wants to keep the child safe.',
          'Al menos un cuidador reconoce el peligro para el niño y quiere mantenerlo a salvo.',
        ),
        yesNo(
          'pc_protected_before',
          'A caregiver has acted to protect the child in a similar situation before.',
          'Un cuidador ya ha actuado para proteger al niño en una situación parecida.',
        ),
        yesNo(
          'pc_network',
          'People the family trusts are able and willing to help keep the child safe now.',
          'Personas de confianza de la familia pueden y quieren ayudar a mantener al niño a salvo ahora.',
        ),
        yesNo(
          'pc_works_with_agency',
          'A caregiver will make a safety plan with the agency and keep to it.',
          'Un cuidador hará un plan de seguridad con la agencia y lo cumplirá.',
        ),
      ],
    },
    {
      key: 'behaviours',
      title: text('B: Dangerous behaviours and conditions', 'B: Conductas y condiciones peligrosas'),
      items: [
        yesNo(
          'threat_serious_harm',
          'A caregiver has seriously hurt a child, or has made believable threats to do so.',
          'Un cuidador ha lastimado gravemente a un niño, o ha hecho amenazas creíbles de hacerlo.',
        ),
        yesNo(
          'threat_unexplained_injury',
          "A child has an injury the caregiver's account does not fit or does not explain.",
          'Un niño tiene una lesión que la explicación del cuidador no aclara o con la que no concuerda.',
        ),
        yesNo(
          'threat_needs_unmet',
          "A child's urgent needs for food, shelter, supervision or medical care are going unmet.",
          'Las necesidades urgentes de un niño de comida, vivienda, supervisión o atención médica no se cubren.',
        ),
        yesNo(
          'threat_hazardous_home',
          'Something in the home could seriously hurt a child now, such as reachable drugs or weapons.',
          'Algo en el hogar podría lastimar gravemente a un niño ahora, como drogas o armas a su alcance.',
        ),
        yesNo(
          'threat_substance_use',
          "A caregiver's drinking or drug use now keeps them from caring for a child safely.",
          'El consumo de alcohol o drogas de un cuidador le impide ahora cuidar de un niño con seguridad.',
        ),
        yesNo(
          'threat_adult_violence',
          'Violence between adults in the home puts a child at risk of being hurt.',
          'La violencia entre adultos del hogar pone a un niño en riesgo de ser lastimado.',
        ),
        yesNo(
          'threat_caregiver_condition',
          "A caregiver's mental, emotional or cognitive state now prevents safe care.",
          'El estado mental, emocional o cognitivo de un cuidador impide ahora un cuidado seguro.',
        ),
        yesNo(
          'threat_not_protecting',
          'A caregiver does not or cannot keep a child away from someone likely to harm them.',
          'Un cuidador no aleja, o no puede alejar, a un niño de alguien que probablemente le haga daño.',
        ),
        yesNo(
          'threat_sexual_abuse',
          "There is reason to think a child was sexually abused and the child's safety now is in question.",
          'Hay motivos para pensar que un niño sufrió abuso sexual y su seguridad ahora está en duda.',
        ),
        yesNo(
          'threat_no_access',
          'The family hides a child, refuses to let the agency see them, or may leave to avoid the agency.',
          'La familia oculta a un niño, no deja que la agencia lo vea, o podría irse para evitar a la agencia.',
        ),
        yesNo('threat_other', 'Another condition puts a child in danger of serious harm now.', 'Otra condición pone a un niño en peligro de daño grave ahora.'),
        {
          key: 'threat_other_describe',
          type: 'text',
          required: true,
          showWhen: { item: 'threat_other', equals: 'yes' },
          text: text('Describe the other danger', 'Describa el otro peligro'),
        },
      ],
    },
    {
      key: 'child_vulnerability',
      title: text('C: Child vulnerability', 'C: Vulnerabilidad del niño'),
      items: [
        yesNo('cv_under_six', 'This child is under 6 years old.', 'Este niño tiene menos de 6 años.', { appliesTo: 'each_child' }),
        yesNo(
          'cv_limited_self_protection',
          'A physical, developmental or health condition limits how well this child can protect themselves or ask for help.',
          'Una condición física, del desarrollo o de salud limita la capacidad de este niño para protegerse o pedir ayuda.',
          { appliesTo: 'each_child' },
        ),
        yesNo('cv_rarely_seen', 'Adults outside the household rarely see this child.', 'Los adultos fuera del hogar rara vez ven a este niño.', {
          appliesTo: 'each_child',
        }),
      ],
    },
    {
      key: 'interventions',
      title: text('Interventions considered', 'Intervenciones consideradas'),
      items: [
        {
          key: 'interventions_in_home',
          type: 'multi',
          required: true,
          showWhen: anyThreat,
          help: text('From least to most intrusive.', 'De la menos a la más intrusiva.'),
          text: text('Which in-home interventions could protect the children?', '¿Qué intervenciones en el hogar podrían proteger a los niños?'),
          options: [
            { value: 'worker_visits', label: text('More frequent visits by the worker', 'Visitas más frecuentes del trabajador') },
            { value: 'family_network', label: text('Help from relatives or friends', 'Ayuda de familiares o amigos') },
            { value: 'community_services', label: text('Community services', 'Servicios comunitarios') },
            { value: 'person_leaves', label: text('The person causing the danger leaves the home', 'La persona que causa el peligro deja el hogar') },
            {
              value: 'caregiver_moves_with_child',
              label: text('The protective caregiver moves with the child to a safe place', 'El cuidador protector se muda con el niño a un lugar seguro'),
            },
            { value: 'legal_action', label: text('Legal action, such as a protective order', 'Acción legal, como una orden de protección') },
            { value: 'none', label: text('No in-home intervention is enough', 'Ninguna intervención en el hogar es suficiente') },
          ],
        },
        yesNo(
          'interventions_control',
          'Together, the interventions chosen control every threat marked above.',
          'En conjunto, las intervenciones elegidas controlan todas las amenazas marcadas arriba.',
          {
            showWhen: { all: [anyThreat, { item: 'interventions_in_home', answered: true }, { not: { item: 'interventions_in_home', equals: 'none' } }] },
          },
        ),
      ],
    },
  ],
  indices: [],
  decisions: {
    rules: [
      {
        when: { not: anyThreat },
        outcome: 'safe',
        label: text('Safe: no safety threat was found', 'Seguro: no se encontró ninguna amenaza a la seguridad'),
      },
      {
        when: {
          all: [
            { item: 'interventions_control', equals: 'yes' },
            { count: { items: 'section:adult_capacities', equals: 'yes' }, atLeast: 1 },
          ],
        },
        outcome: 'safe_with_plan',
        label: text(
          'Safe with a plan: in-home interventions and a written safety plan control the threats',
          'Seguro con un plan: las intervenciones en el hogar y un plan de seguridad escrito controlan las amenazas',
        ),
      },
    ],
    defaultOutcome: {
      outcome: 'unsafe',
      label: text('Unsafe: only care outside the home protects the child', 'Inseguro: solo el cuidado fuera del hogar protege al niño'),
    },
  },
};
