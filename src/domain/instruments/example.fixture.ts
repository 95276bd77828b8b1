import type { InstrumentDefinition, LocalizedText } from './definition.js';

// A small instrument using every feature of the engine, for the engine's own tests. The points
// and thresholds mean nothing.

const t = (en: string): LocalizedText => ({ en, es: `${en} (es)` });

export const exampleInstrument = (): InstrumentDefinition => ({
  key: 'example',
  version: 1,
  kind: 'risk',
  title: t('Example'),
  description: t('An instrument for tests'),
  effectiveFrom: '2026-01-01',
  source: 'Test fixture; not a validated tool',
  sections: [
    {
      key: 'history',
      title: t('History'),
      items: [
        {
          key: 'prior_reports',
          type: 'single',
          required: true,
          text: t('Prior reports'),
          options: [
            { value: 'none', label: t('None') },
            { value: 'one', label: t('One'), points: { neglect: 1 } },
            { value: 'many', label: t('Many'), points: { neglect: 2, abuse: 1 } },
          ],
        },
        {
          key: 'injury',
          type: 'yes_no',
          required: true,
          text: t('Prior injury'),
          options: [
            { value: 'yes', label: t('Yes'), points: { abuse: 2 } },
            { value: 'no', label: t('No') },
          ],
        },
        { key: 'injury_detail', type: 'text', required: true, showWhen: { item: 'injury', equals: 'yes' }, text: t('Describe the injury') },
        { key: 'household_size', type: 'number', required: false, min: 1, max: 20, text: t('People in the household') },
        {
          key: 'stressors',
          type: 'multi',
          required: false,
          text: t('Stressors'),
          options: [
            { value: 'housing', label: t('Housing'), points: { neglect: 1 } },
            { value: 'income', label: t('Income'), points: { neglect: 1 } },
            { value: 'none', label: t('None') },
          ],
        },
        { key: 'stressor_notes', type: 'text', required: false, requiredWhen: { item: 'stressors', in: ['housing', 'income'] }, text: t('Notes') },
      ],
    },
    {
      key: 'children',
      title: t('Children'),
      items: [
        {
          key: 'under_two',
          type: 'yes_no',
          required: true,
          appliesTo: 'each_child',
          text: t('This child is under 2'),
          options: [
            { value: 'yes', label: t('Yes'), points: { neglect: 2 } },
            { value: 'no', label: t('No') },
          ],
        },
      ],
    },
  ],
  indices: [
    { key: 'neglect', label: t('Neglect') },
    { key: 'abuse', label: t('Abuse') },
  ],
  levels: {
    basis: { maxOf: ['neglect', 'abuse'] },
    thresholds: [
      { level: 'low', min: 0 },
      { level: 'moderate', min: 2 },
      { level: 'high', min: 4 },
      { level: 'very_high', min: 6 },
    ],
    labels: { low: t('Low'), moderate: t('Moderate'), high: t('High'), very_high: t('Very high') },
  },
  decisions: {
    rules: [
      { when: { level: { in: ['high', 'very_high'] } }, outcome: 'open', label: t('Open') },
      {
        when: { count: { items: ['injury', 'under_two'], equals: 'yes' }, atLeast: 2 },
        outcome: 'review',
        label: t('Review'),
        attributes: { reviewBy: 'supervisor' },
      },
    ],
    defaultOutcome: { outcome: 'close', label: t('Close') },
  },
  overrides: {
    policy: [{ key: 'sibling_death', label: t('Sibling death'), setLevel: 'very_high' }],
    discretionary: { maxStepsUp: 1, maxStepsDown: 1, requiresReason: true, requiresApproval: true },
  },
});

/** Answers that complete the example: neglect 1, abuse 0 → low, no rule matches → close. */
export const completeAnswers = (): Record<string, unknown> => ({
  prior_reports: 'one',
  injury: 'no',
  under_two: { 'child-a': 'no' },
});
