import type { InstrumentDefinition, LocalizedText } from './definition.js';

/** The section of a safety instrument that lists dangerous behaviours and conditions (CT-SAFE "B"). */
export const threatSectionKey = 'behaviours';

export interface Threat {
  key: string;
  label: LocalizedText;
}

/**
 * The safety threats a completed safety assessment found (INV-3, INV-4): every yes/no item in the
 * instrument's `behaviours` section answered "yes". A safety plan must control each of them.
 * A free-text item that describes an "other" threat is folded into that threat's label.
 */
export function threatsOf(definition: InstrumentDefinition, answers: Record<string, unknown>): Threat[] {
  const section = definition.sections.find((s) => s.key === threatSectionKey);
  if (!section) return [];
  const described = new Map<string, string>();
  for (const item of section.items) {
    const shownFor = item.showWhen && 'item' in item.showWhen ? item.showWhen.item : null;
    if (item.type === 'text' && shownFor && typeof answers[item.key] === 'string') described.set(shownFor, (answers[item.key] as string).trim());
  }
  return section.items
    .filter((item) => item.type === 'yes_no' && answers[item.key] === 'yes')
    .map((item) => {
      const extra = described.get(item.key);
      return { key: item.key, label: extra ? { en: `${item.text.en} ${extra}`, es: `${item.text.es} ${extra}` } : item.text };
    });
}
