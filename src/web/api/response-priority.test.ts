import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/translate';
import { durationText, responsePriorityLabel } from './response-priority';
import type { ResponsePriority } from './types';

const en = createTranslator('en');
const es = createTranslator('es');

const ct: ResponsePriority[] = [
  { code: 'same_day', label: { en: 'Same day (within 2 hours)', es: 'El mismo día (en 2 horas)' }, hours: 2, within: { amount: 2, unit: 'hours' } },
];
const ga: ResponsePriority[] = [
  { code: 'priority_1', label: { en: 'Priority 1 (most urgent)', es: 'Prioridad 1 (la más urgente)' }, hours: null, within: null },
];

describe('response priority labels come from the agency’s practice profile', () => {
  it('uses the profile’s label in the reader’s language', () => {
    expect(responsePriorityLabel(ct, 'same_day', en)).toBe('Same day (within 2 hours)');
    expect(responsePriorityLabel(ct, 'same_day', es)).toBe('El mismo día (en 2 horas)');
    expect(responsePriorityLabel(ga, 'priority_1', es)).toBe('Prioridad 1 (la más urgente)');
  });

  it('falls back to the app’s own list, then the code, for a code the current profile does not have', () => {
    expect(responsePriorityLabel(ga, 'within_24_hours', en)).toBe('Within 24 hours');
    expect(responsePriorityLabel(ct, 'priority_2', en)).toBe('Priority 2');
    expect(responsePriorityLabel(undefined, 'within_72_hours', es)).toBe(es.tc('responsePriority', 'within_72_hours'));
    expect(responsePriorityLabel(ct, null, en)).toBe('');
  });
});

describe('durations in words', () => {
  it('says the unit and its plural in both languages', () => {
    expect(durationText({ amount: 2, unit: 'hours' }, en)).toBe('2 hours');
    expect(durationText({ amount: 1, unit: 'business_days' }, en)).toBe('1 business day');
    expect(durationText({ amount: 30, unit: 'calendar_days' }, es)).toBe('30 días calendario');
    expect(durationText({ amount: 1, unit: 'months' }, es)).toBe('1 mes');
  });
});
