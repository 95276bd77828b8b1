import { functionalSummary, type InstrumentDefinition } from '../../../../domain/instruments/index.js';
import { resolveAnswers } from '../../../../domain/instruments/resolve-answers.js';
import type { FieldProblem } from '../../../platform/errors.js';
import type { FunctionalResult } from './functional.schema.js';

/** Answers the engine refuses (unknown item, not an option), as field problems under `answers.`. */
export function answerProblems(def: InstrumentDefinition, answers: Record<string, unknown>): FieldProblem[] {
  return resolveAnswers(def, answers).invalid.map((i) => ({ path: i.item ? `answers.${i.item}` : 'answers', message: i.message }));
}

/** Required visible items still without an answer, one field problem each. */
export function missingProblems(def: InstrumentDefinition, answers: Record<string, unknown>): FieldProblem[] {
  return resolveAnswers(def, answers).missing.map((key) => ({ path: `answers.${key}`, message: 'Rate this item', code: 'required' }));
}

/**
 * What a completed assessment stores: each visible 0–3 rating, and the CANS-style reading of them
 * (needs rated 2–3 call for action, strengths rated 0–1 are assets), so a later code change never
 * rewrites what the worker saw when they completed it.
 */
export function functionalResultOf(def: InstrumentDefinition, answers: Record<string, unknown>): FunctionalResult {
  const { lookup, answers: usable } = resolveAnswers(def, answers);
  const ratings: Record<string, number> = {};
  for (const [key, answer] of usable) {
    if (lookup.items.get(key)?.type === 'rating' && answer.kind === 'household' && typeof answer.value === 'number') ratings[key] = answer.value;
  }
  const { needs, strengths } = functionalSummary(def, answers);
  return { ratings, needs, strengths };
}

type Completed = { id: string; assessedOn: string; completedAt: string; instrument: { key: string; version: number }; result: FunctionalResult };

/**
 * Per rated item of the definition, per completed assessment (oldest first), the rating or null
 * where that assessment did not rate it (hidden, e.g. school items for a child not in school).
 */
export function compareRatings(def: InstrumentDefinition, completed: Completed[]) {
  // Two on the same day are in the order they were completed.
  const ordered = [...completed].sort((a, b) => a.assessedOn.localeCompare(b.assessedOn) || a.completedAt.localeCompare(b.completedAt));
  const items = def.sections.flatMap((section) =>
    section.items
      .filter((item) => item.type === 'rating' && item.facet)
      .map((item) => ({
        key: item.key,
        sectionKey: section.key,
        facet: item.facet as 'need' | 'strength',
        ratings: ordered.map((a) => ({ assessmentId: a.id, rating: a.result.ratings[item.key] ?? null })),
      })),
  );
  return { assessments: ordered.map(({ id, assessedOn, instrument }) => ({ id, assessedOn, instrument })), items };
}
