import type { Duration } from '../domain/time/deadline.js';
import { type HolidayRule, usFederalHolidays } from '../domain/time/holidays.js';
import type { ProfileVersion, Sourced, WorkRule } from './profile-schema.js';

type Text = { en: string; es: string };

/**
 * Federal clocks every state profile starts from (../shared/reference/federal-standards.md).
 * A state profile may replace a rule with a shorter limit, keeping the same key.
 */
/** The eleven federal holidays (5 U.S.C. 6103), observed on the nearest weekday. */
export const federalHolidays: HolidayRule[] = usFederalHolidays();

export const firstFaceToFaceRule: WorkRule = {
  key: 'first_face_to_face',
  task: { en: 'See the child face to face', es: 'Ver al niño o niña en persona' },
  // The time comes from the report's response priority, so the sentence names it rather than a number.
  reason: {
    en: 'First face-to-face contact with each alleged victim: within the response time of the report’s priority',
    es: 'Primer contacto en persona con cada presunta víctima: dentro del tiempo de respuesta de la prioridad del reporte',
  },
  on: 'report.screened_in',
  within: { responsePriority: true },
  perChild: true,
  assignTo: 'investigator',
  completedBy: [{ event: 'contact.completed', when: { faceToFace: true } }],
  cancelledBy: ['investigation.completed'],
  repeat: false,
};

export const casePlanRule = (days: number, source: string): WorkRule => ({
  key: 'case_plan',
  task: { en: 'Complete the case plan with the family', es: 'Completar el plan del caso con la familia' },
  reason: {
    en: 'Case plan: made with the family within {within} of the removal',
    es: 'Plan del caso: hecho con la familia dentro de {within} desde la remoción',
  },
  on: 'child.removed',
  within: { value: { amount: days, unit: 'calendar_days' }, source },
  perChild: true,
  assignTo: 'caseworker',
  completedBy: [{ event: 'case_plan.approved' }],
  cancelledBy: ['case.closed'],
  repeat: false,
});

/** Completing the investigation or initial assessment; each state names it and sets its limit. */
export const completionRule = (words: { task: Text; reason: Text }, within: Sourced<Duration>): WorkRule => ({
  key: 'initial_assessment',
  ...words,
  on: 'report.screened_in',
  within,
  perChild: false,
  assignTo: 'investigator',
  completedBy: [{ event: 'investigation.completed' }],
  cancelledBy: [],
  repeat: false,
});

/** The team meeting after a child is placed (GA: within 72 hours of an emergency placement). */
export const placementMeetingRule = (words: { task: Text; reason: Text }, within: Sourced<Duration>, when?: WorkRule['when']): WorkRule => ({
  key: 'placement_team_meeting',
  ...words,
  on: 'child.placed',
  ...(when ? { when } : {}),
  within,
  perChild: true,
  assignTo: 'caseworker',
  completedBy: [{ event: 'family_team_meeting.held' }],
  cancelledBy: ['case.closed'],
  repeat: false,
});

/** Two response priorities whose times the state has not given Hearth: the agency sets them. */
export const prioritiesForTheAgencyToSet = (note: string): ProfileVersion['responsePriorities'] => [
  { code: 'priority_1', label: { en: 'Priority 1 (most urgent)', es: 'Prioridad 1 (la más urgente)' }, within: { agencyToSet: true, note } },
  { code: 'priority_2', label: { en: 'Priority 2', es: 'Prioridad 2' }, within: { agencyToSet: true, note } },
];

/**
 * The demonstration screening instrument grades urgency as same day, 24 hours or 72 hours. Where
 * the agency's own priorities are still placeholders (GA, VT), the two most urgent grades answer
 * priority 1 and the third priority 2, so a recommendation and a lowered priority can be seen; the
 * agency confirms the mapping when it sets its response times.
 */
export const withInstrumentMapping = (priorities: ProfileVersion['responsePriorities']): ProfileVersion['responsePriorities'] =>
  priorities.map((p) =>
    p.code === 'priority_1'
      ? { ...p, instrumentCodes: ['same_day', 'within_24_hours'] }
      : p.code === 'priority_2'
        ? { ...p, instrumentCodes: ['within_72_hours'] }
        : p,
  );

export const federalRules: WorkRule[] = [
  {
    key: 'relative_notice',
    task: { en: 'Notify the relatives', es: 'Notificar a los familiares' },
    reason: {
      en: 'Relative notice: identify and notify adult relatives within {within} of the removal',
      es: 'Aviso a familiares: identificar y notificar a los familiares adultos dentro de {within} desde la remoción',
    },
    on: 'child.removed',
    within: { value: { amount: 30, unit: 'calendar_days' }, source: 'Social Security Act §471(a)(29) (Fostering Connections Act 2008 §103)' },
    perChild: true,
    assignTo: 'caseworker',
    completedBy: [{ event: 'relatives.notified' }],
    cancelledBy: ['case.closed'],
    repeat: false,
  },
  {
    key: 'case_plan_review',
    task: { en: 'Review the case plan', es: 'Revisar el plan del caso' },
    reason: {
      en: 'Case plan review: at least every {within} after the plan is approved',
      es: 'Revisión del plan del caso: por lo menos cada {within} después de aprobarse el plan',
    },
    on: 'case_plan.approved',
    within: { value: { amount: 6, unit: 'months' }, source: 'Social Security Act §475(5)(B); 45 CFR 1356.21 (periodic review every 6 months)' },
    perChild: false,
    assignTo: 'caseworker',
    completedBy: [{ event: 'case_plan.approved' }],
    cancelledBy: ['case.closed'],
    repeat: false,
  },
  {
    key: 'monthly_visit',
    task: { en: 'Visit the child in care', es: 'Visitar al niño o niña en cuidado' },
    reason: {
      en: 'Caseworker visit: each child in foster care, at least once within {within} of the last visit',
      es: 'Visita del trabajador: cada niño o niña en cuidado de crianza, al menos una vez dentro de {within} desde la última visita',
    },
    on: 'child.removed',
    within: {
      value: { amount: 1, unit: 'months' },
      source: 'Social Security Act §424(e) (P.L. 109-288): monthly caseworker visits, the majority in the residence',
    },
    perChild: true,
    assignTo: 'caseworker',
    completedBy: [{ event: 'visit.completed' }],
    cancelledBy: ['case.closed'],
    repeat: true,
  },
];

/** Monthly visits for children in care (federal); in-home standards are each agency's own. */
export const federalVisitStandards: ProfileVersion['visitStandards'] = [
  {
    caseType: 'out_of_home',
    riskLevels: ['low', 'moderate', 'high', 'very_high'],
    frequency: {
      value: { visits: 1, per: 'month', inResidenceShare: 0.5 },
      source: 'Social Security Act §424(e); performance standard 95% of required monthly visits, majority in the residence',
    },
  },
  { caseType: 'in_home', riskLevels: ['low', 'moderate'], frequency: { agencyToSet: true, note: 'In-home visit frequency by risk level is state policy.' } },
  { caseType: 'in_home', riskLevels: ['high', 'very_high'], frequency: { agencyToSet: true, note: 'In-home visit frequency by risk level is state policy.' } },
];

const requirement = (id: string) => `Hearth requirement ${id} (../shared/reference/requirements.md)`;
export const standardApprovals: ProfileVersion['approvals'] = [
  { kind: 'screening_decision', approver: 'supervisor', source: requirement('INT-4') },
  { kind: 'response_priority_override', approver: 'supervisor', source: 'Downward priority overrides need supervisor approval (MO CW Manual 2-3.4; INT-4)' },
  { kind: 'safety_plan', approver: 'supervisor', source: requirement('SUP-3') },
  { kind: 'risk_override', approver: 'supervisor', source: requirement('INV-5') },
  { kind: 'investigation_decision', approver: 'supervisor', source: requirement('INV-7') },
  { kind: 'case_plan', approver: 'supervisor', source: requirement('SUP-3') },
  { kind: 'placement', approver: 'supervisor', source: requirement('SUP-3') },
  { kind: 'closure', approver: 'supervisor', source: requirement('CLOSE-1') },
  { kind: 'extension', approver: 'supervisor', source: requirement('INV-6') },
  { kind: 'funding', approver: 'supervisor', source: requirement('SVC-4') },
];

export const demoInstrumentSet: ProfileVersion['instruments'] = {
  screening: { key: 'screening-criteria', version: 1 },
  safety: { key: 'safety-assessment', version: 1 },
  risk: { key: 'family-risk', version: 1 },
  risk_reassessment: { key: 'risk-reassessment', version: 1 },
  reunification: { key: 'reunification-assessment', version: 1 },
  functional: { key: 'child-functional', version: 1 },
};

/** Reminders a day before, escalation as soon as overdue: Hearth's defaults, the agency may change them. */
export const defaultEscalation: ProfileVersion['escalation'] = {
  remindBefore: { amount: 24, unit: 'hours' },
  escalateAfter: { amount: 0, unit: 'hours' },
};

/**
 * INV-7: the Missouri matrix as the federal-standards reference summarises it (an unsafe decision
 * always leads to case opening or placement; low risk closes; moderate opens or closes; high or
 * very high opens if substantiated, otherwise opens or closes with a referral).
 */
export const riskMatrixDecisionGuide: ProfileVersion['decisionGuide'] = {
  source:
    'Missouri risk matrix and SDM safety decision, as summarised in Hearth federal-standards §4 (an unsafe decision always leads to case opening or placement)',
  rules: [
    { when: { safety: ['unsafe'] }, recommend: ['open_out_of_home'] },
    { when: { risk: ['high', 'very_high'], substantiated: true }, recommend: ['open_in_home'] },
    { when: { risk: ['high', 'very_high'] }, recommend: ['open_in_home', 'close_with_referral'] },
    { when: { risk: ['moderate'] }, recommend: ['open_in_home', 'close', 'close_with_referral'] },
    { when: { risk: ['low'] }, recommend: ['close', 'close_with_referral'] },
  ],
};

/** What every shipped profile shares unless it says otherwise: standards, approvals, instruments, escalation. */
export const sharedDefaults = {
  visitStandards: federalVisitStandards,
  approvals: standardApprovals,
  instruments: demoInstrumentSet,
  decisionGuide: riskMatrixDecisionGuide,
  escalation: defaultEscalation,
} satisfies Pick<ProfileVersion, 'visitStandards' | 'approvals' | 'instruments' | 'decisionGuide' | 'escalation'>;

/**
 * The floor every shipped profile keeps (federal-standards §4: "an unsafe decision always leads to
 * case opening or placement"; INV-1: every child in the home is seen). The one exception is a family
 * that could not be found after documented efforts: at least three attempted contacts on record.
 */
export const federalClosureRules: NonNullable<ProfileVersion['closureRules']> = {
  source: 'Hearth federal-standards §4 (an unsafe decision always leads to case opening or placement); requirements INV-1, INV-4, INV-7',
  childrenSeen: {
    rule: {
      en: 'An investigation cannot close while any alleged victim or other child in the home has never been seen face to face, unless an allowed exception is recorded',
      es: 'Una investigación no puede cerrarse mientras algún presunto víctima u otro niño o niña del hogar no haya sido visto en persona, salvo que se registre una excepción permitida',
    },
    exceptions: [
      {
        code: 'family_not_located',
        label: {
          en: 'The family could not be located after documented efforts (at least 3 attempted contacts)',
          es: 'No se pudo localizar a la familia después de esfuerzos documentados (al menos 3 intentos de contacto)',
        },
        minimumAttempts: 3,
      },
    ],
  },
  unsafe: {
    rule: {
      en: 'When the safety decision is unsafe, the investigation can only open an out-of-home case (placement) or an in-home case with a safety plan the supervisor approved',
      es: 'Cuando la decisión de seguridad es inseguro, la investigación solo puede abrir un caso fuera del hogar (colocación) o un caso en el hogar con un plan de seguridad aprobado por el supervisor',
    },
    allowed: ['open_out_of_home', 'open_in_home_with_approved_safety_plan'],
  },
  safetyPlanSettled: {
    rule: {
      en: 'An investigation that closes without opening a case must first end its safety plans with a reason; an opened case takes them over',
      es: 'Una investigación que se cierra sin abrir un caso debe terminar antes sus planes de seguridad con un motivo; un caso abierto los asume',
    },
  },
};

/** The approved placement opens the out-of-home case and asks for the removal to be recorded (OOH-1). */
export const recordRemovalRule: WorkRule = {
  key: 'record_removal',
  task: { en: 'Record the removal', es: 'Registrar la separación del hogar' },
  reason: {
    en: 'The supervisor approved placing the child: record the removal (date, time, authority and circumstances) within {within}',
    es: 'El supervisor aprobó la colocación del niño o niña: registre la separación (fecha, hora, autoridad y circunstancias) dentro de {within}',
  },
  on: 'placement.approved',
  within: {
    value: { amount: 24, unit: 'hours' },
    source: 'Hearth default (AFCARS removal date and circumstances, federal-standards §2); the agency may change it',
  },
  perChild: false,
  // The investigator carries out an emergency removal, so the task is theirs, on the investigation.
  assignTo: 'investigator',
  completedBy: [{ event: 'child.removed' }],
  cancelledBy: [],
  repeat: false,
};

/**
 * INV-2: a contact whose safety check found the children not safe goes to the supervisor at once,
 * as an urgent task that stays on the team's view until a safety assessment or an approved safety
 * plan answers it.
 */
export const safetyConcernRule: WorkRule = {
  key: 'answer_safety_concern',
  task: { en: 'Answer a "children not safe" contact', es: 'Responder a un contacto con «los niños no están seguros»' },
  reason: {
    en: 'A contact found the children not safe: decide with the investigator and answer it with a safety assessment or an approved safety plan within {within}',
    es: 'Un contacto encontró que los niños no están seguros: decida con el investigador y respóndalo con una evaluación de seguridad o un plan de seguridad aprobado dentro de {within}',
  },
  on: 'contact.unsafe',
  within: { value: { amount: 2, unit: 'hours' }, source: 'Hearth default for a present danger found at a contact (INV-2); the agency may change it' },
  perChild: false,
  assignTo: 'supervisor',
  completedBy: [{ event: 'safety_assessment.completed' }, { event: 'safety_plan.approved' }],
  cancelledBy: ['investigation.completed'],
  repeat: false,
  urgent: true,
};

/**
 * Version 2 of a shipped profile (in force from 2026-12-01): the previous version with the closure
 * rules as data, the removal task and the "children not safe" alert. Past events keep the version
 * they were timed by.
 */
/**
 * INT-5: the federal floor. A child who is or may be a victim of sex trafficking is reported to law
 * enforcement at once, no later than 24 hours after the agency learns of it. Which other
 * allegations a state requires reported (serious physical or sexual abuse, usually) is state law,
 * for the agency to add.
 */
export const federalCrossReporting: NonNullable<ProfileVersion['crossReporting']> = {
  rules: [
    {
      maltreatmentTypes: ['sex_trafficking'],
      agencyKind: 'law_enforcement',
      rule: {
        en: 'Sex trafficking: report to law enforcement within {within} of the report',
        es: 'Trata sexual: informar a las autoridades policiales dentro de {within} desde el reporte',
      },
      within: { value: { amount: 24, unit: 'hours' }, source: 'Social Security Act §471(a)(35)(B) (P.L. 113-183): immediately, no later than 24 hours' },
    },
  ],
};

export const withClosureRules = (previous: ProfileVersion): ProfileVersion => ({
  ...previous,
  version: previous.version + 1,
  effectiveFrom: '2026-12-01',
  rules: [...previous.rules, recordRemovalRule, safetyConcernRule],
  responsePriorities: withInstrumentMapping(previous.responsePriorities),
  closureRules: federalClosureRules,
  crossReporting: federalCrossReporting,
});
