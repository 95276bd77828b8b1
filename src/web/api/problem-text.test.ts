import { describe, expect, it } from 'vitest';
import { missingForSubmission, type ReportForScreening } from '../../domain/screening';
import { createTranslator } from '../i18n/translate';
import { unmatchedProblemText } from '../lib/form-problems';
import { ApiError, type FieldProblem, type ProblemCode } from './client';
import { fieldProblemText, problemDetail, problemItems, problemTitle, translateFieldProblem } from './problem-text';

const en = createTranslator('en');
const es = createTranslator('es');

const codes: ProblemCode[] = ['validation', 'unauthenticated', 'csrf', 'forbidden_action', 'not_found', 'conflict', 'incomplete', 'locked', 'rate_limited', 'unavailable', 'internal', 'network'];

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
  ...missingForSubmission({ ...emptyReport, decision: 'screen_in', participants: [{ personId: 'p1', role: 'alleged_victim' }], allegations: [{ victimPersonId: 'p2', perpetratorPersonId: null }] }),
  ...missingForSubmission({ ...emptyReport, decision: 'screen_in', allegations: [] }),
  ...missingForSubmission({ ...emptyReport, decision: 'screen_out' }),
];

describe('incomplete items (422 on submit)', () => {
  it('covers every path the submission check sends', () => {
    const paths = new Set(submissionItems.map((item) => item.path));
    for (const path of ['narrative', 'reporter.reporterType', 'participants', 'screeningInstrument', 'decision', 'allegations', 'responsePriority', 'communityReferral', 'decisionRationale', 'allegations.0.victimPersonId']) {
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

  it('tells the two participants items apart', () => {
    const victim = submissionItems.find((item) => item.path === 'participants' && /alleged victim/.test(item.message))!;
    const parents = submissionItems.find((item) => item.path === 'participants' && /parents/.test(item.message))!;
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

describe('field validation messages from the forms', () => {
  const cases: Array<[FieldProblem, string]> = [
    [{ path: 'reporter.email', message: 'Not an e-mail address' }, 'Escriba un correo electrónico como nombre@ejemplo.com'],
    [{ path: 'dateOfBirth', message: 'Date of birth cannot be in the future' }, 'La fecha de nacimiento no puede ser futura'],
    [{ path: 'dateOfBirth', message: 'Use a date like 2019-04-23' }, 'Escriba una fecha válida'],
    [{ path: 'dateOfBirth', message: 'Not a real date' }, 'Escriba una fecha válida'],
    [{ path: 'address.state', message: 'Use the two-letter state code' }, 'Use el código de estado de dos letras'],
    [{ path: 'address.postalCode', message: 'Use a ZIP code like 06103' }, 'Use un código postal como 06103'],
    [{ path: 'firstName', message: 'Enter the first name' }, 'Escriba el nombre'],
    [{ path: 'lastName', message: 'last name is too long (100 characters at most)' }, 'Como máximo 100 caracteres'],
    [{ path: 'narrative', message: 'At most 20000 characters' }, 'Como máximo 20000 caracteres'],
    [{ path: 'reporter.name', message: 'Too big: expected string to have <=200 characters' }, 'Como máximo 200 caracteres'],
    [{ path: 'victimPersonId', message: 'Add this child to the report as an alleged victim first.' }, 'Primero agregue a este niño al reporte como presunta víctima.'],
    [{ path: 'victimPersonId', message: 'Choose the alleged victim' }, 'Elija la presunta víctima'],
    [{ path: 'perpetratorPersonId', message: 'The alleged perpetrator cannot be the victim.' }, 'El presunto perpetrador no puede ser la víctima.'],
    [{ path: 'perpetratorPersonId', message: 'Add the alleged perpetrator to the report first.' }, 'Primero agregue al presunto perpetrador al reporte.'],
    [{ path: 'personId', message: 'Add this person to the report first.' }, 'Primero agregue a esta persona al reporte.'],
    [{ path: 'relatedPersonId', message: 'Add this person to the report first.' }, 'Primero agregue a esta persona al reporte.'],
    [{ path: 'relatedPersonId', message: 'Choose two different people' }, 'Elija dos personas diferentes'],
    [{ path: 'relatedPersonId', message: 'Choose the second person' }, 'Elija la persona relacionada'],
    [{ path: 'personId', message: 'Choose the first person' }, 'Elija una persona'],
    [{ path: 'kind', message: 'Invalid option: expected one of "parent_of"|"child_of"' }, 'Elija la relación'],
    [{ path: 'parentType', message: 'Say whether this parent is custodial or non-custodial' }, 'Indique si este padre o madre tiene la custodia o no'],
    [{ path: 'receivedAt', message: 'Cannot be in the future' }, 'La hora de recepción no puede ser futura'],
    [{ path: 'comment', message: 'Say what the screener should fix' }, 'Indique qué debe corregir el evaluador'],
    [{ path: 'investigatorId', message: 'Choose an investigator from the list' }, 'Elija un investigador de la lista'],
    [{ path: 'username', message: 'Enter your username' }, 'Escriba su nombre de usuario'],
    [{ path: 'sex', message: 'Invalid option: expected one of "female"|"male"|"unknown"' }, 'Elija una de las opciones'],
    [{ path: 'comment', message: 'Say what needs fixing' }, 'Indique qué hay que corregir'],
    [{ path: 'startsOn', message: 'Use a date like 2026-12-24' }, 'Escriba una fecha válida'],
    [{ path: 'endsOn', message: 'The last day away cannot be before the first.' }, 'El último día de ausencia no puede ser anterior al primero'],
    [{ path: 'delegateId', message: 'Choose who approves while you are away' }, 'Elija quién aprueba durante su ausencia'],
    [{ path: 'delegateId', message: 'Choose someone else to approve while you are away.' }, 'Elija a otra persona para aprobar durante su ausencia'],
    [{ path: 'delegateId', message: 'The delegate must be an active supervisor or program manager.' }, 'La persona delegada debe ser un supervisor o gerente de programa activo'],
  ];

  it.each(cases)('%o reads in Spanish', (problem, spanish) => {
    expect(fieldProblemText(problem, es)).toBe(spanish);
  });

  it('falls back to the server’s words for anything unknown', () => {
    const unknown = { path: 'aliases.0.kind', message: 'Something new' };
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

  it('translates sign-in failures, including the lock’s minutes', () => {
    const wrong = new ApiError(401, 'unauthenticated', 'That username and password do not match. Check both and try again.');
    expect(problemDetail(wrong, es)).toBe('El nombre de usuario y la contraseña no coinciden. Revise ambos e inténtelo de nuevo.');
    expect(problemDetail(wrong, en)).toBe(wrong.detail);

    const locked = (minutes: number) =>
      new ApiError(423, 'locked', `Too many wrong passwords. Sign-in for this username is locked for ${minutes} more minute(s), or until an administrator unlocks it (hearth user unlock).`);
    expect(problemDetail(locked(1), es)).toContain('durante 1 minuto más');
    expect(problemDetail(locked(14), es)).toContain('durante 14 minutos más');
    expect(problemDetail(locked(14), en)).toContain('locked for 14 more minutes');
    expect(problemTitle(locked(14), es)).toBe('Cuenta bloqueada');

    const limited = new ApiError(429, 'rate_limited', 'Too many attempts from this address. Wait a minute and try again.');
    expect(problemTitle(limited, es)).toBe('Demasiados intentos');
    expect(problemDetail(limited, es)).toBe('Demasiados intentos desde esta dirección. Espere un minuto e inténtelo de nuevo.');
  });

  it('translates known refusals and says the report status in the user’s words', () => {
    const status = new ApiError(403, 'forbidden_action', 'This report is submitted; it can only be changed while it is a draft or returned.');
    expect(problemDetail(status, es)).toBe('El estado de este reporte es «Enviado»; solo se puede cambiar mientras es un borrador o ha sido devuelto.');
    const profile = new ApiError(403, 'forbidden_action', 'Only an administrator can change the practice profile.');
    expect(problemDetail(profile, es)).toBe('Solo un administrador puede cambiar el perfil de práctica.');
    expect(problemDetail(new ApiError(403, 'forbidden_action', 'You cannot approve your own request.'), es)).toBe('No puede aprobar su propia solicitud.');
    expect(problemDetail(new ApiError(403, 'forbidden_action', 'Only the supervisor it was routed to, or one over the unit, can decide this request.'), es)).toMatch(/^Solo el supervisor al que se envió/);
    const session = new ApiError(401, 'unauthenticated', 'Your session has ended. Please sign in again.');
    expect(problemDetail(session, es)).toBe('Su sesión terminó. Vuelva a iniciar sesión.');
  });

  it('words whole codes the same whatever the server said', () => {
    expect(problemDetail(new ApiError(0, 'network', 'The server could not be reached. Check your connection and try again.'), es)).toMatch(/^No se pudo comunicar/);
    expect(problemDetail(new ApiError(404, 'not_found', 'No person with that id is available to you.'), es)).toBe('Este registro no existe o no está disponible para usted.');
    expect(problemDetail(new ApiError(409, 'conflict', 'Another change happened at the same moment. Try again.'), es)).toMatch(/^Otra persona cambió este registro/);
  });

  it('says a validation answer through its items, and keeps an unknown detail as the server wrote it', () => {
    const validation = new ApiError(400, 'validation', 'address.postalCode: Use a ZIP code like 06103', [{ path: 'address.postalCode', message: 'Use a ZIP code like 06103' }]);
    expect(problemDetail(validation, es)).toBe('Use un código postal como 06103');
    expect(problemItems(validation, es)).toEqual([{ path: 'address.postalCode', message: 'Use a ZIP code like 06103', text: 'Use un código postal como 06103' }]);
    expect(problemDetail(new ApiError(403, 'forbidden_action', 'A brand new rule.'), es)).toBe('A brand new rule.');
    expect(problemItems(new ApiError(403, 'forbidden_action', 'x', [{ path: 'a', message: 'b' }]), es)).toEqual([]);
  });
});
