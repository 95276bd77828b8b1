import { describe, expect, it } from 'vitest';
import { missingForSubmission, type ReportForScreening } from '../../domain/screening';
import { createTranslator } from '../i18n/translate';
import { unmatchedProblemText } from '../lib/form-problems';
import { ApiError, type FieldProblem, type ProblemCode } from './client';
import { fieldProblemText, problemCodes, problemDetail, problemItems, problemTitle, translateFieldProblem } from './problem-text';

const en = createTranslator('en');
const es = createTranslator('es');

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
    for (const code of problemCodes) {
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
