import type { ItemAnswer, ResolvedAnswer } from './answers.js';
import type { InstrumentDefinition, InstrumentItem } from './definition-shape.js';
import { evaluateCondition } from './evaluate-condition.js';
import { lookupInstrument, optionsOf } from './lookup.js';
import { type InvalidAnswer, resolveAnswers } from './resolve-answers.js';

export type ScoreOptions = {
  /** The household's children: each must answer every required 'each_child' item, and no other id is accepted. */
  childIds?: readonly string[];
  /** The level after an override (see applyOverride), so that level-based decision rules follow it. */
  finalLevel?: string;
};

export type InstrumentDecision = { outcome: string; attributes?: Record<string, string>; ruleIndex: number | null };

export type InstrumentResult = {
  /** Every required visible item answered and no answer invalid; level and decision are provisional until then. */
  complete: boolean;
  /** Required, visible items without a usable answer, in the order they appear. */
  missing: string[];
  /** For 'each_child' items in `missing` when child ids were given: the children still to answer. */
  missingChildren: Record<string, string[]>;
  /** Wrong type, unknown option, unknown item (or unknown child); such an answer counts as not given. */
  invalid: InvalidAnswer[];
  indices: Record<string, number>;
  /** The scored level, before any override. */
  level: string | null;
  decision: InstrumentDecision | null;
  visibleItems: string[];
};

/**
 * Scores a set of answers (INV-3, INV-5, FCA-2, PERM-4). Pure: never throws on odd input, which is
 * reported in `invalid`. Hidden items (showWhen false) count for nothing and are never required.
 */
export function scoreInstrument(def: InstrumentDefinition, answers: Record<string, unknown>, options: ScoreOptions = {}): InstrumentResult {
  const resolved = resolveAnswers(def, answers, options.childIds);
  const indices = sumIndices(def, resolved.answers);
  const level = levelForIndices(def, indices);
  const facts = { lookup: resolved.lookup, answers: resolved.answers, indices, level: options.finalLevel ?? level };
  let decision: InstrumentDecision | null = null;
  if (def.decisions) {
    const ruleIndex = def.decisions.rules.findIndex((rule) => evaluateCondition(rule.when, facts));
    const chosen = ruleIndex >= 0 ? def.decisions.rules[ruleIndex] : def.decisions.defaultOutcome;
    decision = { outcome: chosen.outcome, ruleIndex: ruleIndex >= 0 ? ruleIndex : null };
    if (chosen.attributes) decision.attributes = { ...chosen.attributes };
  }
  return {
    complete: resolved.missing.length === 0 && resolved.invalid.length === 0,
    missing: resolved.missing,
    missingChildren: resolved.missingChildren,
    invalid: resolved.invalid,
    indices,
    level,
    decision,
    visibleItems: resolved.visibleItems,
  };
}

/** For 'each_child' items an index takes the points of the child with the most, not the sum. */
function sumIndices(def: InstrumentDefinition, answers: ReadonlyMap<string, ResolvedAnswer>): Record<string, number> {
  const lookup = lookupInstrument(def);
  const indices: Record<string, number> = Object.fromEntries(def.indices.map((x) => [x.key, 0]));
  for (const [key, answer] of answers) {
    const item = lookup.items.get(key)!;
    for (const index of Object.keys(indices)) {
      const points =
        answer.kind === 'household'
          ? pointsFor(item, answer.value, index)
          : Math.max(...[...answer.byChild.values()].map((value) => pointsFor(item, value, index)));
      indices[index] += points;
    }
  }
  return indices;
}

function pointsFor(item: InstrumentItem, answer: ItemAnswer, index: string): number {
  const chosen = Array.isArray(answer) ? answer : [answer];
  let points = 0;
  for (const option of optionsOf(item)) {
    if (chosen.includes(option.value) && option.points && Object.hasOwn(option.points, index)) points += option.points[index];
  }
  return points;
}

/** The level for a set of index scores; with a maxOf basis the highest level of the indices wins. */
export function levelForIndices(def: InstrumentDefinition, indices: Readonly<Record<string, number>>): string | null {
  const levels = def.levels;
  if (!levels) return null;
  const basis = 'index' in levels.basis ? [levels.basis.index] : levels.basis.maxOf;
  let highest = 0;
  for (const index of basis) {
    const byIndex = levels.thresholdsByIndex;
    const thresholds = byIndex && Object.hasOwn(byIndex, index) ? byIndex[index] : levels.thresholds;
    const score = Object.hasOwn(indices, index) ? indices[index] : 0;
    // The last threshold reached; a score under the first still takes the lowest level.
    thresholds.forEach((t, position) => {
      if (score >= t.min && position > highest) highest = position;
    });
  }
  return levels.thresholds[highest]?.level ?? null;
}

export { applyOverride, type OverrideOutcome, type OverrideRequest } from './override.js';
