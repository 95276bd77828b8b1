import { describe, expect, it } from 'vitest';
import { jsonNestingExceeds } from './json-body.js';

// PLAT-8, issue 9: a body nested 10,000 deep is refused before anything recurses through it.
describe('the JSON nesting pre-check (PLAT-8)', () => {
  it('counts objects and lists, not brackets inside strings', () => {
    expect(jsonNestingExceeds('{"a":[[1]]}', 3)).toBe(false);
    expect(jsonNestingExceeds('{"a":[[[1]]]}', 3)).toBe(true);
    expect(jsonNestingExceeds(`{"a":"${'['.repeat(100)}"}`, 3)).toBe(false);
    expect(jsonNestingExceeds(`{"a":"\\"${'{'.repeat(100)}"}`, 3)).toBe(false);
    expect(jsonNestingExceeds('[{},{},{},{}]', 2)).toBe(false);
  });

  it('stops a 10,000-deep document', () => {
    expect(jsonNestingExceeds(`{"answers":{"a":${'['.repeat(10_000)}${']'.repeat(10_000)}}}`, 64)).toBe(true);
  });
});
