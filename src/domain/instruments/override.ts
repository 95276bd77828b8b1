import type { InstrumentDefinition } from './definition-shape.js';
import { lookupInstrument } from './lookup.js';

export type OverrideRequest = { kind: 'policy'; key: string } | { kind: 'discretionary'; toLevel: string; reason: string };
export type OverrideOutcome = { ok: true; finalLevel: string; needsApproval: boolean } | { ok: false; message: string };

export const minimumReasonLength = 10;

/**
 * Moves a scored level (INV-5). A policy override sets its level but never lowers one: it exists to
 * make sure certain facts always raise concern. A discretionary override moves within the steps the
 * definition allows, always with a written reason, and with supervisor approval if it says so.
 * Both start from the scored level, so the caller keeps the audit trail of who chose which.
 */
export function applyOverride(def: InstrumentDefinition, result: { level: string | null; complete: boolean }, override: OverrideRequest): OverrideOutcome {
  const order = lookupInstrument(def).levelOrder;
  if (!def.overrides) return { ok: false, message: 'This instrument has no overrides' };
  if (!result.complete || result.level === null || !order.includes(result.level)) {
    return { ok: false, message: 'Finish the instrument before overriding its level' };
  }
  const from = order.indexOf(result.level);

  if (override.kind === 'policy') {
    const policy = def.overrides.policy?.find((p) => p.key === override.key);
    if (!policy) return { ok: false, message: `Unknown policy override "${override.key}"` };
    const to = Math.max(from, order.indexOf(policy.setLevel));
    return { ok: true, finalLevel: order[to], needsApproval: false };
  }

  const rules = def.overrides.discretionary;
  if (!rules) return { ok: false, message: 'This instrument allows no discretionary override' };
  const to = order.indexOf(override.toLevel);
  if (to < 0) return { ok: false, message: `Unknown level "${override.toLevel}"` };
  if (to === from) return { ok: false, message: 'The override must change the level' };
  if (to - from > rules.maxStepsUp) return { ok: false, message: tooFar('raise', rules.maxStepsUp) };
  if (from - to > rules.maxStepsDown) return { ok: false, message: tooFar('lower', rules.maxStepsDown) };
  if (typeof override.reason !== 'string' || override.reason.trim().length < minimumReasonLength) {
    return { ok: false, message: `Give a reason of at least ${minimumReasonLength} characters` };
  }
  return { ok: true, finalLevel: order[to], needsApproval: rules.requiresApproval };
}

const tooFar = (way: 'raise' | 'lower', max: number) =>
  max === 0 ? `An override may not ${way} the level` : `An override may ${way} the level by at most ${max === 1 ? '1 level' : `${max} levels`}`;
