import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/client';
import { createTranslator } from '../../../i18n/translate';
import { markVisitProblems, visitProblemWords } from './visit-problem-words';

describe('the visit routes’ field problems in the user’s words (VIS-2, VIS-3)', () => {
  it('recognises them by path and code, naming the child not marked', () => {
    expect(visitProblemWords({ path: 'occurredAt', message: 'x', code: 'in_future' })?.key).toBe('visit.error.inFuture');
    expect(visitProblemWords({ path: 'people.2.seen', message: 'x', code: 'not_marked', params: { name: 'Ana' } })).toEqual({
      key: 'visit.error.markChild',
      params: { name: 'Ana' },
    });
    expect(visitProblemWords({ path: 'familyWords', message: 'x', code: 'too_small' })).toBeNull();
  });

  it('marks the fields in Spanish and leaves the rest to the shared handling', () => {
    const marked: Array<[string, string]> = [];
    const error = new ApiError(400, 'validation', 'Invalid', [
      { path: 'occurredAt', message: 'A visit cannot be recorded before it happens', code: 'in_future' },
      { path: 'familyWords', message: 'Write it', code: 'too_small' },
    ]);
    const rest = markVisitProblems(
      error,
      ['occurredAt', 'familyWords'],
      (path, e) => void marked.push([String(path), String(e.message)]),
      createTranslator('es').t,
    );
    expect(marked).toEqual([['occurredAt', 'La visita no puede estar en el futuro: indique cuándo ocurrió']]);
    expect((rest as ApiError).errors.map((p) => p.path)).toEqual(['familyWords']);
    const conflict = new ApiError(409, 'conflict', 'Stale');
    expect(markVisitProblems(conflict, [], () => {}, createTranslator('en').t)).toBe(conflict);
  });
});
