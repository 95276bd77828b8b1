import type { AnswerValue } from './condition.js';
import type { InstrumentDefinition } from './definition-shape.js';
import { valuesOf } from './answers.js';
import { resolveAnswers } from './resolve-answers.js';

export type FunctionalSummary = { needs: string[]; strengths: string[] };

/**
 * CANS-style reading of a needs-and-strengths tool (FCA-2): a need rated 2 or 3 calls for action
 * and belongs in the case plan; a strength rated 0 or 1 is an asset to build on. Only visible,
 * valid ratings count; an 'each_child' item counts if any child's rating does.
 */
export function functionalSummary(def: InstrumentDefinition, answers: Record<string, unknown>): FunctionalSummary {
  const { lookup, answers: usable, visibleItems } = resolveAnswers(def, answers);
  const ratings = (key: string): number[] => {
    const answer = usable.get(key);
    return answer ? valuesOf(answer).filter((v: AnswerValue): v is number => typeof v === 'number') : [];
  };
  const needs = visibleItems.filter((key) => lookup.items.get(key)?.facet === 'need' && ratings(key).some((r) => r >= 2));
  const strengths = visibleItems.filter((key) => lookup.items.get(key)?.facet === 'strength' && ratings(key).some((r) => r <= 1));
  return { needs, strengths };
}
