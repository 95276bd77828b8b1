import type { FamilyTeaming, ProfileVersion, WorkRule } from './profile-schema.js';

const gaSeed = 'Georgia DFCS Case Practice Model (../shared/seeds/003), Family Team Meetings';

/**
 * ENG-3..5, the federal floor of family teaming every shipped profile starts from: what a family
 * team meeting must disclose (GA's "full disclosure regarding laws, regulations, and policies which
 * impact their life situation", naming ASFA's time frames and concurrent planning) and the limit on
 * youth-chosen team members (SSA §475(1)(B)). A state adds its own items in a later version.
 */
export const federalFamilyTeaming: FamilyTeaming = {
  source: `${gaSeed}; Hearth federal-standards §4`,
  disclosureItems: [
    {
      code: 'asfa_timeframes',
      label: { en: 'ASFA time frames', es: 'Plazos de la ley ASFA' },
      explanation: {
        en: 'A child in care 15 of the last 22 months leads, by law, to a petition to end parental rights unless an exception applies; a permanency hearing is held within 12 months of entering care.',
        es: 'Si un niño o niña está en cuidado 15 de los últimos 22 meses, la ley pide una petición para terminar los derechos de los padres, salvo una excepción; la audiencia de permanencia se realiza dentro de los 12 meses de entrar en cuidado.',
      },
      source: 'Adoption and Safe Families Act, SSA §475(5)(C), (E); federal-standards §4',
    },
    {
      code: 'concurrent_planning',
      label: { en: 'Concurrent planning', es: 'Planificación simultánea' },
      explanation: {
        en: 'While the agency works with the family towards reunification, it also plans another permanent home in case reunification is not possible.',
        es: 'Mientras la agencia trabaja con la familia para la reunificación, también planifica otro hogar permanente por si la reunificación no es posible.',
      },
      source: `${gaSeed}: "the practice of concurrent planning"`,
    },
    {
      code: 'family_rights',
      label: { en: 'The family’s rights', es: 'Los derechos de la familia' },
      explanation: {
        en: 'The right to be heard, to have a lawyer in court, to see the case plan and agree or disagree with it, and to appeal decisions.',
        es: 'El derecho a ser escuchados, a tener un abogado en la corte, a ver el plan del caso y estar de acuerdo o no, y a apelar las decisiones.',
      },
      source: `${gaSeed}: "full disclosure regarding laws, regulations, and policies"`,
    },
    {
      code: 'how_to_ask_for_a_meeting',
      label: { en: 'How to ask for a meeting', es: 'Cómo pedir una reunión' },
      explanation: {
        en: 'Any member of the team, a parent or a youth, can ask the caseworker for a family team meeting at any time.',
        es: 'Cualquier miembro del equipo, un padre, una madre o un joven, puede pedir al trabajador social una reunión del equipo familiar en cualquier momento.',
      },
      source: `${gaSeed}: "including when a team member, such as parent or youth, requests such a meeting"`,
    },
  ],
  youthChosen: { minAge: 14, maxMembers: 2, source: 'SSA §475(1)(B), P.L. 113-183: a youth 14 or older may choose up to 2 case-planning team members' },
};

/** GA: "The DFCS convenes family team meetings regularly, including when a team member … requests such a meeting." */
const requestedMeetingRule: WorkRule = {
  key: 'requested_team_meeting',
  task: { en: 'Hold the family team meeting the family asked for', es: 'Realizar la reunión del equipo familiar que pidió la familia' },
  reason: {
    en: 'A parent or youth asked for a family team meeting: hold it within {within}',
    es: 'Un padre, una madre o un joven pidió una reunión del equipo familiar: realizarla dentro de {within}',
  },
  on: 'family_team_meeting.requested',
  within: { agencyToSet: true, note: 'The seeds say a requested meeting is convened but give no time; the agency sets it.' },
  perChild: false,
  assignTo: 'caseworker',
  completedBy: [{ event: 'family_team_meeting.held' }],
  cancelledBy: ['case.closed'],
  repeat: false,
};

/**
 * ENG-2: while anyone in the family network is missing, a search is due again after each one, until
 * they are all found. No source Hearth has gives the interval, so the agency sets it.
 */
const diligentSearchRule: WorkRule = {
  key: 'diligent_search',
  task: { en: 'Search again for the family members who are missing', es: 'Buscar de nuevo a los familiares cuyo paradero se desconoce' },
  reason: {
    en: 'Diligent search: search again within {within} of the last search, until everyone is found',
    es: 'Búsqueda diligente: buscar de nuevo dentro de {within} desde la última búsqueda, hasta encontrar a todos',
  },
  on: 'relative.whereabouts_unknown',
  within: { agencyToSet: true, note: 'No federal or state source in Hearth gives how often a diligent search is repeated; the agency sets it.' },
  perChild: false,
  assignTo: 'caseworker',
  completedBy: [{ event: 'diligent_search.logged' }],
  cancelledBy: ['relatives.located', 'case.closed'],
  repeat: true,
};

/**
 * Version 3 of a shipped profile (in force from 2026-12-04): the previous version with family
 * teaming as data (the disclosure list, the youth-chosen limit), the task a family's request opens and
 * the recurring diligent search.
 */
export const withFamilyTeaming = (previous: ProfileVersion): ProfileVersion => ({
  ...previous,
  version: previous.version + 1,
  effectiveFrom: '2026-12-04',
  rules: [...previous.rules, requestedMeetingRule, diligentSearchRule],
  familyTeaming: federalFamilyTeaming,
});
