import type { InstrumentDefinition, InstrumentItem, InstrumentOption } from './definition-shape.js';

/** Options a 'yes_no' item has when the definition gives none: no points either way. */
export const yesNoOptions: InstrumentOption[] = [
  { value: 'yes', label: { en: 'Yes', es: 'Sí' } },
  { value: 'no', label: { en: 'No', es: 'No' } },
];

export function optionsOf(item: InstrumentItem): InstrumentOption[] {
  if (item.type === 'yes_no') return item.options ?? yesNoOptions;
  return item.options ?? [];
}

export type InstrumentLookup = {
  /** Items in the order they appear; the first wins if a key repeats (validation forbids it). */
  items: Map<string, InstrumentItem>;
  sectionItems: Map<string, string[]>;
  /** Levels from lowest to highest, as the shared thresholds list them. */
  levelOrder: string[];
};

// Definitions are immutable data, so each is looked up once however often it is scored.
const cache = new WeakMap<InstrumentDefinition, InstrumentLookup>();

export function lookupInstrument(def: InstrumentDefinition): InstrumentLookup {
  const cached = cache.get(def);
  if (cached) return cached;
  const items = new Map<string, InstrumentItem>();
  const sectionItems = new Map<string, string[]>();
  for (const section of def.sections) {
    sectionItems.set(
      section.key,
      section.items.map((i) => i.key),
    );
    for (const item of section.items) if (!items.has(item.key)) items.set(item.key, item);
  }
  const levelOrder = def.levels ? def.levels.thresholds.map((t) => t.level) : [];
  const lookup = { items, sectionItems, levelOrder };
  cache.set(def, lookup);
  return lookup;
}

/** Item keys a selection names: a list of keys, or every item of "section:<key>". */
export function selectedItems(lookup: InstrumentLookup, selection: string[] | string): string[] {
  if (typeof selection !== 'string') return selection;
  return lookup.sectionItems.get(selection.slice('section:'.length)) ?? [];
}
