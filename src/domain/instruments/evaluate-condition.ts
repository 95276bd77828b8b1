import { type ResolvedAnswer, valuesOf } from './answers.js';
import type { Condition } from './condition.js';
import type { InstrumentLookup } from './lookup.js';
import { selectedItems } from './lookup.js';

/** What a condition can see: the usable answers of visible items, and (for decisions) the results. */
export type ConditionFacts = {
  lookup: InstrumentLookup;
  answers: ReadonlyMap<string, ResolvedAnswer>;
  indices?: Readonly<Record<string, number>>;
  level?: string | null;
};

/**
 * An answer matches if any of its values does: a chosen option of a multi item, or the answer
 * for any child of an 'each_child' item. Unanswered and hidden items match nothing.
 */
export function evaluateCondition(condition: Condition, facts: ConditionFacts): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluateCondition(c, facts));
  if ('any' in condition) return condition.any.some((c) => evaluateCondition(c, facts));
  if ('not' in condition) return !evaluateCondition(condition.not, facts);
  if ('index' in condition) {
    const score = facts.indices && Object.hasOwn(facts.indices, condition.index) ? facts.indices[condition.index] : 0;
    return score >= condition.atLeast;
  }
  if ('level' in condition) return facts.level != null && condition.level.in.includes(facts.level);
  if ('count' in condition) {
    const { items, equals } = condition.count;
    // Free text is never counted: a note that happens to read "yes" is not a "yes" answer.
    const matching = selectedItems(facts.lookup, items).filter((key) => facts.lookup.items.get(key)?.type !== 'text' && valuesFor(facts, key).includes(equals));
    return matching.length >= condition.atLeast;
  }
  if ('answered' in condition) return facts.answers.has(condition.item) === condition.answered;
  if ('equals' in condition) return valuesFor(facts, condition.item).includes(condition.equals);
  if ('in' in condition) return valuesFor(facts, condition.item).some((v) => condition.in.includes(v));
  return false;
}

function valuesFor(facts: ConditionFacts, key: string) {
  const answer = facts.answers.get(key);
  return answer ? valuesOf(answer) : [];
}
