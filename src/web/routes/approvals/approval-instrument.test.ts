import { describe, expect, it } from 'vitest';
import { instrumentSummaryOf } from './approval-instrument';

describe('the instrument line of a screening approval (INT-4)', () => {
  it('reads what the server sends, and nothing when the instrument was not completed', () => {
    const summary = {
      instrument: { key: 'screening-criteria', version: 1, recommended: { decision: 'screen_in', responsePriority: 'within_24_hours' }, differs: true },
    };
    expect(instrumentSummaryOf(summary)).toEqual({ recommended: { decision: 'screen_in', responsePriority: 'within_24_hours' }, differs: true });
    expect(instrumentSummaryOf({ instrument: { recommended: { decision: 'screen_out', responsePriority: null }, differs: false } })).toEqual({
      recommended: { decision: 'screen_out', responsePriority: null },
      differs: false,
    });
    expect(instrumentSummaryOf({ instrument: null })).toBeNull();
    expect(instrumentSummaryOf({})).toBeNull();
  });
});
