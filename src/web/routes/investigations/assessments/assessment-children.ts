import type { InstrumentDefinition } from '../../../../domain/instruments/index';
import type { Language } from '../../../api/types';
import type { Investigation } from '../../../api/types';
import type { InstrumentChild } from '../../../components/instrument/instrument-model';
import { humaniseCode } from '../../../i18n/translate';

/**
 * The children an assessment asks about (INV-8): every child in the home, as the API lists them,
 * named from the investigation's household. A child the household does not name (added to the
 * report since) still gets a row, so no child is left unassessed.
 */
export function assessmentChildren(childIds: readonly string[], investigation: Pick<Investigation, 'household' | 'children'>): InstrumentChild[] {
  const names = new Map<string, string>();
  for (const person of investigation.children) names.set(person.personId, `${person.firstName} ${person.lastName}`);
  for (const person of investigation.household ?? []) names.set(person.personId, `${person.firstName} ${person.lastName}`);
  return childIds.map((id, index) => ({ id, name: names.get(id) ?? `#${index + 1}` }));
}

/** A risk level in words, from the instrument's own labels. */
export function levelLabel(definition: InstrumentDefinition, level: string | null | undefined, language: Language): string {
  if (!level) return '';
  return definition.levels?.labels[level]?.[language] ?? humaniseCode(level);
}
