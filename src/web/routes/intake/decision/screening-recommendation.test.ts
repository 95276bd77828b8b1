import { describe, expect, it } from 'vitest';
import { differsFromRecommendation } from './screening-recommendation';

describe('does the screener’s choice differ from the instrument (INT-4)?', () => {
  const inIn24 = { decision: 'screen_in', responsePriority: 'within_24_hours' };

  it('not before a decision is chosen, nor without a recommendation', () => {
    expect(differsFromRecommendation(inIn24, { decision: '', responsePriority: '' })).toBe(false);
    expect(differsFromRecommendation(null, { decision: 'screen_out', responsePriority: '' })).toBe(false);
  });

  it('when the decision or the response priority is another', () => {
    expect(differsFromRecommendation(inIn24, { decision: 'screen_in', responsePriority: 'within_24_hours' })).toBe(false);
    expect(differsFromRecommendation(inIn24, { decision: 'screen_in', responsePriority: 'same_day' })).toBe(true);
    expect(differsFromRecommendation(inIn24, { decision: 'screen_in_family_assessment', responsePriority: 'within_24_hours' })).toBe(true);
  });

  it('only by decision when the instrument names no priority (screen out)', () => {
    const out = { decision: 'screen_out', responsePriority: null };
    expect(differsFromRecommendation(out, { decision: 'screen_out', responsePriority: '' })).toBe(false);
    expect(differsFromRecommendation(out, { decision: 'screen_in', responsePriority: 'same_day' })).toBe(true);
  });
});
