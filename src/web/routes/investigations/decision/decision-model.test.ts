import { describe, expect, it } from 'vitest';
import { departsFromGuide, isDecisionEditable, sameDecision, toDecisionBody, validateDecision } from './decision-model';
import { readinessSection } from './decision-words';

const recommended = ['open_in_home', 'close_with_referral'];
const noException = { unseenExceptionCode: '', unseenEfforts: '' };
const fields = (problems: { field: string }[]) => problems.map((p) => p.field);

describe('investigation decision form (INV-7)', () => {
  it('needs a decision, and a reason of 10+ characters only when it departs from the guide', () => {
    expect(fields(validateDecision({ decision: '', reason: '', communityReferral: '', ...noException }, recommended))).toEqual(['decision']);
    expect(validateDecision({ decision: 'open_in_home', reason: '', communityReferral: '', ...noException }, recommended)).toEqual([]);
    expect(fields(validateDecision({ decision: 'close', reason: 'Too short', communityReferral: '', ...noException }, recommended))).toEqual(['reason']);
    expect(
      validateDecision({ decision: 'close', reason: 'Grandmother moved in to care for them', communityReferral: '', ...noException }, recommended),
    ).toEqual([]);
    expect(departsFromGuide('close', recommended)).toBe(true);
    expect(departsFromGuide('', recommended)).toBe(false);
  });

  it('names the community referral when closing with one', () => {
    expect(fields(validateDecision({ decision: 'close_with_referral', reason: '', communityReferral: ' ', ...noException }, recommended))).toEqual([
      'communityReferral',
    ]);
    expect(toDecisionBody({ decision: 'close_with_referral', reason: '', communityReferral: ' Family resource centre ', ...noException })).toEqual({
      decision: 'close_with_referral',
      reason: '',
      communityReferral: 'Family resource centre',
      unseenException: null,
    });
    expect(toDecisionBody({ decision: 'close', reason: ' x ', communityReferral: 'left over', ...noException })).toEqual({
      decision: 'close',
      reason: 'x',
      communityReferral: '',
      unseenException: null,
    });
  });

  it('can change a draft or a returned decision, not one waiting for or given approval', () => {
    expect([null, 'draft', 'returned', 'pending', 'approved'].map((s) => isDecisionEditable(s as never))).toEqual([true, true, true, false, false]);
    expect(
      sameDecision(
        { decision: 'close', reason: 'a ', communityReferral: '', ...noException },
        { decision: 'close', reason: 'a', communityReferral: '', ...noException },
      ),
    ).toBe(true);
  });

  it('sends each unmet readiness item to the section that fixes it', () => {
    expect(
      ['safety_assessment', 'risk_assessment', 'no_pending_override', 'findings', 'community_referral', 'children_seen', 'safety_plans_settled'].map(
        readinessSection,
      ),
    ).toEqual(['safety', 'risk', 'risk', 'findings', null, 'contacts', 'safety-plans']);
  });

  it('an exception for children never seen needs its efforts, and is sent only when closing (INV-1)', () => {
    const exception = { unseenExceptionCode: 'family_not_located', unseenEfforts: 'moved' };
    expect(fields(validateDecision({ decision: 'close_with_referral', reason: '', communityReferral: 'Family centre', ...exception }, recommended))).toEqual([
      'unseenEfforts',
    ]);
    const efforts = ' Three visits and calls to the school; the family moved away. ';
    expect(
      toDecisionBody({
        decision: 'close_with_referral',
        reason: '',
        communityReferral: 'Family centre',
        unseenExceptionCode: 'family_not_located',
        unseenEfforts: efforts,
      }).unseenException,
    ).toEqual({ code: 'family_not_located', efforts: efforts.trim() });
    expect(
      toDecisionBody({ decision: 'open_in_home', reason: '', communityReferral: '', unseenExceptionCode: 'family_not_located', unseenEfforts: efforts })
        .unseenException,
    ).toBeNull();
    expect(validateDecision({ decision: 'open_in_home', reason: '', communityReferral: '', ...exception }, recommended)).toEqual([]);
  });
});
