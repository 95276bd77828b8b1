import { describe, expect, it } from 'vitest';
import { reviewProblems } from './review-rules';

const today = '2026-11-22';

describe('reviewing an active safety plan (INV-4)', () => {
  it('continues the plan with a note and the next review date', () => {
    expect(reviewProblems({ reviewedOn: today, outcome: 'continue', note: 'Grandmother stays every night', nextReviewOn: '2026-11-29' }, today)).toEqual({});
  });

  it('needs the next review date to continue, but not to end the plan', () => {
    expect(reviewProblems({ reviewedOn: today, outcome: 'continue', note: 'Fine', nextReviewOn: '' }, today)).toEqual({
      nextReviewOn: 'plans.review.nextReviewRequired',
    });
    expect(reviewProblems({ reviewedOn: today, outcome: 'end', note: 'Threat controlled', nextReviewOn: '' }, today)).toEqual({});
  });

  it('refuses a review dated in the future and a next review before it', () => {
    expect(reviewProblems({ reviewedOn: '2026-11-23', outcome: 'revise', note: 'x', nextReviewOn: '' }, today)).toEqual({
      reviewedOn: 'plans.review.reviewedOnFuture',
    });
    expect(reviewProblems({ reviewedOn: '2026-11-20', outcome: 'continue', note: 'x', nextReviewOn: '2026-11-19' }, today)).toEqual({
      nextReviewOn: 'plans.review.nextReviewBefore',
    });
  });

  it('asks what the review decided and found', () => {
    expect(reviewProblems({ reviewedOn: today, outcome: '', note: ' ', nextReviewOn: '' }, today)).toEqual({
      outcome: 'plans.review.outcomeRequired',
      note: 'plans.review.noteRequired',
    });
  });
});
