import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { useForm } from 'react-hook-form';
import { addSafetyPlanReview, type ReviewOutcome, reviewOutcomes, type SafetyPlan, safetyPlanQuery, safetyPlansQuery } from '../../../api/safety-plans';
import { BusyButton } from '../../../components/BusyButton';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { ChoiceGroup, choiceId } from '../../../components/fields/ChoiceGroup';
import { fieldId } from '../../../components/fields/field-ids';
import { TextareaField } from '../../../components/fields/TextareaField';
import { TextField } from '../../../components/fields/TextField';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { todayInZone } from '../../../lib/date-time';
import { collectProblems, errorText, generalError } from '../../../lib/form-problems';
import { useServerProblems } from '../../../lib/use-server-problems';
import { reviewOutcomeKey } from './plan-words';
import { reviewProblems, type ReviewValues } from './review-rules';

const FORM = 'review';
const FIELDS: Array<keyof ReviewValues> = ['reviewedOn', 'outcome', 'note', 'nextReviewOn'];

const outcomeHint: Record<ReviewOutcome, 'plans.review.continueHint' | 'plans.review.reviseHint' | 'plans.review.endHint'> = {
  continue: 'plans.review.continueHint',
  revise: 'plans.review.reviseHint',
  end: 'plans.review.endHint',
};

/**
 * A review of a plan in force (INV-4): it continues until the next review, goes back to a draft to
 * be revised (and agreed and approved again), or ends.
 */
export function ReviewForm({ plan, onReviewed }: { plan: SafetyPlan; onReviewed: (outcome: ReviewOutcome) => void }) {
  const { t, timeZone } = useI18n();
  const queryClient = useQueryClient();
  const today = todayInZone(timeZone);
  const reviewId = useRef(crypto.randomUUID());
  const form = useForm<ReviewValues>({ shouldFocusError: false, defaultValues: { reviewedOn: today, outcome: '', note: '', nextReviewOn: '' } });
  const { errors } = form.formState;
  const server = useServerProblems(FIELDS, form.setError);
  const outcome = form.watch('outcome');

  const review = useMutation({
    mutationFn: (values: ReviewValues) =>
      addSafetyPlanReview(plan.id, {
        id: reviewId.current,
        reviewedOn: values.reviewedOn,
        outcome: values.outcome as ReviewOutcome,
        note: values.note.trim(),
        nextReviewOn: values.outcome !== 'end' && values.nextReviewOn ? values.nextReviewOn : undefined,
      }),
    onSuccess: (answer, values) => {
      queryClient.setQueryData(safetyPlanQuery(answer.id).queryKey, answer);
      void queryClient.invalidateQueries({ queryKey: safetyPlansQuery(answer.investigationId).queryKey });
      reviewId.current = crypto.randomUUID();
      form.reset({ reviewedOn: today, outcome: '', note: '', nextReviewOn: '' });
      onReviewed(values.outcome as ReviewOutcome);
    },
    onError: server.capture,
  });

  const check = (field: keyof ReviewValues) => () => {
    const key = reviewProblems(form.getValues(), today)[field];
    return key ? t(key) : true;
  };
  const onSubmit = form.handleSubmit((values) => {
    if (review.isPending) return;
    server.clear();
    review.mutate(values);
  });

  return (
    <form className="usa-form usa-form--large" noValidate onSubmit={onSubmit} aria-labelledby="plan-review-heading">
      <h3 id="plan-review-heading">{t('plans.review.heading')}</h3>
      <ErrorSummary problems={[...collectProblems(errors, FORM, FIELDS, { outcome: choiceId(fieldId(FORM, 'outcome'), 'continue') }), ...server.problems]} />
      <ProblemAlert error={generalError(review.error)} />
      <TextField
        id={fieldId(FORM, 'reviewedOn')}
        type="date"
        required
        label={t('plans.review.reviewedOn')}
        width="usa-input--md"
        max={today}
        error={errorText(errors, 'reviewedOn')}
        {...form.register('reviewedOn', { validate: check('reviewedOn') })}
      />
      <ChoiceGroup
        id={fieldId(FORM, 'outcome')}
        type="radio"
        required
        legend={t('plans.review.outcome')}
        options={reviewOutcomes.map((code) => ({ value: code, label: t(reviewOutcomeKey[code]), description: t(outcomeHint[code]) }))}
        error={errorText(errors, 'outcome')}
        {...form.register('outcome', { validate: check('outcome'), deps: ['nextReviewOn'] })}
      />
      <TextareaField
        id={fieldId(FORM, 'note')}
        required
        label={t('plans.review.note')}
        hint={t('plans.review.noteHint')}
        maxLength={4000}
        error={errorText(errors, 'note')}
        {...form.register('note', { validate: check('note') })}
      />
      {outcome !== 'end' && (
        <TextField
          id={fieldId(FORM, 'nextReviewOn')}
          type="date"
          required={outcome === 'continue'}
          label={t('plans.review.nextReviewOn')}
          hint={outcome === 'revise' ? t('plans.review.nextReviewReviseHint') : undefined}
          width="usa-input--md"
          min={today}
          error={errorText(errors, 'nextReviewOn')}
          {...form.register('nextReviewOn', { validate: check('nextReviewOn') })}
        />
      )}
      <BusyButton busy={review.isPending} label={t('plans.review.submit')} busyLabel={t('common.saving')} className="margin-top-2" />
    </form>
  );
}
