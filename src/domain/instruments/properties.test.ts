import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseInstrumentDefinition } from './definition.js';
import { exampleInstrument } from './example.fixture.js';
import { lookupInstrument } from './lookup.js';
import { levelForIndices, scoreInstrument } from './score.js';

// Properties the server relies on: scoring takes whatever a client sends without throwing, gives
// the same result every time, and more points never mean less concern.

const def = exampleInstrument();
const itemKeys = [...lookupInstrument(def).items.keys()];
const levels = def.levels!.thresholds.map((t) => t.level);

/** Answer objects that mix real item keys, made-up keys and values of any kind. */
const anyAnswers = fc.dictionary(fc.oneof(fc.constantFrom(...itemKeys), fc.string()), fc.anything(), { maxKeys: 12 });

describe('scoring properties', () => {
  it('never throws on arbitrary answers, and keeps within its own bounds', () => {
    fc.assert(
      fc.property(anyAnswers, fc.option(fc.array(fc.string(), { maxLength: 3 }), { nil: undefined }), (answers, childIds) => {
        const result = scoreInstrument(def, answers, { childIds });
        expect(levels).toContain(result.level);
        for (const key of result.missing) expect(result.visibleItems).toContain(key);
        expect(result.complete).toBe(result.missing.length === 0 && result.invalid.length === 0);
      }),
    );
  });

  it('never throws when handed something that is not an answers object at all', () => {
    fc.assert(fc.property(fc.anything(), (answers) => void scoreInstrument(def, answers as Record<string, unknown>)));
  });

  it('gives the same result for the same answers, and leaves them unchanged', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const before = structuredClone(answers);
        expect(scoreInstrument(def, answers)).toEqual(scoreInstrument(def, structuredClone(answers)));
        expect(answers).toEqual(before);
      }),
    );
  });

  it('never lowers the level when an index gains points', () => {
    const scores = fc.record({ neglect: fc.integer({ min: -3, max: 12 }), abuse: fc.integer({ min: -3, max: 12 }) });
    const gains = fc.record({ neglect: fc.nat(6), abuse: fc.nat(6) });
    fc.assert(
      fc.property(scores, gains, (before, gain) => {
        const after = { neglect: before.neglect + gain.neglect, abuse: before.abuse + gain.abuse };
        expect(levels.indexOf(levelForIndices(def, after)!)).toBeGreaterThanOrEqual(levels.indexOf(levelForIndices(def, before)!));
      }),
    );
  });

  it('never throws when importing arbitrary JSON', () => {
    fc.assert(fc.property(fc.jsonValue(), (json) => void parseInstrumentDefinition(json)));
  });
});
