import type { InstrumentDecision, InstrumentDefinition, InstrumentItem, InstrumentResult, LocalizedText } from '../../../domain/instruments/index';
// lookup.ts, not index.ts: the definition schema (and zod with it) stays out of this module.
import { optionsOf } from '../../../domain/instruments/lookup';
import type { Language } from '../../api/types';
import type { Translator } from '../../i18n/translate';
import type { FormProblem } from '../ErrorSummary';

/**
 * Pure helpers behind InstrumentForm: where each answer lives in the answers object, which control
 * an error links to, and what the engine's result says in the user's language. Visibility and
 * scoring always come from the engine itself (instrument-scoring.ts), so the form shows and hides
 * exactly the items the server counts.
 */

export type InstrumentAnswers = Record<string, unknown>;

/** A child an 'each_child' item asks about. */
export interface InstrumentChild {
  id: string;
  name: string;
}

/** The parts of a translator the helpers need (an `I18n` or `createTranslator(...)` will do). */
export type InstrumentWords = Pick<Translator, 'language' | 't'>;

export const localize = (text: LocalizedText | undefined, language: Language) => (text ? text[language] : '');

// Ids: item keys are [a-z0-9_-]; child ids are UUIDs; options are addressed by position because
// an option value may hold any text.
export const itemFieldId = (prefix: string, itemKey: string, childId?: string) => (childId ? `${prefix}-${itemKey}-${childId}` : `${prefix}-${itemKey}`);
export const optionFieldId = (fieldId: string, index: number) => `${fieldId}-option-${index}`;

/** The id of the control an error links to: the first option of a choice, else the input itself. */
export function focusTargetId(prefix: string, item: InstrumentItem, childId?: string): string {
  const id = itemFieldId(prefix, item.key, childId);
  return item.type === 'number' || item.type === 'text' ? id : optionFieldId(id, 0);
}

const isBlank = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);

/** The raw answer for an item, or for one child of an 'each_child' item. */
export function answerOf(answers: InstrumentAnswers, itemKey: string, childId?: string): unknown {
  const value = Object.hasOwn(answers, itemKey) ? answers[itemKey] : undefined;
  if (childId === undefined) return value;
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>)[childId] : undefined;
}

/** A copy of the answers with one answer set; a blank answer removes the key, so "not answered" stays unambiguous. */
export function withAnswer(answers: InstrumentAnswers, itemKey: string, value: unknown, childId?: string): InstrumentAnswers {
  const next = { ...answers };
  if (childId === undefined) {
    if (isBlank(value)) delete next[itemKey];
    else next[itemKey] = value;
    return next;
  }
  const current = answerOf(answers, itemKey);
  const byChild = current && typeof current === 'object' && !Array.isArray(current) ? { ...(current as Record<string, unknown>) } : {};
  if (isBlank(value)) delete byChild[childId];
  else byChild[childId] = value;
  if (Object.keys(byChild).length === 0) delete next[itemKey];
  else next[itemKey] = byChild;
  return next;
}

/** A multi item's list after one checkbox changes, in the definition's option order. */
export function toggleOption(item: InstrumentItem, current: unknown, value: string | number, checked: boolean): (string | number)[] {
  const chosen = new Set(Array.isArray(current) ? current : []);
  if (checked) chosen.add(value);
  else chosen.delete(value);
  return optionsOf(item)
    .map((option) => option.value)
    .filter((v) => chosen.has(v));
}

/** What a number box holds: a finite number, or undefined while it is empty or not a number. */
export function parseNumberInput(text: string): number | undefined {
  if (text.trim() === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/** Only the answers the engine counts: hidden items' answers are left out of what is saved. */
export function visibleAnswers(answers: InstrumentAnswers, result: InstrumentResult): InstrumentAnswers {
  const visible = new Set(result.visibleItems);
  return Object.fromEntries(Object.entries(answers).filter(([key]) => visible.has(key)));
}

/** One problem with an item: which item (and child), which control to focus, and what to say. */
export interface ItemProblem extends FormProblem {
  itemKey: string;
  childId?: string;
  /** The short message under the field itself. */
  inline: string;
  fieldId: string;
}

/**
 * Missing required answers and invalid ones, in the order the items appear, in the user's
 * language. An 'each_child' item missing for some children gives one problem per child.
 */
export function itemProblems(
  definition: InstrumentDefinition,
  result: InstrumentResult,
  options: { prefix: string; words: InstrumentWords; children?: readonly InstrumentChild[] },
): ItemProblem[] {
  const { prefix, words, children } = options;
  const { t } = words;
  const childName = (id: string) => children?.find((child) => child.id === id)?.name ?? id;
  const problems: ItemProblem[] = [];
  for (const section of definition.sections) {
    for (const item of section.items) {
      const text = localize(item.text, words.language);
      if (result.missing.includes(item.key)) {
        const missingChildren = result.missingChildren[item.key];
        if (item.appliesTo === 'each_child' && missingChildren && missingChildren.length > 0) {
          for (const childId of missingChildren) {
            const child = childName(childId);
            problems.push({
              itemKey: item.key,
              childId,
              fieldId: focusTargetId(prefix, item, childId),
              message: t('instrument.missingForChild', { child, item: text }),
              inline: t('instrument.answerForChild', { child }),
            });
          }
        } else {
          problems.push({
            itemKey: item.key,
            fieldId: focusTargetId(prefix, item, item.appliesTo === 'each_child' ? children?.[0]?.id : undefined),
            message: t('instrument.missing', { item: text }),
            inline: t('instrument.answerThis'),
          });
        }
      }
      for (const invalid of result.invalid.filter((entry) => entry.item === item.key)) {
        const inline = invalidText(invalid.message, t);
        const where = invalid.child ? `${childName(invalid.child)}: ` : '';
        problems.push({
          itemKey: item.key,
          childId: invalid.child,
          fieldId: focusTargetId(prefix, item, invalid.child),
          message: `${text}: ${where}${inline}`,
          inline: `${where}${inline}`,
        });
      }
    }
  }
  return problems;
}

/** The engine's messages about a bad answer (English), said in the user's language where known. */
function invalidText(message: string, t: Translator['t']): string {
  const atLeast = /^Must be at least (-?[\d.]+)/.exec(message);
  if (atLeast) return t('instrument.atLeast', { min: atLeast[1]! });
  const atMost = /^Must be at most (-?[\d.]+)/.exec(message);
  if (atMost) return t('instrument.atMost', { max: atMost[1]! });
  if (/^Expected a number/.test(message)) return t('instrument.notNumber');
  return message;
}

/** The label of the outcome the engine chose, from the rule that gave it. */
export function decisionLabel(definition: InstrumentDefinition, decision: InstrumentDecision | null, language: Language): string | null {
  if (!decision || !definition.decisions) return null;
  const { rules, defaultOutcome } = definition.decisions;
  const rule = decision.ruleIndex !== null ? rules[decision.ruleIndex] : undefined;
  if (rule && rule.outcome === decision.outcome) return localize(rule.label, language);
  if (defaultOutcome.outcome === decision.outcome) return localize(defaultOutcome.label, language);
  // A result stored by another version of the rules: the first rule with that outcome, else its code.
  const byOutcome = rules.find((r) => r.outcome === decision.outcome);
  return byOutcome ? localize(byOutcome.label, language) : decision.outcome;
}

export interface ResultSummary {
  indices: { key: string; label: string; score: number }[];
  level: string | null;
  decision: string | null;
  complete: boolean;
  remaining: number;
}

/** Index scores, level and recommendation in the user's language, for the result panel. */
export function summariseResult(definition: InstrumentDefinition, result: InstrumentResult, language: Language): ResultSummary {
  return {
    indices: definition.indices.map((index) => ({ key: index.key, label: localize(index.label, language), score: result.indices[index.key] ?? 0 })),
    level: result.level && definition.levels ? localize(definition.levels.labels[result.level], language) || result.level : null,
    decision: decisionLabel(definition, result.decision, language),
    complete: result.complete,
    // An invalid answer counts as not given, so it is still to answer too.
    remaining: result.missing.length + result.invalid.length,
  };
}

/** An answer as text for reading: option labels, a number, or the text itself; per child "Name: answer". */
export function answerText(item: InstrumentItem, value: unknown, language: Language, children?: readonly InstrumentChild[]): string {
  if (isBlank(value)) return '';
  if (item.appliesTo === 'each_child' && typeof value === 'object' && !Array.isArray(value)) {
    const name = (id: string) => children?.find((child) => child.id === id)?.name ?? id;
    return Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => !isBlank(v))
      .map(([id, v]) => `${name(id)}: ${answerText({ ...item, appliesTo: 'household' }, v, language)}`)
      .join('; ');
  }
  const label = (v: unknown) => optionsOf(item).find((option) => option.value === v)?.label[language] ?? String(v);
  if (item.type === 'multi') return (Array.isArray(value) ? value : [value]).map(label).join(', ');
  if (item.type === 'number' || item.type === 'text') return String(value);
  return label(value);
}

/** Whether two sets of answers say the same, whatever order their keys were written in. */
export function sameAnswers(a: InstrumentAnswers, b: InstrumentAnswers): boolean {
  return stableJson(a) === stableJson(b);
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
