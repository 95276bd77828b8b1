import type { InstrumentDefinition } from '../../../../domain/instruments/index';
import { lookupInstrument } from '../../../../domain/instruments/lookup';
import type { RiskOverrideInput } from '../../../api/investigation-types';
import type { MessageKey } from '../../../i18n/en';

/**
 * The risk override form's rules (INV-5), as the engine applies them (domain/instruments/override.ts):
 * a policy override names one of the instrument's policies; a discretionary one moves the scored
 * level within the steps the instrument allows. Either needs a written reason for the supervisor.
 */

export const MINIMUM_REASON_LENGTH = 10;

export interface OverrideFormValues {
  kind: 'policy' | 'discretionary' | '';
  key: string;
  toLevel: string;
  reason: string;
}

export type OverrideField = 'kind' | 'key' | 'toLevel' | 'reason';

export const emptyOverrideForm: OverrideFormValues = { kind: '', key: '', toLevel: '', reason: '' };

/** The kinds of override this instrument allows. */
export function overrideKinds(definition: InstrumentDefinition): ('policy' | 'discretionary')[] {
  const kinds: ('policy' | 'discretionary')[] = [];
  if (definition.overrides?.policy?.length) kinds.push('policy');
  if (definition.overrides?.discretionary) kinds.push('discretionary');
  return kinds;
}

/** Levels a discretionary override may move the scored level to, lowest first; never the scored level itself. */
export function discretionaryLevels(definition: InstrumentDefinition, scored: string | null): string[] {
  const rules = definition.overrides?.discretionary;
  const order = lookupInstrument(definition).levelOrder;
  const from = scored ? order.indexOf(scored) : -1;
  if (!rules || from < 0) return [];
  return order.filter((_, to) => to !== from && to - from <= rules.maxStepsUp && from - to <= rules.maxStepsDown);
}

export function validateOverride(
  values: OverrideFormValues,
  definition: InstrumentDefinition,
  scored: string | null,
): { field: OverrideField; key: MessageKey }[] {
  const problems: { field: OverrideField; key: MessageKey }[] = [];
  if (!values.kind) problems.push({ field: 'kind', key: 'inv.risk.override.error.kind' });
  if (values.kind === 'policy' && !definition.overrides?.policy?.some((policy) => policy.key === values.key)) {
    problems.push({ field: 'key', key: 'inv.risk.override.error.policy' });
  }
  if (values.kind === 'discretionary' && !discretionaryLevels(definition, scored).includes(values.toLevel)) {
    problems.push({ field: 'toLevel', key: 'inv.risk.override.error.level' });
  }
  if (values.reason.trim().length < MINIMUM_REASON_LENGTH) problems.push({ field: 'reason', key: 'inv.risk.override.error.reason' });
  return problems;
}

export function toOverrideInput(values: OverrideFormValues): RiskOverrideInput {
  const reason = values.reason.trim();
  if (values.kind === 'policy') return { kind: 'policy', key: values.key, reason };
  if (values.kind === 'discretionary') return { kind: 'discretionary', toLevel: values.toLevel, reason };
  throw new Error('toOverrideInput needs values that passed validateOverride');
}
