import { describe, expect, it } from 'vitest';
import { exportInstrumentDefinition, formatPath, parseInstrumentDefinition } from './definition.js';
import { exampleInstrument } from './example.fixture.js';

// PLAT-3: an agency imports its instruments as JSON. A bad file is refused with errors that name
// the exact field to fix.

/** Parses the example after `change` has broken it, and returns the errors. */
function errorsAfter(change: (def: any) => void) {
  const def: any = structuredClone(exampleInstrument());
  change(def);
  const parsed = parseInstrumentDefinition(def);
  if (parsed.ok) throw new Error('expected the definition to be refused');
  return parsed.errors;
}

const paths = (errors: { path: string }[]) => errors.map((e) => e.path);

describe('importing an instrument definition', () => {
  it('accepts a well-formed definition unchanged', () => {
    const parsed = parseInstrumentDefinition(exampleInstrument());
    expect(parsed).toEqual({ ok: true, definition: exampleInstrument() });
  });

  it('names the points entry that refers to an undeclared index', () => {
    const errors = errorsAfter((d) => {
      d.sections[0].items[0].options[1].points = { neglekt: 1 };
    });
    expect(errors).toEqual([{ path: 'sections[0].items[0].options[1].points.neglekt', message: expect.stringMatching(/Unknown index "neglekt"/) }]);
  });

  it('names the condition field that refers to a missing item, however deeply nested', () => {
    expect(paths(errorsAfter((d) => (d.sections[0].items[2].showWhen = { item: 'injurie', equals: 'yes' })))).toEqual(['sections[0].items[2].showWhen.item']);
    const nested = errorsAfter((d) => {
      d.decisions.rules[1].when = { all: [{ item: 'injury', equals: 'yes' }, { not: { item: 'ghost', answered: true } }] };
    });
    expect(nested).toEqual([{ path: 'decisions.rules[1].when.all[1].not.item', message: 'Unknown item "ghost"' }]);
    expect(paths(errorsAfter((d) => (d.decisions.rules[1].when.count.items = ['injury', 'ghost'])))).toEqual(['decisions.rules[1].when.count.items[1]']);
    expect(paths(errorsAfter((d) => (d.decisions.rules[1].when.count.items = 'section:ghosts')))).toEqual(['decisions.rules[1].when.count.items']);
  });

  it('names the second use of a duplicated item key and where it was first used', () => {
    const errors = errorsAfter((d) => (d.sections[1].items[0].key = 'injury'));
    expect(errors).toContainEqual({ path: 'sections[1].items[0].key', message: 'Item key "injury" is already used at sections[0].items[1]' });
  });

  it('names the threshold that does not ascend', () => {
    const errors = errorsAfter((d) => (d.levels.thresholds[2].min = 1));
    expect(errors).toEqual([{ path: 'levels.thresholds[2].min', message: 'Thresholds must ascend: 1 is not above 2' }]);
  });

  it('names fields of the wrong type', () => {
    expect(paths(errorsAfter((d) => (d.version = '1')))).toEqual(['version']);
    expect(paths(errorsAfter((d) => (d.sections[0].items[0].type = 'slider')))).toEqual(['sections[0].items[0].type']);
    expect(paths(errorsAfter((d) => (d.sections[0].items[1].required = 'yes')))).toEqual(['sections[0].items[1].required']);
    expect(paths(errorsAfter((d) => (d.sections[0].items[0].options[0].label = { en: 'None' })))).toEqual(['sections[0].items[0].options[0].label.es']);
    expect(paths(errorsAfter((d) => (d.effectiveFrom = '2026-02-30')))).toEqual(['effectiveFrom']);
  });

  it('names each unexpected field itself', () => {
    expect(errorsAfter((d) => (d.sections[0].items[0].weight = 3))).toEqual([{ path: 'sections[0].items[0].weight', message: 'Unexpected field "weight"' }]);
  });

  it('points into the branch of a malformed condition the author meant', () => {
    expect(errorsAfter((d) => (d.sections[0].items[2].showWhen = { item: 'injury' }))).toEqual([
      { path: 'sections[0].items[2].showWhen', message: 'A condition on an item needs "equals", "in" or "answered"' },
    ]);
    expect(paths(errorsAfter((d) => (d.decisions.rules[0].when = { any: [{ index: 'abuse', atLeast: 'two' }] })))).toEqual([
      'decisions.rules[0].when.any[0].atLeast',
    ]);
  });

  it('refuses an item shown on the strength of its own answer', () => {
    expect(errorsAfter((d) => (d.sections[0].items[2].showWhen = { item: 'injury_detail', answered: true }))).toEqual([
      { path: 'sections[0].items[2].showWhen.item', message: 'An item cannot be shown on the strength of its own answer' },
    ]);
  });

  it('refuses an item shown by counting the section it belongs to', () => {
    expect(paths(errorsAfter((d) => (d.sections[1].items[0].showWhen = { count: { items: 'section:children', equals: 'yes' }, atLeast: 1 })))).toEqual([
      'sections[1].items[0].showWhen.count.items',
    ]);
  });

  it('refuses showWhen conditions that loop', () => {
    const errors = errorsAfter((d) => {
      d.sections[0].items[0].showWhen = { item: 'injury', answered: true };
      d.sections[0].items[1].showWhen = { item: 'prior_reports', answered: true };
    });
    expect(errors).toEqual([{ path: 'sections[0].items[0].showWhen', message: expect.stringMatching(/loop: prior_reports → injury → prior_reports/) }]);
  });

  it('keeps showWhen and requiredWhen to answers: only decisions look at scores and levels', () => {
    expect(errorsAfter((d) => (d.sections[0].items[2].showWhen = { index: 'abuse', atLeast: 2 }))).toEqual([
      { path: 'sections[0].items[2].showWhen.index', message: 'Only decision rules can look at indices' },
    ]);
    expect(paths(errorsAfter((d) => (d.sections[0].items[5].requiredWhen = { level: { in: ['high'] } })))).toEqual([
      'sections[0].items[5].requiredWhen.level.in[0]',
    ]);
  });

  it('refuses a compared value the item can never have, such as "Yes" for "yes"', () => {
    expect(errorsAfter((d) => (d.sections[0].items[2].showWhen = { item: 'injury', equals: 'Yes' }))).toEqual([
      { path: 'sections[0].items[2].showWhen.equals', message: 'Item "injury" cannot be answered "Yes"' },
    ]);
    expect(paths(errorsAfter((d) => (d.sections[0].items[5].requiredWhen = { item: 'stressors', in: ['housing', 'jobs'] })))).toEqual([
      'sections[0].items[5].requiredWhen.in[1]',
    ]);
  });

  it('checks options against the item type', () => {
    expect(paths(errorsAfter((d) => (d.sections[0].items[0].options[2].value = 'one')))).toEqual(['sections[0].items[0].options[2].value']);
    expect(paths(errorsAfter((d) => (d.sections[0].items[1].options[1].value = 'maybe')))).toEqual(['sections[0].items[1].options[1].value']);
    expect(paths(errorsAfter((d) => delete d.sections[0].items[0].options))).toEqual(['sections[0].items[0].options']);
    expect(paths(errorsAfter((d) => (d.sections[0].items[3].options = [{ value: 1, label: { en: 'a', es: 'a' } }])))).toEqual(['sections[0].items[3].options']);
    expect(paths(errorsAfter((d) => (d.sections[0].items[0].facet = 'need')))).toEqual(['sections[0].items[0].facet']);
  });

  it('checks levels, decisions and overrides refer to declared levels and indices', () => {
    expect(paths(errorsAfter((d) => (d.levels.basis = { maxOf: ['neglect', 'harm'] })))).toEqual(['levels.basis.maxOf[1]']);
    expect(paths(errorsAfter((d) => (d.decisions.rules[0].when = { level: { in: ['severe'] } })))).toEqual(['decisions.rules[0].when.level.in[0]']);
    expect(paths(errorsAfter((d) => (d.overrides.policy[0].setLevel = 'extreme')))).toEqual(['overrides.policy[0].setLevel']);
    expect(paths(errorsAfter((d) => delete d.levels.labels.high))).toEqual(['levels.labels']);
    expect(paths(errorsAfter((d) => (d.levels.labels.severe = { en: 'Severe', es: 'Grave' })))).toEqual(['levels.labels.severe']);
    expect(paths(errorsAfter((d) => (d.levels.thresholds[3].level = 'high')))).toContain('levels.thresholds[3].level');
    expect(paths(errorsAfter((d) => delete d.levels))).toContain('overrides');
    expect(paths(errorsAfter((d) => (d.overrides.discretionary.requiresReason = false)))).toEqual(['overrides.discretionary.requiresReason']);
  });

  it('accepts per-index cut-points that list the same levels', () => {
    const def: any = exampleInstrument();
    def.levels.thresholdsByIndex = {
      abuse: [
        { level: 'low', min: 0 },
        { level: 'moderate', min: 1 },
        { level: 'high', min: 2 },
        { level: 'very_high', min: 3 },
      ],
    };
    expect(parseInstrumentDefinition(def).ok).toBe(true);
    def.levels.thresholdsByIndex.abuse.pop();
    expect(parseInstrumentDefinition(def)).toMatchObject({ ok: false, errors: [{ path: 'levels.thresholdsByIndex.abuse' }] });
  });

  it('refuses something that is not a definition at all', () => {
    expect(parseInstrumentDefinition(null)).toMatchObject({ ok: false, errors: [{ path: '' }] });
    expect(parseInstrumentDefinition('{"key":"x"}')).toMatchObject({ ok: false });
  });
});

describe('exporting an instrument definition', () => {
  it('parses back to an equal definition', () => {
    const json = exportInstrumentDefinition(exampleInstrument());
    expect(parseInstrumentDefinition(JSON.parse(json))).toEqual({ ok: true, definition: exampleInstrument() });
  });

  it('writes the same text whatever order the keys were in, identity first', () => {
    const reversed = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(reversed);
      if (typeof value !== 'object' || value === null) return value;
      return Object.fromEntries(
        Object.entries(value)
          .reverse()
          .map(([k, v]) => [k, reversed(v)]),
      );
    };
    const json = exportInstrumentDefinition(exampleInstrument());
    expect(exportInstrumentDefinition(reversed(exampleInstrument()) as any)).toBe(json);
    expect(json.startsWith('{\n  "key": "example",\n  "version": 1,\n  "kind": "risk",')).toBe(true);
    expect(json.endsWith('}\n')).toBe(true);
  });

  it('formats paths the way errors show them', () => {
    expect(formatPath(['sections', 1, 'items', 3, 'options', 0, 'points', 'neglect'])).toBe('sections[1].items[3].options[0].points.neglect');
    expect(formatPath([])).toBe('');
  });
});
