import type { ReviewOutcome } from '../../../api/safety-plans';
import type { PlansMessageKey } from '../../../i18n/en-plans';

/** The safety plan review form's values and checks (INV-4); the server applies the same rules. */

export interface ReviewValues {
  reviewedOn: string;
  outcome: ReviewOutcome | '';
  note: string;
  nextReviewOn: string;
}

export function reviewProblems(values: ReviewValues, today: string): Partial<Record<keyof ReviewValues, PlansMessageKey>> {
  const problems: Partial<Record<keyof ReviewValues, PlansMessageKey>> = {};
  if (!values.reviewedOn) problems.reviewedOn = 'plans.review.reviewedOnRequired';
  else if (values.reviewedOn > today) problems.reviewedOn = 'plans.review.reviewedOnFuture';
  if (!values.outcome) problems.outcome = 'plans.review.outcomeRequired';
  if (!values.note.trim()) problems.note = 'plans.review.noteRequired';
  if (values.outcome === 'continue' && !values.nextReviewOn) problems.nextReviewOn = 'plans.review.nextReviewRequired';
  else if (values.outcome !== 'end' && values.nextReviewOn && values.nextReviewOn < (values.reviewedOn || today))
    problems.nextReviewOn = 'plans.review.nextReviewBefore';
  return problems;
}
