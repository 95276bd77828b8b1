import type { SafetyPlan } from '../../../api/safety-plans';
import { useI18n } from '../../../i18n/I18nProvider';
import { reviewOutcomeKey } from './plan-words';

/** Every review of the plan, newest first, with who recorded it (INV-4). */
export function ReviewHistory({ plan }: { plan: SafetyPlan }) {
  const { t, formatDate, formatMoment } = useI18n();
  const newestFirst = [...plan.reviews].sort((a, b) => b.recordedAt.localeCompare(a.recordedAt));
  return (
    <section aria-labelledby="plan-reviews-heading" className="margin-top-4">
      <h3 id="plan-reviews-heading">{t('plans.reviews.heading')}</h3>
      {newestFirst.length === 0 ? (
        <p>{t('plans.reviews.none')}</p>
      ) : (
        <table className="usa-table usa-table--borderless usa-table--stacked-header width-full">
          <caption className="usa-sr-only">{t('plans.reviews.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('plans.reviews.reviewedOn')}</th>
              <th scope="col">{t('plans.reviews.outcome')}</th>
              <th scope="col">{t('plans.reviews.note')}</th>
              <th scope="col">{t('plans.reviews.nextReview')}</th>
              <th scope="col">{t('plans.reviews.recordedBy')}</th>
            </tr>
          </thead>
          <tbody>
            {newestFirst.map((review) => (
              <tr key={review.id}>
                <th scope="row" data-label={t('plans.reviews.reviewedOn')}>
                  {formatDate(review.reviewedOn)}
                </th>
                <td data-label={t('plans.reviews.outcome')}>{t(reviewOutcomeKey[review.outcome])}</td>
                <td data-label={t('plans.reviews.note')} className="hearth-narrative">
                  {review.note}
                </td>
                <td data-label={t('plans.reviews.nextReview')}>{review.nextReviewOn ? formatDate(review.nextReviewOn) : t('common.noValue')}</td>
                <td data-label={t('plans.reviews.recordedBy')}>
                  {review.recordedByName}
                  <span className="display-block usa-hint">{formatMoment(review.recordedAt)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
