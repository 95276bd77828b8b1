import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../i18n/translate';
import { characterCountStatus } from './character-count';

// INT-1, issue 9: the narrative is counted, not silently cut at its limit.
describe('the character count', () => {
  const en = createTranslator('en');
  const es = createTranslator('es');
  it('says how many are allowed, left, or over, in English and Spanish', () => {
    expect(characterCountStatus(en, 0, 20_000)).toEqual({ text: '20,000 characters allowed', over: false });
    expect(characterCountStatus(en, 19_999, 20_000)).toEqual({ text: '1 character left', over: false });
    expect(characterCountStatus(en, 20_000, 20_000)).toEqual({ text: '0 characters left', over: false });
    expect(characterCountStatus(en, 30_000, 20_000)).toEqual({ text: '10,000 characters over the limit', over: true });
    expect(characterCountStatus(es, 0, 20_000).text).toBe('Se permiten 20,000 caracteres');
    expect(characterCountStatus(es, 19_999, 20_000).text).toBe('Queda 1 carácter');
    expect(characterCountStatus(es, 20_001, 20_000)).toEqual({ text: '1 carácter por encima del límite', over: true });
  });
});
