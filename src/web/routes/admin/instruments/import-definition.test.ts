import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/client';
import { importFailure, readDefinitionText } from './import-definition';

describe('reading a definition to import (PLAT-3)', () => {
  it('takes a JSON object, and says why anything else is not one', () => {
    expect(readDefinitionText('  ')).toEqual({ ok: false, reason: 'empty' });
    expect(readDefinitionText('{"key": ')).toMatchObject({ ok: false, reason: 'not_json' });
    expect(readDefinitionText('[1, 2]')).toEqual({ ok: false, reason: 'not_object' });
    expect(readDefinitionText('{"key": "family-risk", "version": 2}')).toEqual({ ok: true, definition: { key: 'family-risk', version: 2 } });
  });

  it("lists the server's field errors by path, and names the version that already exists", () => {
    const invalid = new ApiError(400, 'validation', 'The definition is not valid', [
      { path: 'sections[0].items[0].options[0].points.not_an_index', message: 'Unknown index "not_an_index"; declare it in indices' },
    ]);
    expect(importFailure(invalid, {})).toEqual({ kind: 'invalid', errors: invalid.errors });
    const exists = new ApiError(409, 'conflict', 'Instrument family-risk version 1 already exists.');
    expect(importFailure(exists, { key: 'family-risk', version: 1 })).toEqual({ kind: 'exists', key: 'family-risk', version: 1 });
    const forbidden = new ApiError(403, 'forbidden_action', 'Only an administrator can import instrument definitions.');
    expect(importFailure(forbidden, {})).toEqual({ kind: 'other', error: forbidden });
  });
});
