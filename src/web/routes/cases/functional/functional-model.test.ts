import { describe, expect, it } from 'vitest';
import { childFunctional } from '../../../../profiles/instruments/child-functional';
import type { FunctionalComparison } from '../../../api/functional-assessment';
import { chartPoints, comparedSections, ratingTrail } from './functional-model';

const comparison: FunctionalComparison = {
  childPersonId: 'c1',
  assessments: [
    { id: 'a1', assessedOn: '2026-09-01', instrument: { key: 'child-functional', version: 1 } },
    { id: 'a2', assessedOn: '2026-11-20', instrument: { key: 'child-functional', version: 1 } },
  ],
  items: [
    {
      key: 'sleep',
      sectionKey: 'daily_life',
      facet: 'need',
      ratings: [
        { assessmentId: 'a1', rating: 3 },
        { assessmentId: 'a2', rating: 1 },
      ],
    },
    {
      key: 'school_learning',
      sectionKey: 'school',
      facet: 'need',
      ratings: [
        { assessmentId: 'a1', rating: null },
        { assessmentId: 'a2', rating: 2 },
      ],
    },
  ],
};

describe('the FCA-2 comparison model', () => {
  it('groups the ratings by section in the reader’s language, oldest assessment first', () => {
    const sections = comparedSections(childFunctional, comparison, 'es');
    expect(sections.map((s) => s.title)).toEqual(['Vida diaria', 'Escuela o guardería']);
    expect(sections[0]!.items).toEqual([{ key: 'sleep', label: 'Sueño', facet: 'need', ratings: [3, 1] }]);
  });

  it('leaves unrated assessments out of the chart and says so in the trail', () => {
    const school = comparedSections(childFunctional, comparison, 'en')[1]!;
    expect(chartPoints(school)).toEqual([{ item: 'Learning and progress', index: 1, rating: 2 }]);
    expect(ratingTrail(school.items[0]!, 'not rated')).toBe('not rated → 2');
  });
});
