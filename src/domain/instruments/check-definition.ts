import type { z } from 'zod';
import { type AnswerValue, type Condition, type ConditionReference, conditionReferences } from './condition.js';
import type { InstrumentDefinition, InstrumentItem } from './definition-shape.js';
import { lookupInstrument, optionsOf } from './lookup.js';
import { visibilityOrder } from './visibility-order.js';

type Path = (string | number)[];
type Report = (path: Path, message: string) => void;

/**
 * Checks a well-shaped definition for what the shape cannot say: keys are unique and every
 * reference (in conditions, points, levels, overrides) names something the instrument declares.
 */
export function checkDefinition(def: InstrumentDefinition, ctx: z.core.$RefinementCtx) {
  const report: Report = (path, message) => ctx.addIssue({ code: 'custom', path, message });
  checkKeys(def, report);
  for (const [s, section] of def.sections.entries()) {
    for (const [i, item] of section.items.entries()) checkItem(def, item, ['sections', s, 'items', i], report);
  }
  checkLevels(def, report);
  checkOverrides(def, report);
  for (const [r, rule] of (def.decisions?.rules ?? []).entries()) {
    checkCondition(def, rule.when, ['decisions', 'rules', r, 'when'], 'result', report);
  }
  const { cycle } = visibilityOrder(def);
  // A loop of one item is reported above, at the reference itself.
  if (cycle && cycle.length > 2) {
    const at = itemPath(def, cycle[0]);
    report([...at, 'showWhen'], `showWhen conditions form a loop: ${cycle.join(' → ')}`);
  }
}

function checkKeys(def: InstrumentDefinition, report: Report) {
  const sections = new Set<string>();
  const items = new Map<string, string>();
  for (const [s, section] of def.sections.entries()) {
    if (sections.has(section.key)) report(['sections', s, 'key'], `Section key "${section.key}" is used twice`);
    sections.add(section.key);
    for (const [i, item] of section.items.entries()) {
      const first = items.get(item.key);
      if (first) report(['sections', s, 'items', i, 'key'], `Item key "${item.key}" is already used at ${first}`);
      else items.set(item.key, `sections[${s}].items[${i}]`);
    }
  }
  const indices = new Set<string>();
  for (const [x, index] of def.indices.entries()) {
    if (indices.has(index.key)) report(['indices', x, 'key'], `Index key "${index.key}" is used twice`);
    indices.add(index.key);
  }
}

function checkItem(def: InstrumentDefinition, item: InstrumentItem, at: Path, report: Report) {
  const needsOptions = item.type === 'single' || item.type === 'multi' || item.type === 'rating';
  if (needsOptions && !item.options) report([...at, 'options'], `A ${item.type} item needs options`);
  if ((item.type === 'number' || item.type === 'text') && item.options) {
    report([...at, 'options'], `A ${item.type} item takes no options`);
  }
  if (item.facet && item.type !== 'rating') report([...at, 'facet'], 'Only rating items measure a need or a strength');
  if ((item.min !== undefined || item.max !== undefined) && item.type !== 'number') {
    report([...at, item.min !== undefined ? 'min' : 'max'], 'Only number items take min and max');
  }
  if (item.min !== undefined && item.max !== undefined && item.min > item.max) report([...at, 'max'], 'max is below min');

  const indices = new Set(def.indices.map((x) => x.key));
  const values = new Set<AnswerValue>();
  for (const [o, option] of (item.options ?? []).entries()) {
    const op = [...at, 'options', o];
    if (values.has(option.value)) report([...op, 'value'], `Option value "${option.value}" is used twice in this item`);
    values.add(option.value);
    if (item.type === 'yes_no' && option.value !== 'yes' && option.value !== 'no') {
      report([...op, 'value'], 'A yes_no item has the options "yes" and "no"');
    }
    if (item.type === 'rating' && !Number.isInteger(option.value)) report([...op, 'value'], 'A rating is a whole number');
    for (const index of Object.keys(option.points ?? {})) {
      if (!indices.has(index)) report([...op, 'points', index], `Unknown index "${index}"; declare it in indices`);
    }
  }
  if (item.showWhen) checkCondition(def, item.showWhen, [...at, 'showWhen'], 'answers', report, item.key);
  if (item.requiredWhen) checkCondition(def, item.requiredWhen, [...at, 'requiredWhen'], 'answers', report);
}

/** Answer conditions (showWhen, requiredWhen) see only answers; decision rules also see results. */
function checkCondition(def: InstrumentDefinition, condition: Condition, at: Path, sees: 'answers' | 'result', report: Report, self?: string) {
  const lookup = lookupInstrument(def);
  for (const ref of conditionReferences(condition)) {
    const path = [...at, ...ref.path];
    if ((ref.kind === 'index' || ref.kind === 'level') && sees === 'answers') {
      report(path, `Only decision rules can look at ${ref.kind === 'index' ? 'indices' : 'levels'}`);
    } else if (ref.kind === 'index' && !def.indices.some((x) => x.key === ref.key)) {
      report(path, `Unknown index "${ref.key}"`);
    } else if (ref.kind === 'level' && !lookup.levelOrder.includes(ref.key)) {
      report(path, `Unknown level "${ref.key}"`);
    } else if (ref.kind === 'section') {
      checkSectionReference(def, ref, at, report, self);
    } else if (ref.kind === 'item') {
      const item = lookup.items.get(ref.key);
      if (!item) report(path, `Unknown item "${ref.key}"`);
      else if (ref.key === self) report(path, 'An item cannot be shown on the strength of its own answer');
      else for (const compared of ref.values) checkComparedValue(item, compared.value, [...at, ...compared.path], report);
    }
  }
}

function checkSectionReference(def: InstrumentDefinition, ref: Extract<ConditionReference, { kind: 'section' }>, at: Path, report: Report, self?: string) {
  const section = def.sections.find((s) => s.key === ref.key);
  if (!section) return report([...at, ...ref.path], `Unknown section "${ref.key}"`);
  if (self && section.items.some((item) => item.key === self)) {
    report([...at, ...ref.path], `An item cannot be shown on the strength of its own answer; list the other items of "${ref.key}"`);
  }
  for (const compared of ref.values) {
    if (!section.items.some((item) => item.type !== 'text' && accepts(item, compared.value))) {
      report([...at, ...compared.path], `No item in section "${ref.key}" can be answered "${compared.value}"`);
    }
  }
}

function checkComparedValue(item: InstrumentItem, value: AnswerValue, path: Path, report: Report) {
  if (!accepts(item, value)) report(path, `Item "${item.key}" cannot be answered "${value}"`);
}

function accepts(item: InstrumentItem, value: AnswerValue): boolean {
  if (item.type === 'number') return typeof value === 'number';
  if (item.type === 'text') return typeof value === 'string';
  return optionsOf(item).some((o) => o.value === value);
}

function checkLevels(def: InstrumentDefinition, report: Report) {
  const levels = def.levels;
  if (!levels) return;
  const indices = new Set(def.indices.map((x) => x.key));
  if ('index' in levels.basis) {
    if (!indices.has(levels.basis.index)) report(['levels', 'basis', 'index'], `Unknown index "${levels.basis.index}"`);
  } else {
    for (const [i, key] of levels.basis.maxOf.entries()) {
      if (!indices.has(key)) report(['levels', 'basis', 'maxOf', i], `Unknown index "${key}"`);
    }
  }
  const order = levels.thresholds.map((t) => t.level);
  checkThresholds(levels.thresholds, ['levels', 'thresholds'], report);
  const basisIndices: string[] = 'index' in levels.basis ? [levels.basis.index] : levels.basis.maxOf;
  for (const [index, thresholds] of Object.entries(levels.thresholdsByIndex ?? {})) {
    const at = ['levels', 'thresholdsByIndex', index];
    if (!basisIndices.includes(index)) report(at, `Index "${index}" is not part of the level basis`);
    if (thresholds.map((t) => t.level).join() !== order.join()) report(at, `List the levels ${order.join(', ')} in that order`);
    checkThresholds(thresholds, at, report);
  }
  for (const level of order) {
    if (!levels.labels[level]) report(['levels', 'labels'], `Missing label for level "${level}"`);
  }
  for (const level of Object.keys(levels.labels)) {
    if (!order.includes(level)) report(['levels', 'labels', level], `Unknown level "${level}"`);
  }
}

function checkThresholds(thresholds: { level: string; min: number }[], at: Path, report: Report) {
  const seen = new Set<string>();
  for (const [t, threshold] of thresholds.entries()) {
    if (seen.has(threshold.level)) report([...at, t, 'level'], `Level "${threshold.level}" is listed twice`);
    seen.add(threshold.level);
    if (t > 0 && threshold.min <= thresholds[t - 1].min) {
      report([...at, t, 'min'], `Thresholds must ascend: ${threshold.min} is not above ${thresholds[t - 1].min}`);
    }
  }
}

function checkOverrides(def: InstrumentDefinition, report: Report) {
  if (!def.overrides) return;
  if (!def.levels) return report(['overrides'], 'Overrides need levels to move between');
  const levels = lookupInstrument(def).levelOrder;
  const keys = new Set<string>();
  for (const [p, policy] of (def.overrides.policy ?? []).entries()) {
    if (keys.has(policy.key)) report(['overrides', 'policy', p, 'key'], `Policy override "${policy.key}" is listed twice`);
    keys.add(policy.key);
    if (!levels.includes(policy.setLevel)) report(['overrides', 'policy', p, 'setLevel'], `Unknown level "${policy.setLevel}"`);
  }
}

function itemPath(def: InstrumentDefinition, key: string): Path {
  for (const [s, section] of def.sections.entries()) {
    const i = section.items.findIndex((item) => item.key === key);
    if (i >= 0) return ['sections', s, 'items', i];
  }
  return ['sections'];
}
