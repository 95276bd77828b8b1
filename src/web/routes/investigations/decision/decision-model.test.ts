import { describe, expect, it } from 'vitest';
import { departsFromGuide, isDecisionEditable, sameDecision, toDecisionBody, validateDecision } from './decision-model';
import { readinessSection } from './decision-words';

const recommended = ['open_in_home', 'close_with_referral'];
const fields = (problems: { field: string }[]) => problems.map((p) => p.field);

describe('investigation decision form (INV-7)', () => {
  it('needs a decision, and a reason of 10+ characters only when it departs from the guide', () => {
    expect(fields(validateDecision({ decision: '', reason: '', communityReferral: '' }, recommended))).toEqual(['decision']);
    expect(validateDecision({ decision: 'open_in_home', reason: '', communityReferral: '' }, recommended)).toEqual([]);
    expect(fields(validateDecision({ decision: 'close', reason: 'Too short', communityReferral: '' }, recommended))).toEqual(['reason']);
    expect(validateDecision({ decision: 'close', reason: 'Grandmother moved in to care for them', communityReferral: '' }, recommended)).toEqual([]);
    expect(departsFromGuide('close', recommended)).toBe(true);
    expect(departsFromGuide('', recommended)).toBe(false);
  });

  it('names the community referral when closing with one', () => {
    expect(fields(validateDecision({ decision: 'close_with_referral', reason: '', communityReferral: ' ' }, recommended))).toEqual(['communityReferral']);
    expect(toDecisionBody({ decision: 'close_with_referral', reason: '', communityReferral: ' Family resource centre ' })).toEqual({ decision: 'close_with_referral', reason: '', communityReferral: 'Family resource centre' });
    expect(toDecisionBody({ decision: 'close', reason: ' x ', communityReferral: 'left over' })).toEqual({ decision: 'close', reason: 'x', communityReferral: '' });
  });

  it('can change a draft or a returned decision, not one waiting for or given approval', () => {
    expect([null, 'draft', 'returned', 'pending', 'approved'].map((s) => isDecisionEditable(s as never))).toEqual([true, true, true, false, false]);
    expect(sameDecision({ decision: 'close', reason: 'a ', communityReferral: '' }, { decision: 'close', reason: 'a', communityReferral: '' })).toBe(true);
  });

  it('sends each unmet readiness item to the section that fixes it', () => {
    expect(['safety_assessment', 'risk_assessment', 'no_pending_override', 'findings', 'community_referral'].map(readinessSection)).toEqual(['safety', 'risk', 'risk', 'findings', null]);
  });
});
