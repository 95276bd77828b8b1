import { conditionReferences } from './condition.js';
import type { InstrumentDefinition } from './definition-shape.js';
import { lookupInstrument, selectedItems } from './lookup.js';

export type VisibilityOrder = { order: string[]; cycle: string[] | null };

const cache = new WeakMap<InstrumentDefinition, VisibilityOrder>();

/**
 * Items ordered so that each comes after every item its showWhen looks at: whether an item shows
 * can then be settled in one pass, and an answer to a hidden item never makes another item show.
 * A loop (which validation rejects) is reported, and its items keep their written order.
 */
export function visibilityOrder(def: InstrumentDefinition): VisibilityOrder {
  const cached = cache.get(def);
  if (cached) return cached;
  const lookup = lookupInstrument(def);
  const dependsOn = new Map<string, string[]>();
  for (const [key, item] of lookup.items) {
    const refs = item.showWhen ? conditionReferences(item.showWhen) : [];
    const keys = refs.flatMap((r) => (r.kind === 'item' ? [r.key] : r.kind === 'section' ? selectedItems(lookup, `section:${r.key}`) : []));
    dependsOn.set(
      key,
      keys.filter((k) => lookup.items.has(k)),
    );
  }

  const order: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  let cycle: string[] | null = null;
  const visit = (key: string, trail: string[]) => {
    const seen = state.get(key);
    if (seen === 'done') return;
    if (seen === 'visiting') {
      cycle ??= [...trail.slice(trail.indexOf(key)), key];
      return;
    }
    state.set(key, 'visiting');
    for (const dep of dependsOn.get(key) ?? []) visit(dep, [...trail, key]);
    state.set(key, 'done');
    order.push(key);
  };
  for (const key of lookup.items.keys()) visit(key, []);

  const result = { order, cycle };
  cache.set(def, result);
  return result;
}
