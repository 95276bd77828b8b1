import { describe, expect, it } from 'vitest';
import { completeAnswers, exampleInstrument } from './example.fixture.js';
import { applyOverride, scoreInstrument } from './score.js';

// INV-5: policy overrides raise the level whatever the score; discretionary overrides stay inside
// the steps the instrument allows, always with a written reason, and go to a supervisor.

const def = exampleInstrument();
const low = scoreInstrument(def, completeAnswers());
const high = scoreInstrument(def, { ...completeAnswers(), prior_reports: 'many', under_two: { a: 'yes' } });
const reason = 'Father returned home last week; no plan in place';

describe('policy overrides', () => {
  it('set the level the policy names, without approval', () => {
    expect(low.level).toBe('low');
    expect(applyOverride(def, low, { kind: 'policy', key: 'sibling_death' })).toEqual({ ok: true, finalLevel: 'very_high', needsApproval: false });
  });

  it('never lower a level', () => {
    const lowering = { ...def, overrides: { policy: [{ key: 'cap', label: { en: 'Cap', es: 'Tope' }, setLevel: 'moderate' }] } };
    expect(high.level).toBe('high');
    expect(applyOverride(lowering, high, { kind: 'policy', key: 'cap' })).toMatchObject({ ok: true, finalLevel: 'high' });
  });

  it('must be one the instrument declares', () => {
    expect(applyOverride(def, low, { kind: 'policy', key: 'gut_feeling' })).toEqual({ ok: false, message: 'Unknown policy override "gut_feeling"' });
  });
});

describe('discretionary overrides', () => {
  it('move one level up with a reason and need approval', () => {
    expect(applyOverride(def, low, { kind: 'discretionary', toLevel: 'moderate', reason })).toEqual({ ok: true, finalLevel: 'moderate', needsApproval: true });
  });

  it('are refused two steps up', () => {
    expect(applyOverride(def, low, { kind: 'discretionary', toLevel: 'high', reason })).toEqual({
      ok: false,
      message: 'An override may raise the level by at most 1 level',
    });
  });

  it('are refused further down than allowed', () => {
    expect(applyOverride(def, high, { kind: 'discretionary', toLevel: 'moderate', reason })).toMatchObject({ ok: true, finalLevel: 'moderate' });
    expect(applyOverride(def, high, { kind: 'discretionary', toLevel: 'low', reason })).toMatchObject({ ok: false });
    const upOnly = { ...def, overrides: { discretionary: { ...def.overrides!.discretionary!, maxStepsDown: 0 } } };
    expect(applyOverride(upOnly, high, { kind: 'discretionary', toLevel: 'moderate', reason })).toEqual({
      ok: false,
      message: 'An override may not lower the level',
    });
  });

  it('need a reason of at least ten characters that is not just spaces', () => {
    for (const blank of ['', '          ', 'too short']) {
      expect(applyOverride(def, low, { kind: 'discretionary', toLevel: 'moderate', reason: blank })).toEqual({
        ok: false,
        message: 'Give a reason of at least 10 characters',
      });
    }
  });

  it('must change the level to one the instrument has', () => {
    expect(applyOverride(def, low, { kind: 'discretionary', toLevel: 'low', reason })).toMatchObject({ ok: false });
    expect(applyOverride(def, low, { kind: 'discretionary', toLevel: 'extreme', reason })).toEqual({ ok: false, message: 'Unknown level "extreme"' });
  });
});

describe('any override', () => {
  it('waits until the instrument is complete', () => {
    const partial = scoreInstrument(def, { prior_reports: 'one' });
    expect(applyOverride(def, partial, { kind: 'policy', key: 'sibling_death' })).toEqual({
      ok: false,
      message: 'Finish the instrument before overriding its level',
    });
  });

  it('needs an instrument that allows overrides', () => {
    expect(applyOverride({ ...def, overrides: undefined }, low, { kind: 'policy', key: 'sibling_death' })).toMatchObject({ ok: false });
    const policyOnly = { ...def, overrides: { policy: def.overrides!.policy } };
    expect(applyOverride(policyOnly, low, { kind: 'discretionary', toLevel: 'moderate', reason })).toEqual({
      ok: false,
      message: 'This instrument allows no discretionary override',
    });
  });
});
