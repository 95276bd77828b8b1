import type { InstrumentDefinition } from '../../domain/instruments/index.js';
import { demoEffectiveFrom, demoSource, text } from './demo-common.js';

/**
 * Screening criteria and response priority (INT-4), in three steps: does the report meet a
 * maltreatment-type criterion, how fast must someone go, and may it take the family-assessment
 * path. DEMONSTRATION ONLY: our own paraphrased items and rules, not a validated tool; do not use
 * it for real decisions without the agency's own licensed content.
 */
export const screeningCriteria: InstrumentDefinition = {
  key: 'screening-criteria',
  version: 1,
  kind: 'screening',
  title: text('Screening criteria and response priority (demonstration)', 'Criterios de admisión y prioridad de respuesta (demostración)'),
  description: text(
    'Decides whether a report is screened in, on which path, and how quickly the agency responds.',
    'Decide si se admite un reporte, por qué vía y con qué rapidez responde la agencia.',
  ),
  effectiveFrom: demoEffectiveFrom,
  source: demoSource,
  sections: [
    {
      key: 'physical_abuse',
      title: text('Physical abuse', 'Maltrato físico'),
      items: [
        {
          key: 'pa_injury',
          type: 'yes_no',
          required: true,
          text: text(
            'The report describes an injury a caregiver caused, or one the child says a caregiver caused.',
            'El reporte describe una lesión causada por un cuidador, o una que el niño atribuye a un cuidador.',
          ),
        },
        {
          key: 'pa_injury_serious',
          type: 'yes_no',
          required: true,
          showWhen: { item: 'pa_injury', equals: 'yes' },
          text: text(
            'The injury needs medical attention, or is on the head, face, neck or torso.',
            'La lesión necesita atención médica, o está en la cabeza, la cara, el cuello o el torso.',
          ),
        },
        {
          key: 'pa_threat',
          type: 'yes_no',
          required: true,
          text: text(
            'A caregiver has threatened to badly hurt the child, or has used a weapon or object against the child.',
            'Un cuidador ha amenazado con lastimar gravemente al niño, o ha usado un arma u objeto contra el niño.',
          ),
        },
      ],
    },
    {
      key: 'neglect',
      title: text('Neglect', 'Negligencia'),
      items: [
        {
          key: 'ng_basic_needs',
          type: 'yes_no',
          required: true,
          text: text(
            'The child goes without food, shelter, clothing or hygiene to a degree that could harm the child.',
            'Al niño le faltan alimentos, vivienda, ropa o higiene hasta el punto de poder hacerle daño.',
          ),
        },
        {
          key: 'ng_supervision',
          type: 'yes_no',
          required: true,
          text: text(
            'A child who cannot look after themselves is left alone, or with someone unable to care for them.',
            'Un niño que no puede cuidarse solo queda solo, o con alguien que no puede cuidarlo.',
          ),
        },
        {
          key: 'ng_medical',
          type: 'yes_no',
          required: true,
          text: text(
            'Care the child urgently needs for a physical or mental health condition is not being sought.',
            'No se busca la atención que el niño necesita con urgencia por una condición física o de salud mental.',
          ),
        },
      ],
    },
    {
      key: 'sexual_abuse',
      title: text('Sexual abuse', 'Abuso sexual'),
      items: [
        {
          key: 'sa_concern',
          type: 'yes_no',
          required: true,
          text: text(
            'The child has described sexual contact, someone saw it, or there are physical signs of it.',
            'El niño ha descrito contacto sexual, alguien lo presenció, o hay señales físicas de ello.',
          ),
        },
        {
          key: 'sa_access',
          type: 'yes_no',
          required: true,
          showWhen: { item: 'sa_concern', equals: 'yes' },
          text: text(
            'The person thought responsible could be with the child within the next day.',
            'La persona que se cree responsable podría estar con el niño dentro del próximo día.',
          ),
        },
      ],
    },
    {
      key: 'emotional_abuse',
      title: text('Emotional abuse', 'Maltrato emocional'),
      items: [
        {
          key: 'ea_harm',
          type: 'yes_no',
          required: true,
          text: text(
            "A caregiver's behaviour toward the child is said to cause the child serious distress, fear or withdrawal.",
            'Se dice que la conducta de un cuidador hacia el niño le causa angustia, miedo o retraimiento graves.',
          ),
        },
      ],
    },
    {
      key: 'response',
      title: text('Response and path', 'Respuesta y vía'),
      items: [
        {
          key: 'youngest_age',
          type: 'single',
          required: true,
          text: text('Age of the youngest child named in the report', 'Edad del niño más pequeño mencionado en el reporte'),
          options: [
            { value: 'under_3', label: text('Under 3', 'Menor de 3 años') },
            { value: 'age_3_to_5', label: text('3 to 5', 'De 3 a 5 años') },
            { value: 'age_6_to_12', label: text('6 to 12', 'De 6 a 12 años') },
            { value: 'age_13_plus', label: text('13 or older', '13 años o más') },
          ],
        },
        {
          key: 'seen_by_others',
          type: 'yes_no',
          required: true,
          text: text(
            'Adults outside the home (school, childcare, a doctor) see the child at least once a week.',
            'Adultos fuera del hogar (escuela, guardería, un médico) ven al niño al menos una vez por semana.',
          ),
        },
        {
          key: 'family_assessment_allowed',
          type: 'yes_no',
          required: true,
          // Asked only when nothing already rules the family-assessment path out.
          showWhen: {
            not: {
              any: [
                { item: 'sa_concern', equals: 'yes' },
                { item: 'pa_injury_serious', equals: 'yes' },
              ],
            },
          },
          text: text(
            'Agency policy allows a family-assessment response for this report (for example, no open investigation).',
            'La política de la agencia permite una respuesta de evaluación familiar para este reporte (por ejemplo, sin investigación abierta).',
          ),
        },
        {
          key: 'community_referral',
          type: 'text',
          required: false,
          text: text('Community services suggested to the family or caller', 'Servicios comunitarios sugeridos a la familia o a quien llamó'),
        },
      ],
    },
  ],
  indices: [],
  decisions: {
    rules: [
      {
        when: {
          any: [
            {
              all: [
                { item: 'sa_concern', equals: 'yes' },
                { item: 'sa_access', equals: 'yes' },
              ],
            },
            { item: 'pa_injury_serious', equals: 'yes' },
            {
              all: [
                { item: 'pa_threat', equals: 'yes' },
                { item: 'youngest_age', in: ['under_3', 'age_3_to_5'] },
              ],
            },
            {
              all: [
                { item: 'ng_supervision', equals: 'yes' },
                { item: 'youngest_age', equals: 'under_3' },
              ],
            },
          ],
        },
        outcome: 'screen_in',
        label: text('Screen in for investigation: respond the same day', 'Admitir para investigación: responder el mismo día'),
        attributes: { responsePriority: 'same_day' },
      },
      {
        when: {
          any: [
            { item: 'sa_concern', equals: 'yes' },
            { item: 'pa_injury', equals: 'yes' },
            { item: 'pa_threat', equals: 'yes' },
            {
              all: [
                { count: { items: 'section:neglect', equals: 'yes' }, atLeast: 1 },
                { item: 'seen_by_others', equals: 'no' },
              ],
            },
          ],
        },
        outcome: 'screen_in',
        label: text('Screen in for investigation: respond within 24 hours', 'Admitir para investigación: responder en 24 horas'),
        attributes: { responsePriority: 'within_24_hours' },
      },
      {
        when: {
          all: [
            { count: { items: ['ng_basic_needs', 'ng_supervision', 'ng_medical', 'ea_harm'], equals: 'yes' }, atLeast: 1 },
            { item: 'family_assessment_allowed', equals: 'yes' },
          ],
        },
        outcome: 'screen_in_family_assessment',
        label: text('Screen in for a family assessment: respond within 72 hours', 'Admitir para evaluación familiar: responder en 72 horas'),
        attributes: { responsePriority: 'within_72_hours' },
      },
      {
        when: { count: { items: ['ng_basic_needs', 'ng_supervision', 'ng_medical', 'ea_harm'], equals: 'yes' }, atLeast: 1 },
        outcome: 'screen_in',
        label: text('Screen in for investigation: respond within 72 hours', 'Admitir para investigación: responder en 72 horas'),
        attributes: { responsePriority: 'within_72_hours' },
      },
    ],
    defaultOutcome: {
      outcome: 'screen_out',
      label: text('Screen out and offer a community referral', 'No admitir y ofrecer una referencia comunitaria'),
      attributes: { referral: 'community_services' },
    },
  },
};
