import { describe, expect, it } from 'vitest';
import { completeAnswers, exampleInstrument } from './example.fixture.js';
import { levelForIndices, scoreInstrument } from './score.js';

// INV-3, INV-5: a worker's answers become indices, a level and a decision; the result says what
// is still missing or wrong so the form can show it.

const def = exampleInstrument();
const score = (answers: Record<string, unknown>, options = {}) => scoreInstrument(def, answers, options);

describe('scoring an instrument', () => {
  it('sums option points into each index and takes the higher level of the two', () => {
    const result = score({
      ...completeAnswers(),
      prior_reports: 'many',
      injury: 'yes',
      injury_detail: 'Bruised arm',
      stressors: ['housing', 'income'],
      stressor_notes: 'Eviction notice',
    });
    expect(result.indices).toEqual({ neglect: 4, abuse: 3 });
    expect(result.level).toBe('high');
    expect(result.complete).toBe(true);
    expect(result.decision).toEqual({ outcome: 'open', ruleIndex: 0 });
  });

  it('falls back to the default outcome with no rule index', () => {
    const result = score(completeAnswers());
    expect(result).toMatchObject({ complete: true, missing: [], invalid: [], level: 'low', indices: { neglect: 1, abuse: 0 } });
    expect(result.decision).toEqual({ outcome: 'close', ruleIndex: null });
  });

  it('carries the matching rule’s attributes', () => {
    const result = score({ ...completeAnswers(), injury: 'yes', injury_detail: 'Burn', under_two: { a: 'yes' } });
    expect(result.indices).toEqual({ neglect: 3, abuse: 2 });
    expect(result.decision).toEqual({ outcome: 'review', attributes: { reviewBy: 'supervisor' }, ruleIndex: 1 });
  });

  it('lists required visible items still unanswered, in the order they appear', () => {
    const result = score({ injury: 'yes' });
    expect(result.missing).toEqual(['prior_reports', 'injury_detail', 'under_two']);
    expect(result.complete).toBe(false);
  });

  it('neither requires nor scores a hidden item, even if an old answer is still there', () => {
    const result = score({ ...completeAnswers(), injury: 'no', injury_detail: 42 });
    expect(result.visibleItems).not.toContain('injury_detail');
    expect(result.missing).toEqual([]);
    expect(result.invalid).toEqual([]);
    expect(result.complete).toBe(true);
  });

  it('requires an item when its requiredWhen holds', () => {
    expect(score({ ...completeAnswers(), stressors: ['none'] }).missing).toEqual([]);
    expect(score({ ...completeAnswers(), stressors: ['income'] }).missing).toEqual(['stressor_notes']);
    expect(score({ ...completeAnswers(), stressors: ['income'], stressor_notes: '   ' }).missing).toEqual(['stressor_notes']);
  });

  it('treats null, blank text and an empty list as not answered yet', () => {
    const result = score({ prior_reports: null, injury: 'yes', injury_detail: '', stressors: [], under_two: {} });
    expect(result.missing).toEqual(['prior_reports', 'injury_detail', 'under_two']);
    expect(result.invalid).toEqual([]);
  });

  it('reports answers of the wrong type, unknown options and unknown items, and does not count them', () => {
    const result = score({
      ...completeAnswers(),
      prior_reports: 'several',
      household_size: 0,
      stressors: 'housing',
      favourite_colour: 'blue',
    });
    expect(result.invalid).toEqual([
      { item: 'favourite_colour', message: 'Not an item of this instrument' },
      { item: 'prior_reports', message: 'Not one of the options: "none", "one", "many"' },
      { item: 'household_size', message: 'Must be at least 1' },
      { item: 'stressors', message: 'Expected a list of options' },
    ]);
    expect(result.missing).toEqual(['prior_reports']);
    expect(result.indices.neglect).toBe(0);
    expect(result.complete).toBe(false);
  });

  it('compares values strictly: 1 is not "1", true is not "yes"', () => {
    const result = score({ ...completeAnswers(), injury: true, household_size: '3' });
    expect(result.invalid.map((i) => i.item)).toEqual(['injury', 'household_size']);
  });
});

describe('items answered for each child', () => {
  it('takes the points of the child with the most, not the sum over children', () => {
    const result = score({ ...completeAnswers(), under_two: { a: 'yes', b: 'yes', c: 'no' } });
    expect(result.indices.neglect).toBe(3);
  });

  it('names the children still to answer when the household is known', () => {
    const result = score({ ...completeAnswers(), under_two: { a: 'no' } }, { childIds: ['a', 'b'] });
    expect(result.missing).toEqual(['under_two']);
    expect(result.missingChildren).toEqual({ under_two: ['b'] });
  });

  it('refuses an answer for a child who is not in the household', () => {
    const result = score({ ...completeAnswers(), under_two: { a: 'no', z: 'yes' } }, { childIds: ['a'] });
    expect(result.invalid).toEqual([{ item: 'under_two', child: 'z', message: 'Not a child in this household' }]);
    expect(result.indices.neglect).toBe(1);
  });

  it('refuses a single answer where one per child is expected', () => {
    const result = score({ ...completeAnswers(), under_two: 'no' });
    expect(result.invalid).toEqual([{ item: 'under_two', message: 'Expected one answer per child: { childId: answer }' }]);
    expect(result.missing).toEqual(['under_two']);
  });
});

describe('levels', () => {
  it('follows the decision rules with the overridden level when one is given', () => {
    expect(score(completeAnswers(), { finalLevel: 'very_high' })).toMatchObject({ level: 'low', decision: { outcome: 'open' } });
  });

  it('uses the last threshold reached, and the lowest level below the first', () => {
    expect(levelForIndices(def, { neglect: 1.9, abuse: 0 })).toBe('low');
    expect(levelForIndices(def, { neglect: 2, abuse: 0 })).toBe('moderate');
    expect(levelForIndices(def, { neglect: 0, abuse: 99 })).toBe('very_high');
    expect(levelForIndices(def, { neglect: -5, abuse: -5 })).toBe('low');
    expect(levelForIndices({ ...def, levels: undefined }, { neglect: 9 })).toBeNull();
  });

  it('applies cut-points of their own to one index', () => {
    const levels = {
      ...def.levels!,
      thresholdsByIndex: {
        abuse: [
          { level: 'low', min: 0 },
          { level: 'moderate', min: 1 },
          { level: 'high', min: 2 },
          { level: 'very_high', min: 3 },
        ],
      },
    };
    const strict = { ...def, levels };
    expect(levelForIndices(strict, { neglect: 2, abuse: 2 })).toBe('high');
    expect(levelForIndices(strict, { neglect: 5, abuse: 0 })).toBe('high');
  });
});
