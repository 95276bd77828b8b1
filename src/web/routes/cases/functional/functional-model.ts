import type { InstrumentDefinition, LocalizedText } from '../../../../domain/instruments/index';
import type { FunctionalComparison } from '../../../api/functional-assessment';
import type { Language } from '../../../api/types';

/**
 * Pure helpers behind the FCA-2 comparison: the server's item-by-item ratings regrouped by the
 * instrument's sections, labelled in the reader's language, for one chart and one table group each.
 */

export interface ComparedItem {
  key: string;
  label: string;
  facet: 'need' | 'strength';
  /** One per assessment, oldest first; null where that assessment did not rate the item. */
  ratings: (number | null)[];
}

export interface ComparedSection {
  key: string;
  title: string;
  items: ComparedItem[];
}

const localized = (text: LocalizedText | undefined, language: Language) => (text ? text[language] : '');

export function comparedSections(definition: InstrumentDefinition, comparison: FunctionalComparison, language: Language): ComparedSection[] {
  const ids = comparison.assessments.map((a) => a.id);
  return definition.sections
    .map((section) => ({
      key: section.key,
      title: localized(section.title, language),
      items: comparison.items
        .filter((item) => item.sectionKey === section.key)
        .map((item) => {
          const byId = new Map(item.ratings.map((r) => [r.assessmentId, r.rating]));
          const text = section.items.find((i) => i.key === item.key)?.text;
          return { key: item.key, label: localized(text, language) || item.key, facet: item.facet, ratings: ids.map((id) => byId.get(id) ?? null) };
        }),
    }))
    .filter((section) => section.items.length > 0);
}

/** The chart's points: one per item per assessment that rated it. */
export const chartPoints = (section: ComparedSection) =>
  section.items.flatMap((item) => item.ratings.flatMap((rating, index) => (rating === null ? [] : [{ item: item.label, index, rating }])));

/** "3 → 1" for one item across the assessments, with a word where it was not rated. */
export const ratingTrail = (item: ComparedItem, notRated: string) => item.ratings.map((r) => (r === null ? notRated : String(r))).join(' → ');
