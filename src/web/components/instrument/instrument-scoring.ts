import { type InstrumentDefinition, type InstrumentItem, type InstrumentResult, scoreInstrument } from '../../../domain/instruments/index';
import { type InstrumentAnswers, type InstrumentChild, withAnswer } from './instrument-model';

// The engine's scoring, in its own module: importing it brings the definition schema (zod) along,
// so only the lazily loaded instrument screens import this file.

/** The engine's answer to a set of answers; each_child items are checked against the children given. */
export function scoreAnswers(definition: InstrumentDefinition, answers: InstrumentAnswers, children?: readonly InstrumentChild[]): InstrumentResult {
  return scoreInstrument(definition, answers, children ? { childIds: children.map((child) => child.id) } : {});
}

/** Whether an item is required right now: always, or because its requiredWhen holds. */
export function isRequiredNow(
  definition: InstrumentDefinition,
  item: InstrumentItem,
  answers: InstrumentAnswers,
  children?: readonly InstrumentChild[],
): boolean {
  if (item.required) return true;
  if (!item.requiredWhen) return false;
  // Ask the engine with this item unanswered: it is required exactly when it is then missing.
  return scoreAnswers(definition, withAnswer(answers, item.key, undefined), children).missing.includes(item.key);
}
