import { describe, expect, it } from 'vitest';
import { federalClosureRules, riskMatrixDecisionGuide } from '../../profiles/federal.js';
import { isSubstantiated, recommendedDecisions } from './decision-guide.js';
import { decisionReadiness, type DecisionRecord } from './decision-readiness.js';

const guide = riskMatrixDecisionGuide;

describe('recommendedDecisions: the profile guide (INV-7)', () => {
  it('an unsafe decision always recommends placement, whatever the risk', () => {
    expect(recommendedDecisions(guide, { safetyDecision: 'unsafe', riskLevel: 'low', substantiated: false })).toEqual(['open_out_of_home']);
    expect(recommendedDecisions(guide, { safetyDecision: 'unsafe', riskLevel: null, substantiated: false })).toEqual(['open_out_of_home']);
  });

  it('high risk with a substantiated allegation opens an in-home case; without one it may close with a referral', () => {
    expect(recommendedDecisions(guide, { safetyDecision: 'safe', riskLevel: 'high', substantiated: true })).toEqual(['open_in_home']);
    expect(recommendedDecisions(guide, { safetyDecision: 'safe_with_plan', riskLevel: 'very_high', substantiated: false })).toEqual([
      'open_in_home',
      'close_with_referral',
    ]);
  });

  it('moderate and low risk follow their rows', () => {
    expect(recommendedDecisions(guide, { safetyDecision: 'safe', riskLevel: 'moderate', substantiated: true })).toEqual([
      'open_in_home',
      'close',
      'close_with_referral',
    ]);
    expect(recommendedDecisions(guide, { safetyDecision: 'safe', riskLevel: 'low', substantiated: false })).toEqual(['close', 'close_with_referral']);
  });

  it('nothing is recommended until the facts a rule asks about are known', () => {
    expect(recommendedDecisions(guide, { safetyDecision: 'safe', riskLevel: null, substantiated: true })).toEqual([]);
    expect(recommendedDecisions(guide, { safetyDecision: null, riskLevel: null, substantiated: false })).toEqual([]);
  });

  it('the first matching rule wins, and a rule with no conditions matches anything', () => {
    const custom = {
      source: 'test',
      rules: [
        { when: { substantiated: true }, recommend: ['open_in_home' as const] },
        { when: {}, recommend: ['close' as const] },
      ],
    };
    expect(recommendedDecisions(custom, { safetyDecision: null, riskLevel: null, substantiated: true })).toEqual(['open_in_home']);
    expect(recommendedDecisions(custom, { safetyDecision: null, riskLevel: null, substantiated: false })).toEqual(['close']);
  });

  it('substantiated means any finding substantiated or indicated (NCANDS 1, 2)', () => {
    expect(isSubstantiated(['unsubstantiated', 'indicated'])).toBe(true);
    expect(isSubstantiated(['substantiated'])).toBe(true);
    expect(isSubstantiated(['unsubstantiated', 'unsubstantiated_false', 'closed_no_finding', null])).toBe(false);
    expect(isSubstantiated([])).toBe(false);
  });
});

const ready: DecisionRecord = {
  track: 'investigation',
  safetyComplete: true,
  riskComplete: true,
  findingsComplete: true,
  overridePending: false,
  decision: 'close',
  recommended: ['close', 'close_with_referral'],
  reason: null,
  communityReferral: null,
  safetyDecision: 'safe',
  childrenNeverSeen: [],
  unseenException: null,
  attemptedContacts: 0,
  unsettledPlans: 0,
  approvedPlanInForce: false,
  closureRules: federalClosureRules,
};
const unmet = (record: DecisionRecord) =>
  decisionReadiness(record)
    .filter((i) => !i.met)
    .map((i) => i.code);

describe('decisionReadiness (INV-6, INV-7)', () => {
  it('a recommended decision on a complete record is ready', () => {
    expect(decisionReadiness(ready).map((i) => i.code)).toEqual([
      'decision_chosen',
      'safety_assessment',
      'risk_assessment',
      'findings',
      'no_pending_override',
      'reason_if_not_recommended',
      'children_seen',
      'safety_plans_settled',
    ]);
    expect(unmet(ready)).toEqual([]);
  });

  it('before a decision is chosen, nothing about the decision shows as done (INV-4)', () => {
    const items = decisionReadiness({ ...ready, decision: null });
    expect(items.map((i) => i.code)).toEqual(['decision_chosen', 'safety_assessment', 'risk_assessment', 'findings', 'no_pending_override']);
    expect(unmet({ ...ready, decision: null })).toEqual(['decision_chosen']);
  });

  it('closing needs every child in the home seen face to face (INV-1)', () => {
    const unseen = { ...ready, childrenNeverSeen: ['Leo Rivera'] };
    expect(unmet(unseen)).toEqual(['children_seen']);
    expect(decisionReadiness(unseen).find((i) => i.code === 'children_seen')?.names).toEqual(['Leo Rivera']);
    // Opening a case keeps the child in view, so the rule is about closing only.
    expect(unmet({ ...unseen, decision: 'open_in_home', reason: 'Family asked for help at home.' })).toEqual([]);
  });

  it('an unseen child may be closed out only with an allowed exception, its efforts and the attempts on record (INV-1)', () => {
    const unseen = { ...ready, childrenNeverSeen: ['Leo Rivera'] };
    const efforts = 'Visited the address three times; neighbours say the family moved away.';
    expect(unmet({ ...unseen, unseenException: { code: 'family_not_located', efforts }, attemptedContacts: 2 })).toEqual(['children_seen']);
    expect(unmet({ ...unseen, unseenException: { code: 'family_not_located', efforts: 'moved' }, attemptedContacts: 3 })).toEqual(['children_seen']);
    expect(unmet({ ...unseen, unseenException: { code: 'not_in_the_profile', efforts }, attemptedContacts: 3 })).toEqual(['children_seen']);
    expect(unmet({ ...unseen, unseenException: { code: 'family_not_located', efforts }, attemptedContacts: 3 })).toEqual([]);
  });

  it('an unsafe child leaves only with placement or an in-home case under an approved safety plan (federal-standards §4)', () => {
    const unsafe = { ...ready, safetyDecision: 'unsafe' as const, recommended: ['open_out_of_home' as const], reason: 'Grandmother can supervise every day.' };
    expect(unmet({ ...unsafe, decision: 'close' })).toEqual(['unsafe_protected']);
    expect(unmet({ ...unsafe, decision: 'close_with_referral', communityReferral: 'Family centre' })).toEqual(['unsafe_protected']);
    expect(unmet({ ...unsafe, decision: 'open_in_home' })).toEqual(['unsafe_protected']);
    expect(unmet({ ...unsafe, decision: 'open_in_home', approvedPlanInForce: true })).toEqual([]);
    expect(unmet({ ...unsafe, decision: 'open_out_of_home', reason: null })).toEqual([]);
  });

  it('closing leaves no safety plan in force or waiting without an owner (INV-4)', () => {
    expect(unmet({ ...ready, unsettledPlans: 1 })).toEqual(['safety_plans_settled']);
    expect(unmet({ ...ready, decision: 'open_in_home', reason: 'The family asked for services.', unsettledPlans: 1 })).toEqual([]);
  });

  it('closing needs both assessments, every finding and no pending override', () => {
    expect(unmet({ ...ready, safetyComplete: false, riskComplete: false, findingsComplete: false, overridePending: true })).toEqual([
      'safety_assessment',
      'risk_assessment',
      'findings',
      'no_pending_override',
    ]);
  });

  it('a decision outside the guide needs a reason of at least 10 characters', () => {
    expect(unmet({ ...ready, decision: 'open_in_home' })).toEqual(['reason_if_not_recommended']);
    expect(unmet({ ...ready, decision: 'open_in_home', reason: '  too short  ' })).toEqual(['reason_if_not_recommended']);
    expect(unmet({ ...ready, decision: 'open_in_home', reason: 'Mother asked for in-home services.' })).toEqual([]);
  });

  it('closing with a referral names the referral', () => {
    expect(unmet({ ...ready, decision: 'close_with_referral' })).toEqual(['community_referral']);
    expect(unmet({ ...ready, decision: 'close_with_referral', communityReferral: 'Family resource centre' })).toEqual([]);
  });

  it('the family-assessment track makes no findings, so it has no findings item', () => {
    const items = decisionReadiness({ ...ready, track: 'family_assessment', findingsComplete: false });
    expect(items.map((i) => i.code)).not.toContain('findings');
    expect(items.every((i) => i.met)).toBe(true);
  });
});
