import type { InstrumentItem, InstrumentOption, LocalizedText } from '../../domain/instruments/index.js';

// Shared by the demonstration instruments in this folder. None of them is a validated tool: they
// show what the engine can express and must not guide real decisions. An agency loads its own
// licensed content (e.g. its state's SDM® tools) as definitions of the same shape.

export const demoSource = 'Hearth demonstration instrument, paraphrased; not a validated tool';
export const demoEffectiveFrom = '2026-01-01';

export const text = (en: string, es: string): LocalizedText => ({ en, es });

type Points = Record<string, number>;

/** A yes/no item's options with points on "yes" only. */
export const yesScores = (points: Points): InstrumentOption[] => [
  { value: 'yes', label: text('Yes', 'Sí'), points },
  { value: 'no', label: text('No', 'No') },
];

/** The names of the levels, for `levels.labels` and for options that name a level. */
export const levelLabel = {
  low: text('Low', 'Bajo'),
  moderate: text('Moderate', 'Moderado'),
  high: text('High', 'Alto'),
  very_high: text('Very high', 'Muy alto'),
};

/** How many reports: none, one, two or more, with the points of the last two. */
export const reportCountOptions = (one: Points, twoOrMore: Points): InstrumentOption[] => [
  { value: 'none', label: text('None', 'Ninguno') },
  { value: 'one', label: text('One', 'Uno'), points: one },
  { value: 'two_or_more', label: text('Two or more', 'Dos o más'), points: twoOrMore },
];

/** Caregivers' progress on the case plan, judged by changed behaviour, with the points of some and of little change. */
export const planProgressItem = (some: Points, little: Points): InstrumentItem => ({
  key: 'plan_progress',
  type: 'single',
  required: true,
  text: text("Caregivers' progress on the case plan's goals", 'Progreso de los cuidadores en las metas del plan del caso'),
  help: text('Judge by changed behaviour, not by attendance at services.', 'Juzgue por el cambio de conducta, no por la asistencia a servicios.'),
  options: [
    { value: 'changed', label: text('Behaviour has changed as the plan intended', 'La conducta cambió como el plan esperaba') },
    { value: 'some', label: text('Some change', 'Algún cambio'), points: some },
    { value: 'little', label: text('Little or no change', 'Poco o ningún cambio'), points: little },
  ],
});
