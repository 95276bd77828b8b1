import { describe, expect, it } from 'vitest';
import { answerBounds, boundedJsonRecord, calendarDate, checkJson, databaseIntParam, hasForbiddenCharacter, moment, text, version } from './edge-schemas.js';

// PLAT-8, issue 9: the edge types every route builds on refuse what the database cannot hold.
describe('the shared edge schemas (PLAT-8)', () => {
  it('text refuses NUL and lone surrogates but keeps paired ones (emoji, CJK extension B)', () => {
    const field = text(50);
    expect(field.safeParse('a\u0000b').success).toBe(false);
    expect(field.safeParse('a\uD800b').success).toBe(false);
    expect(field.safeParse('a\uDC00').success).toBe(false);
    expect(field.safeParse('\uDC00\uD800').success).toBe(false); // reversed pair is two lone halves
    expect(field.parse('  Familia 😀 𠀀 Núñez  ')).toBe('Familia 😀 𠀀 Núñez');
    expect(hasForbiddenCharacter('tab\tand newline\n')).toBe(false);
  });

  it('text names its limit and refuses rather than cuts', () => {
    const result = text(20_000).safeParse('y'.repeat(30_000));
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toBe('At most 20000 characters');
  });

  it('a calendar date must be on the calendar and in 1900..2200', () => {
    const date = calendarDate();
    expect(date.parse('2024-02-29')).toBe('2024-02-29');
    expect(date.parse('1900-01-01')).toBe('1900-01-01');
    for (const bad of ['0000-01-01', '1899-12-31', '2201-01-01', '2023-02-29', '2026-13-01', '2026-1-01', '20260101', '2026-01-01T00:00:00Z', '٢٠٢٦-٠١-٠١']) {
      expect(date.safeParse(bad).success, bad).toBe(false);
    }
    expect(date.safeParse('0000-01-01').error!.issues[0]!.message).toBe('Use a year between 1900 and 2200');
  });

  it('a moment needs its offset and a year in range', () => {
    expect(moment().safeParse('2026-11-22T09:30:00-05:00').success).toBe(true);
    expect(moment().safeParse('0000-11-22T09:30:00-05:00').success).toBe(false);
    expect(moment().safeParse('2026-11-22T09:30:00').success).toBe(false);
  });

  it('a version fits the int column: 2^31-1 is the largest, 2^53-1 is refused', () => {
    expect(version.parse(2_147_483_647)).toBe(2_147_483_647);
    for (const bad of [0, -1, 1.5, 2_147_483_648, 2 ** 53 - 1, Number.MAX_VALUE, '3']) expect(version.safeParse(bad).success, String(bad)).toBe(false);
    expect(databaseIntParam().parse('12')).toBe(12);
    expect(databaseIntParam().safeParse('9007199254740991').success).toBe(false);
    expect(databaseIntParam().safeParse('1e400').success).toBe(false);
  });

  it('bounded JSON takes ordinary instrument answers', () => {
    const answers = { danger_now: 'yes', ages: [3, 7], by_child: { 'c2a4…': ['a', 'b'] }, note: 'Pasó ayer 😀' };
    expect(boundedJsonRecord().parse(answers)).toEqual(answers);
  });

  it('bounded JSON refuses deep, wide and unstorable documents, naming where', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 10_000; i += 1) deep = [deep];
    const deepResult = boundedJsonRecord().safeParse({ a: deep });
    expect(deepResult.success).toBe(false);
    expect(deepResult.error!.issues[0]!.message).toMatch(/Nested too deeply \(at most 8 levels\)/);

    expect(checkJson({ a: { b: { c: 1 } } }, { ...answerBounds, depth: 3 })).toBeNull();
    expect(checkJson({ a: { b: { c: {} } } }, { ...answerBounds, depth: 3 })).toMatchObject({ path: ['a', 'b', 'c'] });
    expect(checkJson({ a: ['ok', 'x\u0000'] }, answerBounds)).toMatchObject({ path: ['a', 1] });
    expect(checkJson({ 'k\uD800': 1 }, answerBounds)).toMatchObject({ path: ['k\uD800'] });
    expect(checkJson({ a: Array(501).fill(1) }, answerBounds)).toMatchObject({ path: ['a'], message: 'At most 500 entries in a list' });
    expect(checkJson(Object.fromEntries(Array.from({ length: 501 }, (_, i) => [`k${i}`, i])), answerBounds)).toMatchObject({
      message: 'At most 500 keys in an object',
    });
    expect(checkJson({ a: 'x'.repeat(20_001) }, answerBounds)).toMatchObject({ path: ['a'] });
  });
});
