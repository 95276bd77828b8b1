import { type ResolvedAnswer, isPlainObject, resolveItem } from './answers.js';
import type { InstrumentDefinition } from './definition-shape.js';
import { evaluateCondition } from './evaluate-condition.js';
import { type InstrumentLookup, lookupInstrument } from './lookup.js';
import { visibilityOrder } from './visibility-order.js';

export type InvalidAnswer = { item: string; message: string; child?: string };

export type ResolvedAnswers = {
  lookup: InstrumentLookup;
  /** Usable answers of visible items only: hidden items' answers are ignored entirely. */
  answers: Map<string, ResolvedAnswer>;
  visibleItems: string[];
  invalid: InvalidAnswer[];
  missing: string[];
  missingChildren: Record<string, string[]>;
};

/** Works out which items show, which answers count, and what is still required. */
export function resolveAnswers(def: InstrumentDefinition, raw: unknown, childIds?: readonly string[]): ResolvedAnswers {
  const lookup = lookupInstrument(def);
  const given: Record<string, unknown> = isPlainObject(raw) ? raw : {};
  const invalid: InvalidAnswer[] = [];
  if (!isPlainObject(raw)) invalid.push({ item: '', message: 'Expected answers as an object keyed by item' });
  for (const key of Object.keys(given)) {
    if (!lookup.items.has(key)) invalid.push({ item: key, message: 'Not an item of this instrument' });
  }

  const answers = new Map<string, ResolvedAnswer>();
  const visible = new Set<string>();
  const missingByItem = new Map<string, string[]>();
  // Dependencies first, so a showWhen only ever sees answers that themselves count.
  for (const key of visibilityOrder(def).order) {
    const item = lookup.items.get(key);
    if (!item) continue;
    if (item.showWhen && !evaluateCondition(item.showWhen, { lookup, answers })) continue;
    visible.add(key);
    const resolved = resolveItem(item, Object.hasOwn(given, key) ? given[key] : undefined, childIds);
    for (const problem of resolved.problems) invalid.push({ item: key, ...problem });
    if (resolved.answer) answers.set(key, resolved.answer);
    missingByItem.set(key, resolved.missingChildren);
  }

  const visibleItems = [...lookup.items.keys()].filter((key) => visible.has(key));
  const missing: string[] = [];
  const missingChildren: Record<string, string[]> = {};
  for (const key of visibleItems) {
    const item = lookup.items.get(key)!;
    const required = item.required || (item.requiredWhen !== undefined && evaluateCondition(item.requiredWhen, { lookup, answers }));
    if (!required) continue;
    const children = missingByItem.get(key) ?? [];
    if (!answers.has(key) || children.length > 0) missing.push(key);
    if (children.length > 0) missingChildren[key] = children;
  }
  return { lookup, answers, visibleItems, invalid, missing, missingChildren };
}
