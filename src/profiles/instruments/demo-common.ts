import type { InstrumentOption, LocalizedText } from '../../domain/instruments/index.js';

// Shared by the demonstration instruments in this folder. None of them is a validated tool: they
// show what the engine can express and must not guide real decisions. An agency loads its own
// licensed content (e.g. its state's SDM® tools) as definitions of the same shape.

export const demoSource = 'Hearth demonstration instrument, paraphrased; not a validated tool';
export const demoEffectiveFrom = '2026-01-01';

export const text = (en: string, es: string): LocalizedText => ({ en, es });

/** A yes/no item's options with points on "yes" only. */
export const yesScores = (points: Record<string, number>): InstrumentOption[] => [
  { value: 'yes', label: text('Yes', 'Sí'), points },
  { value: 'no', label: text('No', 'No') },
];
