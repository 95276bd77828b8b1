import { describe, expect, it } from 'vitest';
import { completeAnswers, exampleInstrument } from '../../../domain/instruments/example.fixture';
import { screeningCriteria } from '../../../profiles/instruments/index';
import { createTranslator } from '../../i18n/translate';
import {
  answerOf,
  answerText,
  decisionLabel,
  focusTargetId,
  itemProblems,
  parseNumberInput,
  sameAnswers,
  summariseResult,
  toggleOption,
  visibleAnswers,
  withAnswer,
} from './instrument-model';
import { isRequiredNow, scoreAnswers } from './instrument-scoring';

const en = createTranslator('en');
const es = createTranslator('es');
const children = [
  { id: 'child-a', name: 'Jon Smyth' },
  { id: 'child-b', name: 'Ana Smyth' },
];
const item = (key: string) =>
  exampleInstrument()
    .sections.flatMap((s) => s.items)
    .find((i) => i.key === key)!;

describe('answers as the form edits them', () => {
  it('sets and clears an answer; a blank answer removes the key so "not answered" is unambiguous', () => {
    const once = withAnswer({}, 'injury', 'yes');
    expect(once).toEqual({ injury: 'yes' });
    expect(withAnswer(once, 'injury', '')).toEqual({});
    expect(withAnswer({ stressors: ['housing'] }, 'stressors', [])).toEqual({});
    expect(withAnswer({ notes: 'x' }, 'notes', '   ')).toEqual({});
  });

  it("keeps each child's answer under the item, and drops the item once no child has one", () => {
    let answers = withAnswer({}, 'under_two', 'yes', 'child-a');
    answers = withAnswer(answers, 'under_two', 'no', 'child-b');
    expect(answers).toEqual({ under_two: { 'child-a': 'yes', 'child-b': 'no' } });
    expect(answerOf(answers, 'under_two', 'child-b')).toBe('no');
    answers = withAnswer(withAnswer(answers, 'under_two', undefined, 'child-a'), 'under_two', undefined, 'child-b');
    expect(answers).toEqual({});
  });

  it('keeps a multi answer in the order of the options, whatever order they were ticked in', () => {
    const stressors = item('stressors');
    const ticked = toggleOption(stressors, toggleOption(stressors, [], 'none', true), 'housing', true);
    expect(ticked).toEqual(['housing', 'none']);
    expect(toggleOption(stressors, ticked, 'none', false)).toEqual(['housing']);
  });

  it('reads a number box: blank is unanswered, text that is not a number is not a number', () => {
    expect(parseNumberInput('')).toBeUndefined();
    expect(parseNumberInput(' 4 ')).toBe(4);
    expect(parseNumberInput('2.5')).toBe(2.5);
    expect(parseNumberInput('four')).toBeUndefined();
  });

  it('compares answers whatever order their keys were written in', () => {
    expect(sameAnswers({ a: 'yes', b: { x: 1, y: 2 } }, { b: { y: 2, x: 1 }, a: 'yes' })).toBe(true);
    expect(sameAnswers({ a: 'yes' }, { a: 'no' })).toBe(false);
  });
});

describe('visibility and what is missing come from the engine', () => {
  it('hides the follow-up until its condition holds, and saves no answer to a hidden item', () => {
    const hidden = scoreAnswers(screeningCriteria, { pa_injury: 'no', pa_injury_serious: 'yes' });
    expect(hidden.visibleItems).not.toContain('pa_injury_serious');
    expect(visibleAnswers({ pa_injury: 'no', pa_injury_serious: 'yes' }, hidden)).toEqual({ pa_injury: 'no' });
    const shown = scoreAnswers(screeningCriteria, { pa_injury: 'yes' });
    expect(shown.visibleItems).toContain('pa_injury_serious');
    expect(shown.missing).toContain('pa_injury_serious');
  });

  it('marks an item required while its requiredWhen holds, answered or not', () => {
    const definition = exampleInstrument();
    const notes = item('stressor_notes');
    expect(isRequiredNow(definition, notes, { stressors: ['none'] })).toBe(false);
    expect(isRequiredNow(definition, notes, { stressors: ['housing'] })).toBe(true);
    expect(isRequiredNow(definition, notes, { stressors: ['housing'], stressor_notes: 'Evicted' })).toBe(true);
  });
});

describe('the error list', () => {
  it('names each missing question in the user’s language, linked to its first choice', () => {
    const definition = exampleInstrument();
    const result = scoreAnswers(definition, { prior_reports: 'one' }, children);
    const problems = itemProblems(definition, result, { prefix: 'p', words: en, children });
    expect(problems.map((p) => [p.message, p.fieldId])).toEqual([
      ['Answer this question: Prior injury', 'p-injury-option-0'],
      ['Answer for Jon Smyth: This child is under 2', 'p-under_two-child-a-option-0'],
      ['Answer for Ana Smyth: This child is under 2', 'p-under_two-child-b-option-0'],
    ]);
    expect(itemProblems(definition, result, { prefix: 'p', words: es, children })[0]!.message).toBe('Responda esta pregunta: Prior injury (es)');
  });

  it('says what is wrong with a number out of range, and links to the box itself', () => {
    const definition = exampleInstrument();
    const result = scoreAnswers(definition, { ...completeAnswers(), household_size: 40 }, [children[0]!]);
    const problems = itemProblems(definition, result, { prefix: 'p', words: en, children: [children[0]!] });
    expect(problems).toEqual([expect.objectContaining({ itemKey: 'household_size', fieldId: 'p-household_size', inline: 'Enter 20 or less' })]);
    expect(focusTargetId('p', item('injury_detail'))).toBe('p-injury_detail');
  });

  it('is empty once every required question is answered', () => {
    const definition = exampleInstrument();
    const result = scoreAnswers(definition, completeAnswers(), [children[0]!]);
    expect(result.complete).toBe(true);
    expect(itemProblems(definition, result, { prefix: 'p', words: en, children: [children[0]!] })).toEqual([]);
  });
});

describe('the result in words', () => {
  it('gives index scores, level and the recommendation label in the user’s language', () => {
    const definition = exampleInstrument();
    const result = scoreAnswers(definition, { prior_reports: 'many', injury: 'yes', injury_detail: 'Arm', under_two: { 'child-a': 'yes' } }, [children[0]!]);
    expect(summariseResult(definition, result, 'en')).toEqual({
      indices: [
        { key: 'neglect', label: 'Neglect', score: 4 },
        { key: 'abuse', label: 'Abuse', score: 3 },
      ],
      level: 'High',
      decision: 'Open',
      complete: true,
      remaining: 0,
    });
    expect(summariseResult(definition, result, 'es').level).toBe('High (es)');
  });

  it('labels the screening recommendation from the rule that gave it', () => {
    const result = scoreAnswers(screeningCriteria, { pa_injury: 'yes', pa_injury_serious: 'no' });
    expect(decisionLabel(screeningCriteria, result.decision, 'en')).toBe('Screen in for investigation: respond within 24 hours');
    expect(decisionLabel(screeningCriteria, result.decision, 'es')).toBe('Admitir para investigación: responder en 24 horas');
    expect(decisionLabel(screeningCriteria, { outcome: 'screen_out', ruleIndex: null }, 'en')).toBe('Screen out and offer a community referral');
  });

  it('reads answers back as option labels, per child by name', () => {
    expect(answerText(item('stressors'), ['housing', 'income'], 'en')).toBe('Housing, Income');
    expect(answerText(item('under_two'), { 'child-a': 'yes' }, 'en', children)).toBe('Jon Smyth: Yes');
    expect(answerText(item('household_size'), 3, 'en')).toBe('3');
    expect(answerText(item('injury'), undefined, 'en')).toBe('');
  });
});
