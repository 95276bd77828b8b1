import { describeDuration, type Duration } from '../domain/time/deadline.js';
import { holidaysInYear } from '../domain/time/holidays.js';
import { type ClosureRules, type FamilyTeaming, isSet, type ProfileCode, type ProfileVersion, type Sourced, type WorkRule } from './profile-schema.js';

export type Language = 'en' | 'es';
export interface ProfileLine {
  key: string;
  text: string;
  source: string | null;
  agencyToSet: boolean;
}
export interface ProfileSection {
  key: string;
  heading: string;
  lines: ProfileLine[];
}
export interface ProfileDescription {
  code: ProfileCode;
  version: number;
  effectiveFrom: string;
  name: string;
  summary: string;
  timeZone: string;
  sections: ProfileSection[];
}

const words = {
  en: {
    notSet: 'not set yet: the agency sets this value',
    ruleNotSet: 'the agency has not set this time limit yet',
    standardNotSet: 'the agency has not set this standard yet',
    responseNotSet: (label: string) => `${label}: the agency has not set this response time yet`,
    responseTime: 'the response time of the report’s priority',
    response: (label: string, within: string) => `${label}: first contact within ${within} of the report`,
    headings: {
      response: 'Response priorities',
      deadlines: 'Deadlines and meetings',
      visits: 'Visit standards',
      approvals: 'Decisions that need approval',
      instruments: 'Instruments',
      calendar: 'Calendar',
      escalation: 'Reminders and escalation',
    },
    caseType: { in_home: 'In-home cases', out_of_home: 'Children in out-of-home care' },
    risk: { low: 'low', moderate: 'moderate', high: 'high', very_high: 'very high' },
    visits: (n: number, per: string, share?: number) => `at least ${n} visit${n === 1 ? '' : 's'} per ${per}${share ? ', most of them in the residence' : ''}`,
    per: { week: 'week', month: 'month' },
    riskLevels: (levels: string) => `risk ${levels}`,
    approver: { supervisor: 'approved by a supervisor', program_manager: 'approved by a program manager' },
    approval: {
      screening_decision: 'Screening decision',
      response_priority_override: 'Lowering the response priority',
      safety_plan: 'Safety plan',
      risk_override: 'Risk level override',
      investigation_decision: 'Investigation decision',
      case_plan: 'Case plan',
      placement: 'Placement',
      closure: 'Case closure',
      extension: 'Extension of a time limit',
      funding: 'Flexible funding',
    },
    instrument: {
      screening: 'Screening',
      safety: 'Safety assessment',
      risk: 'Family risk assessment',
      risk_reassessment: 'Risk reassessment',
      reunification: 'Reunification assessment',
      functional: 'Child functional assessment',
    },
    version: 'version',
    timeZone: (tz: string) => `Time zone: ${tz}; every date and deadline is in this zone`,
    holidays: (year: number, list: string) => `Holidays in ${year}: ${list}`,
    weekends: 'Business days are Monday to Friday, except holidays',
    remind: (d: string) => `The assignee is reminded ${d} before a task is due`,
    escalate: (d: string) =>
      d.startsWith('0 ')
        ? 'An overdue task is escalated to the supervisor as soon as it is overdue'
        : `An overdue task is escalated to the supervisor ${d} after it was due`,
    hearthDefault: 'Hearth default; the agency may change it',
    guideHeading: 'Investigation decision guide',
    closureHeading: 'Before an investigation closes',
    crossHeading: 'Cross-reports',
    teamingHeading: 'Family team meetings',
    disclosure: (label: string, explanation: string) => `Full disclosure — ${label}: ${explanation}`,
    youthChosen: (max: number, age: number) => `A youth ${age} or older may choose up to ${max} members of their team`,
    exception: (label: string) => `Allowed exception: ${label}`,
    decision: {
      close: 'close',
      close_with_referral: 'close with a community referral',
      open_in_home: 'open an in-home case',
      open_out_of_home: 'open an out-of-home case',
    },
    safety: { safe: 'safe', safe_with_plan: 'safe with a plan', unsafe: 'unsafe' },
    guideWhen: (parts: string[]) => (parts.length ? `When ${parts.join(' and ')}` : 'Otherwise'),
    guideSafety: (list: string) => `the safety decision is ${list}`,
    guideRisk: (list: string) => `the risk level is ${list}`,
    guideSubstantiated: (yes: boolean) => (yes ? 'an allegation is substantiated or indicated' : 'no allegation is substantiated or indicated'),
    guideRecommend: (list: string) => `recommend: ${list}`,
    or: ' or ',
  },
  es: {
    notSet: 'aún no definido: la agencia fija este valor',
    ruleNotSet: 'la agencia aún no ha fijado este plazo',
    standardNotSet: 'la agencia aún no ha fijado esta norma',
    responseNotSet: (label: string) => `${label}: la agencia aún no ha fijado este tiempo de respuesta`,
    responseTime: 'el tiempo de respuesta de la prioridad del reporte',
    response: (label: string, within: string) => `${label}: primer contacto dentro de ${within} desde el reporte`,
    headings: {
      response: 'Prioridades de respuesta',
      deadlines: 'Plazos y reuniones',
      visits: 'Normas de visitas',
      approvals: 'Decisiones que requieren aprobación',
      instruments: 'Instrumentos',
      calendar: 'Calendario',
      escalation: 'Recordatorios y escalamiento',
    },
    caseType: { in_home: 'Casos en el hogar', out_of_home: 'Niños en cuidado fuera del hogar' },
    risk: { low: 'bajo', moderate: 'moderado', high: 'alto', very_high: 'muy alto' },
    visits: (n: number, per: string, share?: number) => `al menos ${n} visita${n === 1 ? '' : 's'} por ${per}${share ? ', la mayoría en la residencia' : ''}`,
    per: { week: 'semana', month: 'mes' },
    riskLevels: (levels: string) => `riesgo ${levels}`,
    approver: { supervisor: 'aprobada por un supervisor', program_manager: 'aprobada por un gerente de programa' },
    approval: {
      screening_decision: 'Decisión de evaluación inicial',
      response_priority_override: 'Bajar la prioridad de respuesta',
      safety_plan: 'Plan de seguridad',
      risk_override: 'Cambio del nivel de riesgo',
      investigation_decision: 'Decisión de la investigación',
      case_plan: 'Plan del caso',
      placement: 'Colocación',
      closure: 'Cierre del caso',
      extension: 'Extensión de un plazo',
      funding: 'Fondos flexibles',
    },
    instrument: {
      screening: 'Evaluación inicial del reporte',
      safety: 'Evaluación de seguridad',
      risk: 'Evaluación de riesgo familiar',
      risk_reassessment: 'Reevaluación de riesgo',
      reunification: 'Evaluación de reunificación',
      functional: 'Evaluación funcional del niño',
    },
    version: 'versión',
    timeZone: (tz: string) => `Zona horaria: ${tz}; todas las fechas y plazos están en esta zona`,
    holidays: (year: number, list: string) => `Días feriados en ${year}: ${list}`,
    weekends: 'Los días hábiles son de lunes a viernes, salvo feriados',
    remind: (d: string) => `Se le recuerda a la persona asignada ${d} antes del vencimiento`,
    escalate: (d: string) =>
      d.startsWith('0 ')
        ? 'Una tarea vencida se escala al supervisor en cuanto vence'
        : `Una tarea vencida se escala al supervisor ${d} después del vencimiento`,
    hearthDefault: 'Valor predeterminado de Hearth; la agencia puede cambiarlo',
    guideHeading: 'Guía para la decisión de la investigación',
    closureHeading: 'Antes de cerrar una investigación',
    crossHeading: 'Informes a otras autoridades',
    teamingHeading: 'Reuniones del equipo familiar',
    disclosure: (label: string, explanation: string) => `Divulgación completa — ${label}: ${explanation}`,
    youthChosen: (max: number, age: number) => `Un joven de ${age} años o más puede elegir hasta ${max} miembros de su equipo`,
    exception: (label: string) => `Excepción permitida: ${label}`,
    decision: {
      close: 'cerrar',
      close_with_referral: 'cerrar con una referencia comunitaria',
      open_in_home: 'abrir un caso en el hogar',
      open_out_of_home: 'abrir un caso fuera del hogar',
    },
    safety: { safe: 'seguro', safe_with_plan: 'seguro con un plan', unsafe: 'inseguro' },
    guideWhen: (parts: string[]) => (parts.length ? `Cuando ${parts.join(' y ')}` : 'En otro caso'),
    guideSafety: (list: string) => `la decisión de seguridad es ${list}`,
    guideRisk: (list: string) => `el nivel de riesgo es ${list}`,
    guideSubstantiated: (yes: boolean) => (yes ? 'una alegación está comprobada o indicada' : 'ninguna alegación está comprobada o indicada'),
    guideRecommend: (list: string) => `se recomienda: ${list}`,
    or: ' o ',
  },
} as const;

const sourceOf = <T>(v: Sourced<T>) => (isSet(v) ? v.source : (v.note ?? null));

/** The duration in words, or the "agency sets this" phrase when the profile leaves it open. */
export function withinText(within: Sourced<Duration> | { responsePriority: true }, language: Language): string {
  if ('responsePriority' in within) return words[language].responseTime;
  return isSet(within) ? describeDuration(within.value, language) : words[language].notSet;
}

/**
 * A rule as one sentence: "Initial assessment: complete within 30 business days of the report", or,
 * when the profile leaves the limit open, "Investigation: the agency has not set this time limit yet".
 */
export function ruleSentence(rule: WorkRule, language: Language): string {
  const reason = rule.reason[language];
  if (!('responsePriority' in rule.within) && !isSet(rule.within)) return `${reason.split(':')[0]}: ${words[language].ruleNotSet}`;
  return reason.replace('{within}', withinText(rule.within, language));
}

/**
 * A profile in plain language, the same text for the administrator screen and `hearth profile show`:
 * "Initial assessment: complete within 30 business days of the report".
 */
export function describeProfile(profile: ProfileVersion, language: Language, year = new Date().getUTCFullYear()): ProfileDescription {
  const w = words[language];
  const line = (key: string, text: string, source: string | null, agencyToSet = false): ProfileLine => ({ key, text, source, agencyToSet });
  const dateLabel = (iso: string) =>
    new Intl.DateTimeFormat(language === 'es' ? 'es-US' : 'en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T12:00:00Z`));
  return {
    code: profile.code,
    version: profile.version,
    effectiveFrom: profile.effectiveFrom,
    name: profile.name[language],
    summary: profile.summary[language],
    timeZone: profile.timeZone,
    sections: [
      {
        key: 'response',
        heading: w.headings.response,
        lines: profile.responsePriorities.map((p) =>
          line(
            `response.${p.code}`,
            isSet(p.within) ? w.response(p.label[language], withinText(p.within, language)) : w.responseNotSet(p.label[language]),
            sourceOf(p.within),
            !isSet(p.within),
          ),
        ),
      },
      {
        key: 'deadlines',
        heading: w.headings.deadlines,
        lines: profile.rules.map((r) => {
          const open = !('responsePriority' in r.within) && !isSet(r.within);
          const source = 'responsePriority' in r.within ? null : sourceOf(r.within);
          return line(`rule.${r.key}`, ruleSentence(r, language), source, open);
        }),
      },
      {
        key: 'visits',
        heading: w.headings.visits,
        lines: profile.visitStandards.map((s) => {
          const who = `${w.caseType[s.caseType]} (${w.riskLevels(s.riskLevels.map((l) => w.risk[l]).join(', '))})`;
          const what = isSet(s.frequency)
            ? w.visits(s.frequency.value.visits, w.per[s.frequency.value.per], s.frequency.value.inResidenceShare)
            : w.standardNotSet;
          return line(`visits.${s.caseType}.${s.riskLevels.join('_')}`, `${who}: ${what}`, sourceOf(s.frequency), !isSet(s.frequency));
        }),
      },
      {
        key: 'approvals',
        heading: w.headings.approvals,
        lines: profile.approvals.map((a) => line(`approval.${a.kind}`, `${w.approval[a.kind]}: ${w.approver[a.approver]}`, a.source)),
      },
      {
        key: 'decision_guide',
        heading: w.guideHeading,
        lines: profile.decisionGuide.rules.map((rule, index) => {
          const when = rule.when;
          const parts = [
            ...(when.safety ? [w.guideSafety(when.safety.map((d) => w.safety[d]).join(w.or))] : []),
            ...(when.risk ? [w.guideRisk(when.risk.map((l) => w.risk[l]).join(w.or))] : []),
            ...(when.substantiated === undefined ? [] : [w.guideSubstantiated(when.substantiated)]),
          ];
          return line(
            `decision_guide.${index}`,
            `${w.guideWhen(parts)}, ${w.guideRecommend(rule.recommend.map((d) => w.decision[d]).join(w.or))}`,
            profile.decisionGuide.source,
          );
        }),
      },
      ...(profile.closureRules ? [closureSection(profile.closureRules, language)] : []),
      ...(profile.crossReporting
        ? [
            {
              key: 'cross_reporting',
              heading: w.crossHeading,
              lines: profile.crossReporting.rules.map((r, index) =>
                line(`cross_reporting.${index}`, r.rule[language].replace('{within}', withinText(r.within, language)), sourceOf(r.within), !isSet(r.within)),
              ),
            },
          ]
        : []),
      ...(profile.familyTeaming ? [teamingSection(profile.familyTeaming, language)] : []),
      {
        key: 'instruments',
        heading: w.headings.instruments,
        lines: Object.entries(profile.instruments).map(([use, ref]) =>
          line(`instrument.${use}`, `${w.instrument[use as keyof typeof w.instrument]}: ${ref.key}, ${w.version} ${ref.version}`, null),
        ),
      },
      {
        key: 'calendar',
        heading: w.headings.calendar,
        lines: [
          line('calendar.time_zone', w.timeZone(profile.timeZone), null),
          line('calendar.business_days', w.weekends, profile.holidays.source),
          line(
            `calendar.holidays.${year}`,
            w.holidays(
              year,
              holidaysInYear(profile.holidays.rules, year)
                .map((h) => `${h.name} (${dateLabel(h.date)})`)
                .join('; '),
            ),
            profile.holidays.source,
          ),
        ],
      },
      {
        key: 'escalation',
        heading: w.headings.escalation,
        lines: [
          line('escalation.remind', w.remind(describeDuration(profile.escalation.remindBefore, language)), w.hearthDefault),
          line('escalation.escalate', w.escalate(describeDuration(profile.escalation.escalateAfter, language)), w.hearthDefault),
        ],
      },
    ],
  };
}

/** The same description as plain text, for the terminal. */
export function profileAsText(description: ProfileDescription, sourceLabel = 'Source'): string {
  const out = [
    `${description.name} (${description.code.toUpperCase()}), version ${description.version}, in force from ${description.effectiveFrom}`,
    description.summary,
    '',
  ];
  for (const section of description.sections) {
    out.push(section.heading, '-'.repeat(section.heading.length));
    for (const l of section.lines) out.push(`  ${l.agencyToSet ? '! ' : '- '}${l.text}${l.source ? `\n      ${sourceLabel}: ${l.source}` : ''}`);
    out.push('');
  }
  return out.join('\n');
}

/** The closure rules (INV-1, INV-4, INV-7) in the profile's own words, each exception on its line. */
function closureSection(rules: ClosureRules, language: Language): ProfileSection {
  const w = words[language];
  const line = (key: string, text: string): ProfileLine => ({ key, text, source: rules.source, agencyToSet: false });
  return {
    key: 'closure',
    heading: w.closureHeading,
    lines: [
      line('closure.children_seen', rules.childrenSeen.rule[language]),
      ...rules.childrenSeen.exceptions.map((e) => line(`closure.exception.${e.code}`, w.exception(e.label[language]))),
      line('closure.unsafe', rules.unsafe.rule[language]),
      line('closure.safety_plan', rules.safetyPlanSettled.rule[language]),
    ],
  };
}

/** ENG-3..5: the full-disclosure list and the youth-chosen limit, each with its source. */
function teamingSection(teaming: FamilyTeaming, language: Language): ProfileSection {
  const w = words[language];
  return {
    key: 'family_teaming',
    heading: w.teamingHeading,
    lines: [
      ...teaming.disclosureItems.map((item) => ({
        key: `family_teaming.disclosure.${item.code}`,
        text: w.disclosure(item.label[language], item.explanation[language]),
        source: item.source,
        agencyToSet: false,
      })),
      {
        key: 'family_teaming.youth_chosen',
        text: w.youthChosen(teaming.youthChosen.maxMembers, teaming.youthChosen.minAge),
        source: teaming.youthChosen.source,
        agencyToSet: false,
      },
    ],
  };
}
