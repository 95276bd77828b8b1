import { type FieldProblem, isApiError } from '../../../api/client';

/** The pasted or loaded text, read as JSON before it goes to the server. */
export type ReadDefinition =
  | { ok: true; definition: Record<string, unknown> }
  | { ok: false; reason: 'empty' }
  | { ok: false; reason: 'not_json'; message: string }
  | { ok: false; reason: 'not_object' };

export function readDefinitionText(text: string): ReadDefinition {
  if (text.trim() === '') return { ok: false, reason: 'empty' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: 'not_json', message: error instanceof Error ? error.message : String(error) };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { ok: false, reason: 'not_object' };
  return { ok: true, definition: parsed as Record<string, unknown> };
}

/** What an import failure means for the administrator. */
export type ImportFailure =
  /** 400: every bad field by its path, e.g. "sections[0].items[0].options[0].points.not_an_index". */
  | { kind: 'invalid'; errors: FieldProblem[] }
  /** 409: that key and version is already loaded; a change must be a new version. */
  | { kind: 'exists'; key: string | null; version: number | null }
  | { kind: 'other'; error: unknown };

export function importFailure(error: unknown, definition: Record<string, unknown> | null): ImportFailure {
  if (isApiError(error) && error.code === 'validation' && error.errors.length > 0) return { kind: 'invalid', errors: error.errors };
  if (isApiError(error) && error.code === 'conflict') {
    const key = typeof definition?.key === 'string' ? definition.key : null;
    const version = typeof definition?.version === 'number' ? definition.version : null;
    return { kind: 'exists', key, version };
  }
  return { kind: 'other', error };
}
