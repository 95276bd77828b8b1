import type { AnswerValue } from './condition.js';
import type { InstrumentItem } from './definition-shape.js';
import { optionsOf } from './lookup.js';

/**
 * One item's usable answer: a single value, a list (multi), or for 'each_child' items one of
 * those per child id.
 */
export type ItemAnswer = AnswerValue | AnswerValue[];
export type ResolvedAnswer = { kind: 'household'; value: ItemAnswer } | { kind: 'each_child'; byChild: Map<string, ItemAnswer> };

export type AnswerProblem = { message: string; child?: string };
type Checked = { ok: true; value: ItemAnswer } | { ok: false; message: string } | 'unanswered';

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && [Object.prototype, null].includes(Object.getPrototypeOf(value));

/** null, undefined, blank text and an empty multi list all mean "not answered yet". */
export function checkValue(item: InstrumentItem, raw: unknown): Checked {
  if (raw === undefined || raw === null) return 'unanswered';
  const allowed = optionsOf(item).map((o) => o.value);
  switch (item.type) {
    case 'single':
    case 'yes_no':
    case 'rating':
      return allowed.includes(raw as AnswerValue) ? { ok: true, value: raw as AnswerValue } : { ok: false, message: notAnOption(allowed) };
    case 'multi': {
      if (!Array.isArray(raw)) return { ok: false, message: 'Expected a list of options' };
      if (raw.length === 0) return 'unanswered';
      if (!raw.every((v) => allowed.includes(v))) return { ok: false, message: notAnOption(allowed) };
      if (new Set(raw).size !== raw.length) return { ok: false, message: 'An option is chosen twice' };
      return { ok: true, value: raw as AnswerValue[] };
    }
    case 'number':
      if (typeof raw !== 'number' || !Number.isFinite(raw)) return { ok: false, message: 'Expected a number' };
      if (item.min !== undefined && raw < item.min) return { ok: false, message: `Must be at least ${item.min}` };
      if (item.max !== undefined && raw > item.max) return { ok: false, message: `Must be at most ${item.max}` };
      return { ok: true, value: raw };
    case 'text':
      if (typeof raw !== 'string') return { ok: false, message: 'Expected text' };
      return raw.trim() === '' ? 'unanswered' : { ok: true, value: raw };
    default:
      return { ok: false, message: 'This item cannot be answered' };
  }
}

const notAnOption = (allowed: AnswerValue[]) => `Not one of the options: ${allowed.map((v) => JSON.stringify(v)).join(', ')}`;

export type ItemResolution = { answer: ResolvedAnswer | null; problems: AnswerProblem[]; missingChildren: string[] };

/**
 * Reads one item's raw answer. For 'each_child' items it expects `{ [childId]: value }`; when the
 * household's children are known, each must be answered and no other child id is accepted.
 */
export function resolveItem(item: InstrumentItem, raw: unknown, childIds?: readonly string[]): ItemResolution {
  if (item.appliesTo !== 'each_child') {
    const checked = checkValue(item, raw);
    if (checked === 'unanswered') return { answer: null, problems: [], missingChildren: [] };
    if (!checked.ok) return { answer: null, problems: [{ message: checked.message }], missingChildren: [] };
    return { answer: { kind: 'household', value: checked.value }, problems: [], missingChildren: [] };
  }
  if (raw === undefined || raw === null) return { answer: null, problems: [], missingChildren: [...(childIds ?? [])] };
  if (!isPlainObject(raw))
    return { answer: null, problems: [{ message: 'Expected one answer per child: { childId: answer }' }], missingChildren: [...(childIds ?? [])] };

  const byChild = new Map<string, ItemAnswer>();
  const problems: AnswerProblem[] = [];
  for (const child of Object.keys(raw)) {
    if (childIds && !childIds.includes(child)) {
      problems.push({ child, message: 'Not a child in this household' });
      continue;
    }
    const checked = checkValue(item, raw[child]);
    if (checked === 'unanswered') continue;
    if (checked.ok) byChild.set(child, checked.value);
    else problems.push({ child, message: checked.message });
  }
  const missingChildren = (childIds ?? []).filter((child) => !byChild.has(child));
  return { answer: byChild.size > 0 ? { kind: 'each_child', byChild } : null, problems, missingChildren };
}

/** Every value given for an item, across children and multi lists, for conditions to compare. */
export function valuesOf(answer: ResolvedAnswer): AnswerValue[] {
  const answers = answer.kind === 'household' ? [answer.value] : [...answer.byChild.values()];
  return answers.flat();
}
