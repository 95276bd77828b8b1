import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { missingForSubmission, type ReportForScreening } from '../../domain/screening';
import { createTranslator } from '../i18n/translate';
import { unmatchedProblemText } from '../lib/form-problems';
import { ApiError, type FieldProblem, type ProblemCode } from './client';
import { fieldCode, fieldRules } from './problem-fields';
import { reasonsShownAsDetail, reasonTexts } from './problem-reasons';
import { fieldProblemText, knownProblemDetail, problemDetail, problemItems, problemTitle, translateFieldProblem } from './problem-text';

const en = createTranslator('en');
const es = createTranslator('es');

const codes: ProblemCode[] = [
  'validation',
  'unauthenticated',
  'csrf',
  'forbidden_action',
  'not_found',
  'conflict',
  'incomplete',
  'locked',
  'rate_limited',
  'too_large',
  'unavailable',
  'internal',
  'network',
];

const emptyReport: ReportForScreening = {
  narrative: '',
  reporterType: null,
  participants: [],
  allegations: [],
  decision: null,
  responsePriority: null,
  decisionRationale: null,
  communityReferral: null,
  screeningInstrumentComplete: false,
};

/** Every item the server's own submission check can send (src/domain/screening.ts). */
const submissionItems: FieldProblem[] = [
  ...missingForSubmission(emptyReport),
  ...missingForSubmission({
    ...emptyReport,
    decision: 'screen_in',
    participants: [{ personId: 'p1', role: 'alleged_victim' }],
    allegations: [{ victimPersonId: 'p2', perpetratorPersonId: null }],
  }),
  ...missingForSubmission({ ...emptyReport, decision: 'screen_in', allegations: [] }),
  ...missingForSubmission({ ...emptyReport, decision: 'screen_out' }),
];

describe('incomplete items (422 on submit)', () => {
  it('covers every path the submission check sends', () => {
    const paths = new Set(submissionItems.map((item) => item.path));
    for (const path of [
      'narrative',
      'reporter.reporterType',
      'participants',
      'screeningInstrument',
      'decision',
      'allegations',
      'responsePriority',
      'communityReferral',
      'decisionRationale',
      'allegations.0.victimPersonId',
    ]) {
      expect(paths).toContain(path);
    }
  });

  it('has a Spanish text for every item, different from the English and from the server’s words', () => {
    for (const item of submissionItems) {
      const spanish = translateFieldProblem(item, es);
      expect({ item, spanish }).not.toEqual({ item, spanish: null });
      expect(spanish).not.toBe(item.message);
      expect(spanish).not.toBe(fieldProblemText(item, en));
    }
  });

  it('tells the two participants items apart by their code', () => {
    const victim = submissionItems.find((item) => item.code === 'no_alleged_victim')!;
    const parents = submissionItems.find((item) => item.code === 'no_parents')!;
    expect([victim.path, parents.path]).toEqual(['participants', 'participants']);
    expect(fieldProblemText(victim, es)).toBe('Agregue al menos una presunta víctima.');
    expect(fieldProblemText(parents, es)).toBe('Agregue a los padres, incluido cualquier padre o madre sin custodia.');
  });

  it('keeps the English close to the server’s and numbers the allegation', () => {
    const narrative = submissionItems.find((item) => item.path === 'narrative')!;
    expect(fieldProblemText(narrative, en)).toBe(narrative.message);
    expect(fieldProblemText({ path: 'allegations.1.victimPersonId', message: 'x' }, es)).toBe('Alegación 2: su víctima debe figurar como presunta víctima.');
  });

  it('lists the items of an incomplete answer with their text', () => {
    const error = new ApiError(422, 'incomplete', 'Before submitting: …', missingForSubmission(emptyReport));
    const items = problemItems(error, es);
    expect(items.map((item) => item.path)).toEqual(missingForSubmission(emptyReport).map((item) => item.path));
    expect(items[0]!.text).toBe('Describa lo que dijo el informante (al menos 20 caracteres).');
    expect(problemTitle(error, es)).toBe('Todavía no está listo');
  });
});

describe('field validation messages, by path and code (never by the English)', () => {
  const tooBig = (maximum: number) => ({ code: 'too_big', params: { origin: 'string', maximum, inclusive: true } });
  const refused = (reason: string, extra: Record<string, unknown> = {}) => ({ code: 'custom', params: { reason, ...extra } });
  const cases: Array<[FieldProblem, string]> = [
    [{ path: 'reporter.email', message: 'Not an e-mail address', code: 'invalid_format' }, 'Escriba un correo electrónico como nombre@ejemplo.com'],
    [{ path: 'dateOfBirth', message: 'Date of birth cannot be in the future', ...refused('in_future') }, 'La fecha de nacimiento no puede ser futura'],
    [{ path: 'dateOfBirth', message: 'Use a date like 2019-04-23', code: 'invalid_format' }, 'Escriba una fecha válida'],
    [{ path: 'dateOfBirth', message: 'That date is not on the calendar', ...refused('not_on_calendar') }, 'Escriba una fecha válida'],
    [{ path: 'address.state', message: 'Use the two-letter state code', code: 'invalid_format' }, 'Use el código de estado de dos letras'],
    [{ path: 'address.postalCode', message: 'Use a ZIP code like 06103', code: 'invalid_format' }, 'Use un código postal como 06103'],
    [{ path: 'firstName', message: 'Enter the first name', code: 'too_small' }, 'Escriba el nombre'],
    [{ path: 'lastName', message: 'last name is too long (100 characters at most)', ...tooBig(100) }, 'Como máximo 100 caracteres'],
    [{ path: 'narrative', message: 'At most 20000 characters', ...tooBig(20000) }, 'Como máximo 20000 caracteres'],
    [
      { path: 'narrative', message: 'Contains a character that cannot be stored (NUL or a broken Unicode surrogate)', ...refused('unstorable') },
      'Contiene un carácter que no se puede guardar (un carácter de control invisible o un símbolo dañado). Vuelva a escribir o pegar el texto.',
    ],
    [{ path: 'dateOfBirth', message: 'Use a year between 1900 and 2200', ...refused('year_range', { from: 1900, to: 2200 }) }, 'Use un año entre 1900 y 2200'],
    [{ path: 'reporter.name', message: 'Too big: expected string to have <=200 characters', ...tooBig(200) }, 'Como máximo 200 caracteres'],
    [
      { path: 'victimPersonId', message: 'Add this child to the report as an alleged victim first.', code: 'not_an_alleged_victim' },
      'Primero agregue a este niño al reporte como presunta víctima.',
    ],
    [{ path: 'victimPersonId', message: 'Choose the alleged victim', code: 'invalid_format' }, 'Elija la presunta víctima'],
    [
      { path: 'perpetratorPersonId', message: 'The alleged perpetrator cannot be the victim.', code: 'is_the_victim' },
      'El presunto perpetrador no puede ser la víctima.',
    ],
    [
      { path: 'perpetratorPersonId', message: 'Add the alleged perpetrator to the report first.', code: 'not_on_report' },
      'Primero agregue al presunto perpetrador al reporte.',
    ],
    [{ path: 'personId', message: 'Add this person to the report first.', code: 'not_on_report' }, 'Primero agregue a esta persona al reporte.'],
    [{ path: 'relatedPersonId', message: 'Add this person to the report first.', code: 'not_on_report' }, 'Primero agregue a esta persona al reporte.'],
    [{ path: 'relatedPersonId', message: 'Choose two different people', ...refused('same_person') }, 'Elija dos personas diferentes'],
    [{ path: 'relatedPersonId', message: 'Choose the second person', code: 'invalid_format' }, 'Elija la persona relacionada'],
    [{ path: 'personId', message: 'Choose the first person', code: 'invalid_format' }, 'Elija una persona'],
    [
      { path: 'kind', message: 'Invalid option: expected one of "parent_of"|"child_of"', code: 'invalid_value', params: { values: ['parent_of', 'child_of'] } },
      'Elija la relación',
    ],
    [
      { path: 'parentType', message: 'Say whether this parent is custodial or non-custodial', code: 'invalid_value' },
      'Indique si este padre o madre tiene la custodia o no',
    ],
    [{ path: 'receivedAt', message: 'Cannot be in the future', code: 'in_future' }, 'La hora de recepción no puede ser futura'],
    [{ path: 'comment', message: 'Say what the screener should fix', code: 'too_small' }, 'Indique qué hay que corregir'],
    [{ path: 'investigatorId', message: 'Choose an investigator from the list' }, 'Elija un investigador de la lista'],
    [{ path: 'username', message: 'Enter your username', code: 'too_small' }, 'Escriba su nombre de usuario'],
    [
      {
        path: 'sex',
        message: 'Invalid option: expected one of "female"|"male"|"unknown"',
        code: 'invalid_value',
        params: { values: ['female', 'male', 'unknown'] },
      },
      'Elija una de las opciones',
    ],
    [{ path: 'races', message: 'List each race once', ...refused('repeated') }, 'Indique cada raza una sola vez'],
    [{ path: 'startsOn', message: 'Use a date like 2026-12-24', code: 'invalid_format' }, 'Escriba una fecha válida'],
    [
      { path: 'endsOn', message: 'The last day away cannot be before the first.', code: 'before_start' },
      'El último día de ausencia no puede ser anterior al primero',
    ],
    [{ path: 'delegateId', message: 'Choose who approves while you are away', code: 'invalid_format' }, 'Elija quién aprueba durante su ausencia'],
    [
      { path: 'delegateId', message: 'Choose someone else to approve while you are away.', code: 'is_self' },
      'Elija a otra persona para aprobar durante su ausencia',
    ],
    [
      { path: 'delegateId', message: 'The delegate must be an active supervisor or program manager.', code: 'not_a_supervisor' },
      'La persona delegada debe ser un supervisor o gerente de programa activo',
    ],
    [
      {
        path: 'aliases.0.firstName',
        message: 'Invalid input: expected string, received undefined',
        code: 'invalid_type',
        params: { expected: 'string', received: 'undefined' },
      },
      'Complete este campo',
    ],
  ];

  it.each(cases)('%o reads in Spanish', (problem, spanish) => {
    expect(fieldProblemText(problem, es)).toBe(spanish);
  });

  it('reads the same whatever the English says: only the path and code count', () => {
    for (const [problem, spanish] of cases) expect(fieldProblemText({ ...problem, message: 'Reworded by the server' }, es)).toBe(spanish);
  });

  it('falls back to the server’s words for anything unknown', () => {
    const unknown = { path: 'aliases.0.kind', message: 'Something new', code: 'something_new' };
    expect(translateFieldProblem(unknown, es)).toBeNull();
    expect(fieldProblemText(unknown, es)).toBe('Something new');
    expect(unmatchedProblemText(unknown, es)).toBe('aliases.0.kind: Something new');
    expect(unmatchedProblemText({ path: 'investigatorId', message: 'Choose an investigator from the list' }, es)).toBe('Elija un investigador de la lista');
  });
});

describe('headlines and details', () => {
  it('has a Spanish headline for every code', () => {
    for (const code of codes) {
      const error = new ApiError(400, code, 'x');
      expect(problemTitle(error, es)).not.toBe(problemTitle(error, en));
      expect(problemTitle(error, es)).not.toBe('Algo salió mal');
    }
  });

  it('uses the generic heading for an unknown code or a non-API error', () => {
    expect(problemTitle(new ApiError(418, 'teapot' as ProblemCode, 'x'), es)).toBe('Algo salió mal');
    expect(problemTitle(new Error('boom'), en)).toBe('Something went wrong');
    expect(problemDetail(new Error('boom'), es)).toBe('boom');
  });

  it('translates sign-in failures by reason, including the lock’s minutes', () => {
    const wrong = new ApiError(401, 'unauthenticated', 'That username and password do not match. Check both and try again.', [], 'wrong_password');
    expect(problemDetail(wrong, es)).toBe('El nombre de usuario y la contraseña no coinciden. Revise ambos e inténtelo de nuevo.');
    expect(problemDetail(wrong, en)).toBe(wrong.detail);

    const locked = (minutes: number) => new ApiError(423, 'locked', `Sign-in is locked for ${minutes} more minute(s).`, [], 'account_locked', { minutes });
    expect(problemDetail(locked(1), es)).toContain('durante 1 minuto más');
    expect(problemDetail(locked(14), es)).toContain('durante 14 minutos más');
    expect(problemDetail(locked(14), en)).toContain('locked for 14 more minutes');
    expect(problemTitle(locked(14), es)).toBe('Cuenta bloqueada');

    const limited = new ApiError(429, 'rate_limited', 'Too many attempts from this address. Wait a minute and try again.');
    expect(problemTitle(limited, es)).toBe('Demasiados intentos');
    expect(problemDetail(limited, es)).toBe('Demasiados intentos desde esta dirección. Espere un minuto e inténtelo de nuevo.');
  });

  it('translates known refusals and says the report status in the user’s words', () => {
    const status = new ApiError(403, 'forbidden_action', 'This report is submitted; …', [], 'report_not_editable', { status: 'submitted' });
    expect(problemDetail(status, es)).toBe('El estado de este reporte es «Enviado»; solo se puede cambiar mientras es un borrador o ha sido devuelto.');
    expect(problemDetail(new ApiError(403, 'forbidden_action', 'x', [], 'profile_administrators_only'), es)).toBe(
      'Solo un administrador puede cambiar el perfil de práctica.',
    );
    expect(problemDetail(new ApiError(403, 'forbidden_action', 'x', [], 'own_approval'), es)).toBe('No puede aprobar su propia solicitud.');
    expect(problemDetail(new ApiError(403, 'forbidden_action', 'x', [], 'approval_not_yours'), es)).toMatch(/^Solo el supervisor al que se envió/);
    expect(problemDetail(new ApiError(401, 'unauthenticated', 'x', [], 'session_ended'), es)).toBe('Su sesión terminó. Vuelva a iniciar sesión.');
  });

  it('words whole codes the same whatever the server said', () => {
    expect(problemDetail(new ApiError(0, 'network', 'The server could not be reached. Check your connection and try again.'), es)).toMatch(
      /^No se pudo comunicar/,
    );
    expect(problemDetail(new ApiError(404, 'not_found', 'No person with that id is available to you.'), es)).toBe(
      'Este registro no existe o no está disponible para usted.',
    );
    expect(problemDetail(new ApiError(409, 'conflict', 'Another change happened at the same moment. Try again.'), es)).toMatch(
      /^Otra persona cambió este registro/,
    );
  });

  it('says a validation answer through its items, and keeps an unknown reason’s detail as the server wrote it', () => {
    const item = { path: 'address.postalCode', message: 'Use a ZIP code like 06103', code: 'invalid_format' };
    const validation = new ApiError(400, 'validation', 'address.postalCode: Use a ZIP code like 06103', [item]);
    expect(problemDetail(validation, es)).toBe('Use un código postal como 06103');
    expect(problemItems(validation, es)).toEqual([{ ...item, text: 'Use un código postal como 06103' }]);
    expect(problemDetail(new ApiError(403, 'forbidden_action', 'A brand new rule.', [], 'brand_new_rule'), es)).toBe('A brand new rule.');
    expect(problemItems(new ApiError(403, 'forbidden_action', 'x', [{ path: 'a', message: 'b' }]), es)).toEqual([]);
  });
});

/** Every server source file under src/server and src/domain (not tests), for the consistency checks below. */
const serverSource = (() => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.ts') && !name.endsWith('.test.ts')) files.push(readFileSync(full, 'utf8'));
    }
  };
  walk(fileURLToPath(new URL('../../server/', import.meta.url)));
  walk(fileURLToPath(new URL('../../domain/', import.meta.url)));
  return files.join('\n');
})();

describe('PLAT-6: one table of reasons, kept in step with the server', () => {
  const named = new Set([...serverSource.matchAll(/\.because\(\s*'([a-z_]+)'/g)].map((m) => m[1]!));

  it('every reason the server names has words here, or is listed as shown in the server’s words', () => {
    expect(named.size).toBeGreaterThan(40);
    const unmapped = [...named].filter((reason) => !(reason in reasonTexts) && !reasonsShownAsDetail.includes(reason));
    expect(unmapped).toEqual([]);
  });

  it('every reason in the table is one the server names (no entries left for reasons that are gone)', () => {
    expect(Object.keys(reasonTexts).filter((reason) => !named.has(reason))).toEqual([]);
    expect(reasonsShownAsDetail.filter((reason) => !named.has(reason))).toEqual([]);
  });

  it('every field code a rule waits for is sent by the server (zod’s own codes aside)', () => {
    const zodCodes = ['too_big', 'too_small', 'invalid_value', 'invalid_type', 'invalid_format', 'missing'];
    const codes = fieldRules
      .flatMap((rule) => (rule.code === undefined ? [] : Array.isArray(rule.code) ? rule.code : [rule.code]))
      .filter((code) => !zodCodes.includes(code));
    const missing = codes.filter((code) => !serverSource.includes(`code: '${code}'`) && !serverSource.includes(`reason: '${code}'`));
    expect(missing).toEqual([]);
  });

  it('reads a refinement’s reason as its code', () => {
    expect(fieldCode({ path: 'x', message: 'y', code: 'custom', params: { reason: 'same_person' } })).toBe('same_person');
    expect(fieldCode({ path: 'x', message: 'y', code: 'too_big', params: { reason: 'ignored' } })).toBe('too_big');
  });
});

type DetailCase = { code: ProblemCode; reason: string; params?: Record<string, string | number>; es: string };
const detailCases: DetailCase[] = [
  {
    code: 'forbidden_action',
    reason: 'investigation_record_forbidden',
    es: 'Solo el investigador asignado, un colaborador o su supervisor pueden registrar en esta investigación.',
  },
  {
    code: 'forbidden_action',
    reason: 'plan_review_forbidden',
    es: 'Solo el investigador, los trabajadores del caso o su supervisor pueden revisar este plan de seguridad.',
  },
  { code: 'forbidden_action', reason: 'unit_report_forbidden', es: 'El informe de la unidad es para supervisores y gerentes de programa.' },
  { code: 'conflict', reason: 'investigation_closed', es: 'Esta investigación está cerrada: se puede leer, pero ya no se puede cambiar.' },
  { code: 'conflict', reason: 'decision_pending', es: 'La decisión está en espera del supervisor; no se puede cambiar hasta que la apruebe o la devuelva.' },
  { code: 'conflict', reason: 'decision_approved', es: 'La decisión fue aprobada; ya no se puede cambiar.' },
  {
    code: 'conflict',
    reason: 'assessment_completed',
    params: { kind: 'safety', date: '2026-12-01' },
    es: 'Esta evaluación de seguridad se completó el 1 dic 2026 y ya no se puede cambiar.',
  },
  {
    code: 'conflict',
    reason: 'assessment_completed',
    params: { kind: 'risk', date: '2026-12-01' },
    es: 'Esta evaluación de riesgo se completó el 1 dic 2026 y ya no se puede cambiar.',
  },
  { code: 'conflict', reason: 'override_pending', es: 'Ya hay un cambio de este nivel de riesgo en espera de aprobación.' },
  {
    code: 'conflict',
    reason: 'family_track_no_findings',
    es: 'La vía de evaluación familiar no registra conclusiones sobre las alegaciones. Registre en su lugar las evaluaciones de seguridad y de riesgo y la decisión.',
  },
  {
    code: 'conflict',
    reason: 'no_decision_pending',
    es: 'Esta investigación no tiene ninguna decisión en espera de aprobación. Vuelva a cargar para ver en qué estado está.',
  },
  {
    code: 'conflict',
    reason: 'extension_nothing_left',
    es: 'La evaluación se completó o su plazo se cerró después de pedir la prórroga; ya no queda nada que prorrogar.',
  },
  {
    code: 'conflict',
    reason: 'plan_exists',
    params: { status: 'pending_approval' },
    es: 'Esta investigación ya tiene un plan de seguridad (estado: En espera de aprobación). Ábralo para hacer cambios.',
  },
  { code: 'conflict', reason: 'plan_ended', es: 'Este plan de seguridad terminó; ya no se puede firmar.' },
  { code: 'conflict', reason: 'plan_not_in_force', es: 'Solo se puede revisar un plan de seguridad vigente (aprobado y no terminado).' },
  {
    code: 'conflict',
    reason: 'plan_not_pending',
    params: { status: 'active', action: 'approve' },
    es: 'El estado de este plan de seguridad es «Vigente»; solo se puede aprobar un plan en espera de aprobación.',
  },
  {
    code: 'conflict',
    reason: 'plan_not_pending',
    params: { status: 'draft', action: 'return' },
    es: 'El estado de este plan de seguridad es «Borrador»; solo se puede devolver un plan en espera de aprobación.',
  },
  { code: 'conflict', reason: 'approval_decided', params: { status: 'approved' }, es: 'Esta solicitud ya fue aprobada. Vuelva a cargar para ver la decisión.' },
  { code: 'conflict', reason: 'approval_decided', params: { status: 'returned' }, es: 'Esta solicitud ya fue devuelta. Vuelva a cargar para ver la decisión.' },
  { code: 'conflict', reason: 'already_pending', es: 'Esto ya está en espera de aprobación.' },
  { code: 'incomplete', reason: 'no_completion_clock', es: 'Esta investigación no tiene un plazo de finalización abierto que se pueda prorrogar.' },
  {
    code: 'incomplete',
    reason: 'no_instrument',
    params: { profile: 'FEDERAL', kind: 'safety' },
    es: 'El perfil FEDERAL no indica ningún instrumento de evaluación de seguridad. Pida a un administrador que lo configure.',
  },
  {
    code: 'incomplete',
    reason: 'no_instrument',
    params: { profile: 'FEDERAL', kind: 'risk' },
    es: 'El perfil FEDERAL no indica ningún instrumento de evaluación de riesgo. Pida a un administrador que lo configure.',
  },
  {
    code: 'incomplete',
    reason: 'no_approval_route',
    params: { profile: 'FEDERAL', kind: 'extension' },
    es: 'El perfil FEDERAL no indica quién aprueba las solicitudes de «Extensión de un plazo». Pida a un administrador que lo configure.',
  },
  { code: 'incomplete', reason: 'risk_before_override', es: 'Complete la evaluación de riesgo antes de cambiar su nivel.' },
  {
    code: 'incomplete',
    reason: 'plan_needs_safety',
    es: 'Primero complete la evaluación de seguridad. Se hace un plan de seguridad cuando su decisión es «seguro con un plan de seguridad».',
  },
  {
    code: 'incomplete',
    reason: 'plan_not_with_plan',
    params: { decision: 'safe' },
    es: 'La decisión de la evaluación de seguridad es «Seguro». Solo se hace un plan de seguridad cuando la decisión es «seguro con un plan de seguridad».',
  },
  {
    code: 'incomplete',
    reason: 'no_caseworker',
    es: 'La unidad de servicios continuos no tiene ningún trabajador de casos que pueda tomar el caso. Pida a un administrador que agregue uno.',
  },
  {
    code: 'incomplete',
    reason: 'no_ongoing_unit',
    es: 'Esta oficina no tiene una unidad de servicios continuos configurada, así que no se puede abrir el caso. Pida a un administrador que la agregue.',
  },
];

type ItemCase = { problem: FieldProblem; es: string };
const itemCases: ItemCase[] = [
  {
    problem: { path: 'occurredAt', message: 'Use the time the contact took place', code: 'in_future' },
    es: 'El contacto no puede estar en el futuro: indique cuándo ocurrió',
  },
  {
    problem: { path: 'occurredAt', message: 'Use a time after the report was received', code: 'before_report' },
    es: 'Use una hora posterior a la recepción del reporte',
  },
  {
    problem: { path: 'participants', message: 'Keep what stopped the response clock', code: 'keeps_face_to_face' },
    es: 'Mantenga la hora y a quién se vio: este contacto detuvo el plazo de respuesta. Registre otro contacto en su lugar',
  },
  {
    problem: {
      path: 'participants.2.personId',
      message: '0b6f5c1e-… is not on this investigation’s report; add them to the report first',
      code: 'not_on_report',
    },
    es: 'Esta persona no figura en el reporte de la investigación; agréguela primero al reporte',
  },
  { problem: { path: 'answers.threat_violence', message: 'Answer this question', code: 'unanswered' }, es: 'Responda esta pregunta' },
  {
    problem: { path: 'answers.child_vulnerable', message: 'Answer this for each child (still missing: 2)', code: 'unanswered_children', params: { count: 2 } },
    es: 'Responda esto para cada niño (faltan: 2)',
  },
  {
    problem: { path: 'requestedDueOn', message: 'Choose a date after 2026-12-01', code: 'not_after_current', params: { date: '2026-12-01' } },
    es: 'Elija una fecha posterior al 1 dic 2026',
  },
  {
    problem: {
      path: 'drawing',
      message: 'The drawn signature is too large; clear it and sign again with fewer strokes',
      code: 'too_big',
      params: { maximum: 400000 },
    },
    es: 'La firma dibujada es demasiado grande; bórrela y vuelva a firmar con menos trazos',
  },
  {
    problem: { path: 'nextReviewOn', message: 'Choose today or a later date for the next review', code: 'in_past' },
    es: 'Elija hoy o una fecha posterior para la próxima revisión',
  },
  {
    problem: { path: 'to', message: 'The start date must not be after the end date', code: 'custom', params: { reason: 'range_backwards' } },
    es: 'La fecha «hasta» debe ser igual o posterior a la fecha «desde»',
  },
  { problem: { path: 'endsOn', message: 'The last day away is already past.', code: 'in_past' }, es: 'El último día de ausencia no puede estar en el pasado' },
  {
    problem: { path: 'startsOn', message: 'You already recorded time away on some of these days; cancel that first.', code: 'overlaps' },
    es: 'Ya registró una ausencia en algunos de estos días; cancélela primero',
  },
  {
    problem: {
      path: 'delegateId',
      message: 'The delegate must supervise or manage the units you supervise, so they can see what they approve.',
      code: 'out_of_scope',
    },
    es: 'La persona delegada debe supervisar o dirigir las unidades que usted supervisa, para poder ver lo que aprueba',
  },
  {
    problem: { path: 'decision', message: 'Choose close, close with referral, open an in-home case or open an out-of-home case', code: 'invalid_value' },
    es: 'Elija qué sigue para la familia',
  },
];

describe('PLAT-6: problems on the investigation screens (INV-1..8)', () => {
  it.each(detailCases)('$code $reason reads in Spanish', ({ code, reason, params, es: spanish }) => {
    const error = new ApiError(400, code, 'The server’s English', [], reason, params);
    expect(problemDetail(error, es)).toBe(spanish);
    expect(knownProblemDetail(error, es)).toBe(spanish);
    expect(knownProblemDetail(error, en)).not.toBeNull();
  });

  it.each(itemCases)('$problem.path $problem.code reads in Spanish', ({ problem, es: spanish }) => {
    expect(fieldProblemText(problem, es)).toBe(spanish);
    expect(translateFieldProblem(problem, en)).not.toBeNull();
  });

  it('leaves the intake’s items of the same path as they were', () => {
    expect(fieldProblemText({ path: 'decision', message: 'Choose a screening decision.' }, es)).toBe('Elija una decisión de evaluación inicial.');
    expect(fieldProblemText({ path: 'to', message: 'Use a date like 2026-01-31', code: 'invalid_format' }, es)).toBe('Escriba una fecha válida');
    expect(fieldProblemText({ path: 'delegateId', message: 'Choose who approves while you are away', code: 'invalid_format' }, es)).toBe(
      'Elija quién aprueba durante su ausencia',
    );
  });

  it('keeps the English close to the server’s and the stale-version conflict general', () => {
    expect(problemDetail(new ApiError(409, 'conflict', 'The decision was approved; it can no longer change.', [], 'decision_approved'), en)).toBe(
      'The decision was approved; it can no longer change.',
    );
    expect(fieldProblemText({ path: 'requestedDueOn', message: 'x', code: 'not_after_current', params: { date: '2026-12-01' } }, en)).toBe(
      'Choose a date after Dec 1, 2026',
    );
    const stale = new ApiError(
      409,
      'conflict',
      'Someone else changed this investigation after you opened it. Reload to see their changes, then try again.',
      [],
      'stale_version',
    );
    expect(knownProblemDetail(stale, es)).toBeNull();
    expect(problemDetail(stale, es)).toMatch(/^Otra persona cambió este registro/);
  });
});
