import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/translate';
import { ApiError, type FieldProblem, type ProblemCode } from './client';
import { fieldCode, fieldRules } from './problem-fields';
import { reasonsShownAsDetail, reasonTexts } from './problem-reasons';
import { fieldProblemText, knownProblemDetail, problemDetail, translateFieldProblem } from './problem-text';

// PLAT-6: the reason table and the field codes kept in step with the server, and the investigation
// screens' problems in Spanish. The intake's problems and the general rules are in problem-text.test.ts.
const en = createTranslator('en');
const es = createTranslator('es');

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
