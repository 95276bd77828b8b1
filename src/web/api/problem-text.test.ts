import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { missingForSubmission, type ReportForScreening } from '../../domain/screening';
import { createTranslator } from '../i18n/translate';
import { unmatchedProblemText } from '../lib/form-problems';
import { ApiError, type FieldProblem, type ProblemCode } from './client';
import { fieldProblemText, knownProblemDetail, problemDetail, problemItems, problemTitle, translateFieldProblem } from './problem-text';

const en = createTranslator('en');
const es = createTranslator('es');

const codes: ProblemCode[] = ['validation', 'unauthenticated', 'csrf', 'forbidden_action', 'not_found', 'conflict', 'incomplete', 'locked', 'rate_limited', 'too_large', 'unavailable', 'internal', 'network'];

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
    [{ path: 'narrative', message: 'Contains a character that cannot be stored (NUL or a broken Unicode surrogate)' }, 'Contiene un carácter que no se puede guardar (un carácter de control invisible o un símbolo dañado). Vuelva a escribir o pegar el texto.'],
    [{ path: 'dateOfBirth', message: 'Use a year between 1900 and 2200' }, 'Use un año entre 1900 y 2200'],
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

/**
 * The investigation screens' messages (problem-text-investigation.ts). `source` is a fragment of the
 * server's message as written in src/server/features, so a reworded message fails here rather than
 * quietly falling back to English on the screen.
 */
const serverSource = (() => {
  const root = fileURLToPath(new URL('../../server/features/', import.meta.url));
  return ['investigations', 'safety-plans', 'cases', 'approvals']
    .flatMap((dir) => readdirSync(join(root, dir)).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts')).map((file) => readFileSync(join(root, dir, file), 'utf8')))
    .join('\n');
})();

type DetailCase = { code: ProblemCode; detail: string; source: string; es: string };
const detailCases: DetailCase[] = [
  { code: 'forbidden_action', detail: 'Only the assigned investigator, a collaborator or their supervisor can record on this investigation.', source: 'Only the assigned investigator, a collaborator or their supervisor can record', es: 'Solo el investigador asignado, un colaborador o su supervisor pueden registrar en esta investigación.' },
  { code: 'forbidden_action', detail: 'Only the investigator, the case’s workers or their supervisor can review this safety plan.', source: 'Only the investigator, the case’s workers or their supervisor can review this safety plan', es: 'Solo el investigador, los trabajadores del caso o su supervisor pueden revisar este plan de seguridad.' },
  { code: 'forbidden_action', detail: 'The unit report is for supervisors and program managers.', source: 'The unit report is for supervisors and program managers', es: 'El informe de la unidad es para supervisores y gerentes de programa.' },
  { code: 'conflict', detail: 'This investigation is closed; its record can be read but not changed.', source: 'This investigation is closed; its record can be read but not changed', es: 'Esta investigación está cerrada: se puede leer, pero ya no se puede cambiar.' },
  { code: 'conflict', detail: 'The decision is waiting for the supervisor; it cannot change until they approve or return it.', source: 'The decision is waiting for the supervisor', es: 'La decisión está en espera del supervisor; no se puede cambiar hasta que la apruebe o la devuelva.' },
  { code: 'conflict', detail: 'The decision was approved; it can no longer change.', source: 'The decision was approved; it can no longer change', es: 'La decisión fue aprobada; ya no se puede cambiar.' },
  { code: 'conflict', detail: 'This safety assessment was completed on 2026-12-01 and can no longer be changed.', source: 'assessment was completed on ', es: 'Esta evaluación de seguridad se completó el 1 dic 2026 y ya no se puede cambiar.' },
  { code: 'conflict', detail: 'This risk assessment was completed on 2026-12-01 and can no longer be changed.', source: 'and can no longer be changed', es: 'Esta evaluación de riesgo se completó el 1 dic 2026 y ya no se puede cambiar.' },
  { code: 'conflict', detail: 'An override of this risk level is already waiting for approval.', source: 'An override of this risk level is already waiting for approval', es: 'Ya hay un cambio de este nivel de riesgo en espera de aprobación.' },
  { code: 'conflict', detail: 'This is a family assessment: that track records no findings about the allegations. Record the assessments and the decision instead.', source: 'This is a family assessment: that track records no findings', es: 'La vía de evaluación familiar no registra conclusiones sobre las alegaciones. Registre en su lugar las evaluaciones de seguridad y de riesgo y la decisión.' },
  { code: 'conflict', detail: 'This investigation has no decision waiting for approval. Reload to see where it stands.', source: 'This investigation has no decision waiting for approval', es: 'Esta investigación no tiene ninguna decisión en espera de aprobación. Vuelva a cargar para ver en qué estado está.' },
  { code: 'conflict', detail: 'The assessment was completed or its clock closed after the extension was asked for; there is nothing left to extend.', source: 'The assessment was completed or its clock closed after the extension was asked for', es: 'La evaluación se completó o su plazo se cerró después de pedir la prórroga; ya no queda nada que prorrogar.' },
  { code: 'conflict', detail: 'This investigation already has a safety plan (pending approval). Open it to make changes.', source: 'This investigation already has a safety plan (', es: 'Esta investigación ya tiene un plan de seguridad (estado: En espera de aprobación). Ábralo para hacer cambios.' },
  { code: 'conflict', detail: 'This safety plan has ended; it can no longer be signed.', source: 'This safety plan has ended; it can no longer be signed', es: 'Este plan de seguridad terminó; ya no se puede firmar.' },
  { code: 'conflict', detail: 'Only a safety plan in force (approved and not ended) can be reviewed.', source: 'Only a safety plan in force (approved and not ended) can be reviewed', es: 'Solo se puede revisar un plan de seguridad vigente (aprobado y no terminado).' },
  { code: 'conflict', detail: 'This safety plan is active; only one waiting for approval can be approved.', source: 'only one waiting for approval can be approved', es: 'El estado de este plan de seguridad es «Vigente»; solo se puede aprobar un plan en espera de aprobación.' },
  { code: 'conflict', detail: 'This safety plan is draft; only one waiting for approval can be returned.', source: 'only one waiting for approval can be returned', es: 'El estado de este plan de seguridad es «Borrador»; solo se puede devolver un plan en espera de aprobación.' },
  { code: 'conflict', detail: 'This request was already approved. Reload to see the decision.', source: 'This request was already ', es: 'Esta solicitud ya fue aprobada. Vuelva a cargar para ver la decisión.' },
  { code: 'conflict', detail: 'This request was already returned. Reload to see the decision.', source: 'Reload to see the decision', es: 'Esta solicitud ya fue devuelta. Vuelva a cargar para ver la decisión.' },
  { code: 'conflict', detail: 'This is already waiting for approval.', source: 'This is already waiting for approval', es: 'Esto ya está en espera de aprobación.' },
  { code: 'incomplete', detail: 'This investigation has no open completion clock to extend.', source: 'This investigation has no open completion clock to extend', es: 'Esta investigación no tiene un plazo de finalización abierto que se pueda prorrogar.' },
  { code: 'incomplete', detail: 'The FEDERAL profile names no safety instrument. Ask an administrator to set one.', source: 'profile names no ', es: 'El perfil FEDERAL no indica ningún instrumento de evaluación de seguridad. Pida a un administrador que lo configure.' },
  { code: 'incomplete', detail: 'The FEDERAL profile names no risk instrument. Ask an administrator to set one.', source: ' instrument. Ask an administrator to set one', es: 'El perfil FEDERAL no indica ningún instrumento de evaluación de riesgo. Pida a un administrador que lo configure.' },
  { code: 'incomplete', detail: 'The FEDERAL profile does not route "extension" approvals.', source: ' profile does not route "', es: 'El perfil FEDERAL no indica quién aprueba las solicitudes de «Extensión de un plazo». Pida a un administrador que lo configure.' },
  { code: 'incomplete', detail: 'Complete the risk assessment before overriding its level.', source: 'Complete the risk assessment before overriding its level', es: 'Complete la evaluación de riesgo antes de cambiar su nivel.' },
  { code: 'incomplete', detail: 'Complete the safety assessment first. A safety plan is made when its decision is “safe with a plan”.', source: 'Complete the safety assessment first. A safety plan is made', es: 'Primero complete la evaluación de seguridad. Se hace un plan de seguridad cuando su decisión es «seguro con un plan de seguridad».' },
  { code: 'incomplete', detail: 'The safety assessment’s decision is “unsafe”. A safety plan is made only when the decision is “safe with a plan”.', source: 'A safety plan is made only when the decision is', es: 'La decisión de la evaluación de seguridad es «Inseguro». Solo se hace un plan de seguridad cuando la decisión es «seguro con un plan de seguridad».' },
  { code: 'incomplete', detail: 'The safety assessment’s decision is “safe”. A safety plan is made only when the decision is “safe with a plan”.', source: 'The safety assessment’s decision is “', es: 'La decisión de la evaluación de seguridad es «Seguro». Solo se hace un plan de seguridad cuando la decisión es «seguro con un plan de seguridad».' },
  { code: 'incomplete', detail: 'The ongoing services unit has no caseworker to take the case. Ask an administrator to add one.', source: 'The ongoing services unit has no caseworker', es: 'La unidad de servicios continuos no tiene ningún trabajador de casos que pueda tomar el caso. Pida a un administrador que agregue uno.' },
  { code: 'incomplete', detail: 'No ongoing services unit is set up for this office, so the case cannot be opened. Ask an administrator to add one.', source: 'No ongoing services unit is set up for this office', es: 'Esta oficina no tiene una unidad de servicios continuos configurada, así que no se puede abrir el caso. Pida a un administrador que la agregue.' },
];

type ItemCase = { problem: FieldProblem; source: string; es: string };
const itemCases: ItemCase[] = [
  { problem: { path: 'occurredAt', message: 'Use the time the contact took place' }, source: 'Use the time the contact took place', es: 'El contacto no puede estar en el futuro: indique cuándo ocurrió' },
  { problem: { path: 'occurredAt', message: 'Use a time after the report was received' }, source: 'Use a time after the report was received', es: 'Use una hora posterior a la recepción del reporte' },
  { problem: { path: 'participants', message: 'Keep what stopped the response clock' }, source: 'Keep what stopped the response clock', es: 'Mantenga la hora y a quién se vio: este contacto detuvo el plazo de respuesta. Registre otro contacto en su lugar' },
  { problem: { path: 'participants.2.personId', message: '0b6f5c1e-6f43-4a53-9b43-2f1d1f7c0a11 is not on this investigation’s report; add them to the report first' }, source: ' is not on this investigation’s report; add them to the report first', es: 'Esta persona no figura en el reporte de la investigación; agréguela primero al reporte' },
  { problem: { path: 'answers.threat_violence', message: 'Answer this question' }, source: "'Answer this question'", es: 'Responda esta pregunta' },
  { problem: { path: 'answers.child_vulnerable', message: 'Answer this for each child (still missing: 2)' }, source: 'Answer this for each child (still missing: ', es: 'Responda esto para cada niño (faltan: 2)' },
  { problem: { path: 'requestedDueOn', message: 'Choose a date after 2026-12-01' }, source: 'Choose a date after ', es: 'Elija una fecha posterior al 1 dic 2026' },
  { problem: { path: 'drawing', message: 'The drawn signature is too large; clear it and sign again with fewer strokes' }, source: 'The drawn signature is too large', es: 'La firma dibujada es demasiado grande; bórrela y vuelva a firmar con menos trazos' },
  { problem: { path: 'nextReviewOn', message: 'Choose today or a later date for the next review' }, source: 'Choose today or a later date for the next review', es: 'Elija hoy o una fecha posterior para la próxima revisión' },
  { problem: { path: 'to', message: 'The start date must not be after the end date' }, source: 'The start date must not be after the end date', es: 'La fecha «hasta» debe ser igual o posterior a la fecha «desde»' },
  { problem: { path: 'endsOn', message: 'The last day away is already past.' }, source: 'The last day away is already past.', es: 'El último día de ausencia no puede estar en el pasado' },
  { problem: { path: 'startsOn', message: 'You already recorded time away on some of these days; cancel that first.' }, source: 'You already recorded time away on some of these days', es: 'Ya registró una ausencia en algunos de estos días; cancélela primero' },
  { problem: { path: 'delegateId', message: 'The delegate must supervise or manage the units you supervise, so they can see what they approve.' }, source: 'The delegate must supervise or manage the units you supervise', es: 'La persona delegada debe supervisar o dirigir las unidades que usted supervisa, para poder ver lo que aprueba' },
];

describe('PLAT-6: problems on the investigation screens (INV-1..8)', () => {
  it.each(detailCases)('$code “$detail” reads in Spanish', ({ code, detail, source, es: spanish }) => {
    expect(serverSource).toContain(source);
    expect(detail).toContain(source);
    const error = new ApiError(400, code, detail);
    expect(problemDetail(error, es)).toBe(spanish);
    expect(knownProblemDetail(error, es)).toBe(spanish);
    expect(knownProblemDetail(error, en)).not.toBeNull();
  });

  it.each(itemCases)('$problem.path “$problem.message” reads in Spanish', ({ problem, source, es: spanish }) => {
    expect(serverSource).toContain(source);
    expect(`'${problem.message}'`).toContain(source);
    expect(fieldProblemText(problem, es)).toBe(spanish);
    expect(translateFieldProblem(problem, en)).not.toBeNull();
  });

  it('falls back as before when the server words a message differently', () => {
    for (const { code, detail } of detailCases) {
      const reworded = new ApiError(400, code, `Reworded: ${detail}`);
      expect(knownProblemDetail(reworded, es)).toBeNull();
      // A conflict the app does not recognise keeps the general "someone else changed it" sentence.
      expect(problemDetail(reworded, es)).toBe(code === 'conflict' ? es.t('problem.detail.conflict') : reworded.detail);
    }
    // Paths the intake and time away already had a general item for keep it; the rest show the server's words.
    const earlier: Record<string, string> = { to: 'Escriba una fecha válida', endsOn: 'Escriba una fecha válida', startsOn: 'Escriba una fecha válida', delegateId: 'Elija quién aprueba durante su ausencia', decision: 'Elija una decisión de evaluación inicial.' };
    for (const { problem } of itemCases) {
      const reworded = { path: problem.path, message: `Reworded: ${problem.message}` };
      expect(fieldProblemText(reworded, es)).toBe(earlier[problem.path] ?? reworded.message);
    }
  });

  it('leaves the intake’s items of the same name as they were', () => {
    expect(fieldProblemText({ path: 'decision', message: 'Choose a screening decision.' }, es)).toBe('Elija una decisión de evaluación inicial.');
    expect(fieldProblemText({ path: 'to', message: 'Use a date like 2026-01-31' }, es)).toBe('Escriba una fecha válida');
    expect(fieldProblemText({ path: 'delegateId', message: 'Choose who approves while you are away' }, es)).toBe('Elija quién aprueba durante su ausencia');
  });

  it('keeps the English close to the server’s and the stale-version conflict general', () => {
    expect(problemDetail(new ApiError(409, 'conflict', 'The decision was approved; it can no longer change.'), en)).toBe('The decision was approved; it can no longer change.');
    expect(fieldProblemText({ path: 'requestedDueOn', message: 'Choose a date after 2026-12-01' }, en)).toBe('Choose a date after Dec 1, 2026');
    const stale = new ApiError(409, 'conflict', 'Someone else changed this investigation after you opened it. Reload to see their changes, then try again.');
    expect(knownProblemDetail(stale, es)).toBeNull();
    expect(problemDetail(stale, es)).toMatch(/^Otra persona cambió este registro/);
  });
});
