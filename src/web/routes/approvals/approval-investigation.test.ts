import { describe, expect, it } from 'vitest';
import { investigationSummaryOf } from './approval-investigation';

const item = (kind: string, summary: Record<string, unknown>) => ({ kind, summary, subjectType: 'investigation' as const, subjectId: 'inv-1' });

describe('investigation requests in the approval queue (INV-5, INV-6, INV-7, SUP-3)', () => {
  it('reads a risk override: scored and requested level, kind and reason', () => {
    expect(
      investigationSummaryOf(
        item('risk_override', {
          investigationId: 'inv-1',
          number: 'I-1',
          overrideKind: 'discretionary',
          scoredLevel: 'moderate',
          requestedLevel: 'high',
          reason: 'Two prior reports',
        }),
      ),
    ).toEqual({
      kind: 'risk_override',
      investigationId: 'inv-1',
      number: 'I-1',
      overrideKind: 'discretionary',
      scoredLevel: 'moderate',
      requestedLevel: 'high',
      reason: 'Two prior reports',
    });
  });

  it('reads a decision with what the guide recommended, and works out "differs" only when the server did not say', () => {
    const withFlag = investigationSummaryOf(
      item('investigation_decision', {
        investigationId: 'inv-1',
        number: 'I-1',
        decision: 'close',
        recommended: ['open_in_home'],
        differs: true,
        reason: 'Grandmother moved in',
        childNames: ['Maya Lopez'],
      }),
    );
    expect(withFlag).toMatchObject({
      kind: 'investigation_decision',
      decision: 'close',
      recommended: ['open_in_home'],
      differs: true,
      childNames: ['Maya Lopez'],
    });
    expect(investigationSummaryOf(item('investigation_decision', { decision: 'close', recommended: ['close', 7] }))).toMatchObject({
      recommended: ['close'],
      differs: false,
      investigationId: 'inv-1',
    });
  });

  it('reads an extension (current due moment, requested date) and a placement (children)', () => {
    expect(
      investigationSummaryOf(
        item('extension', {
          investigationId: 'inv-1',
          number: 'I-1',
          currentDueAt: '2026-12-01T04:59:59Z',
          requestedDueOn: '2026-12-10',
          reason: 'Waiting for the medical report',
        }),
      ),
    ).toMatchObject({
      kind: 'extension',
      currentDueAt: '2026-12-01T04:59:59Z',
      requestedDueOn: '2026-12-10',
    });
    expect(investigationSummaryOf(item('placement', { reason: 'unsafe', childNames: ['Maya Lopez', 'Leo Lopez'] }))).toMatchObject({
      kind: 'placement',
      reason: 'unsafe',
      childNames: ['Maya Lopez', 'Leo Lopez'],
    });
  });

  it('leaves other kinds, and requests about no investigation, to the generic row', () => {
    expect(investigationSummaryOf(item('screening_decision', { reportId: 'r1' }))).toBeNull();
    expect(investigationSummaryOf({ kind: 'placement', summary: {}, subjectType: 'case', subjectId: 'case-1' })).toBeNull();
  });

  it('reads a safety plan: its threats and actions, who in the family agreed, the review date (INV-4)', () => {
    expect(
      investigationSummaryOf(
        item('safety_plan', {
          safetyPlanId: 'plan-1',
          investigationId: 'inv-1',
          investigationNumber: 'I-7',
          threatsCount: 1,
          actionCount: 2,
          familyAgreement: ['Lucia Torres', 3],
          nextReviewOn: '2026-12-01',
        }),
      ),
    ).toEqual({
      kind: 'safety_plan',
      investigationId: 'inv-1',
      number: 'I-7',
      safetyPlanId: 'plan-1',
      threatsCount: 1,
      actionCount: 2,
      familyAgreement: ['Lucia Torres'],
      nextReviewOn: '2026-12-01',
    });
    expect(investigationSummaryOf(item('safety_plan', { threatsCount: -1 }))).toMatchObject({ threatsCount: null, number: null, familyAgreement: [] });
  });
});
