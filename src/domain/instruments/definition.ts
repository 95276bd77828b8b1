import type { z } from 'zod';
import { checkDefinition } from './check-definition.js';
import { type InstrumentDefinition, instrumentDefinitionShape } from './definition-shape.js';

export type { AnswerValue, Condition, ItemSelection } from './condition.js';
export type {
  InstrumentDefinition,
  InstrumentItem,
  InstrumentKind,
  InstrumentOption,
  InstrumentSection,
  ItemType,
  LocalizedText,
} from './definition-shape.js';

/**
 * A versioned instrument (PLAT-3): items, points, levels, decision rules and overrides as data, so
 * an agency can load its own licensed content without code changes.
 */
export const instrumentDefinitionSchema = instrumentDefinitionShape.superRefine(checkDefinition);

export type DefinitionError = { path: string; message: string };
export type ParsedDefinition = { ok: true; definition: InstrumentDefinition } | { ok: false; errors: DefinitionError[] };

/** Checks imported JSON; each error names the bad field, e.g. "sections[1].items[3].options[0].points.neglect". */
export function parseInstrumentDefinition(json: unknown): ParsedDefinition {
  const parsed = instrumentDefinitionSchema.safeParse(json);
  if (parsed.success) return { ok: true, definition: parsed.data };
  return { ok: false, errors: parsed.error.issues.flatMap(toErrors) };
}

function toErrors(issue: z.core.$ZodIssue): DefinitionError[] {
  // Name each unexpected key itself, not the object holding it.
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ path: formatPath([...issue.path, key]), message: `Unexpected field "${key}"` }));
  }
  return [{ path: formatPath(issue.path), message: issue.message }];
}

/** ["sections", 1, "items", 3, "key"] → "sections[1].items[3].key" */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else text += text === '' ? String(part) : `.${String(part)}`;
  }
  return text;
}

// Fields first in reading order; keys that are data (index, level, attribute names) follow
// alphabetically, so the same definition always exports to the same text.
const fieldOrder = [
  'key',
  'version',
  'kind',
  'title',
  'description',
  'effectiveFrom',
  'source',
  'sections',
  'indices',
  'levels',
  'decisions',
  'overrides',
  'items',
  'text',
  'help',
  'type',
  'appliesTo',
  'facet',
  'required',
  'requiredWhen',
  'showWhen',
  'min',
  'max',
  'options',
  'value',
  'label',
  'points',
  'basis',
  'thresholds',
  'thresholdsByIndex',
  'labels',
  'rules',
  'defaultOutcome',
  'when',
  'outcome',
  'attributes',
  'policy',
  'discretionary',
  'setLevel',
  'maxStepsUp',
  'maxStepsDown',
  'requiresReason',
  'requiresApproval',
  'item',
  'equals',
  'in',
  'answered',
  'all',
  'any',
  'not',
  'index',
  'atLeast',
  'level',
  'count',
  'maxOf',
  'en',
  'es',
];
const rank = new Map(fieldOrder.map((key, i) => [key, i]));

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value !== 'object' || value === null) return value;
  const keys = Object.keys(value).filter((k) => (value as Record<string, unknown>)[k] !== undefined);
  keys.sort((a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(keys.map((k) => [k, canonical((value as Record<string, unknown>)[k])]));
}

/** Pretty JSON with a fixed key order, for files an agency keeps under version control. */
export function exportInstrumentDefinition(def: InstrumentDefinition): string {
  return `${JSON.stringify(canonical(def), null, 2)}\n`;
}
