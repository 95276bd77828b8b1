import type { CasePlan } from '../../../api/case-plan';
import type { FamilyCase } from '../../../api/cases';
import { useI18n } from '../../../i18n/I18nProvider';
import { evidenceSourceKey, ratingText, reviewOutcomeKey } from './plan-words';
import { ReviewForm } from './ReviewForm';

/** PLAN-6: the plan's progress reviews, newest as the server lists them, and a new one when the plan is in force. */
export function PlanReviews({ plan, people }: { plan: CasePlan; people: FamilyCase['people'] }) {
  const { t, formatDate } = useI18n();
  const objectiveText = (id: string) => plan.objectives.find((o) => o.id === id)?.text ?? id;
  const personName = (id: string | null) => people.find((p) => p.personId === id)?.name;
  if (plan.reviews.length === 0 && !plan.abilities.review) return null;
  return (
    <section aria-labelledby="plan-reviews-heading" className="margin-top-4">
      <h2 id="plan-reviews-heading">{t('cplan.review.heading')}</h2>
      {plan.reviews.length === 0 && <p>{t('cplan.review.none')}</p>}
      {plan.reviews.map((review) => (
        <div key={review.id} className="margin-top-2">
          <table className="usa-table usa-table--borderless usa-table--stacked-header width-full">
            <caption>{t('cplan.review.item', { date: formatDate(review.reviewedOn) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('cplan.changes.objective')}</th>
                <th scope="col">{t('cplan.review.rating')}</th>
                <th scope="col">{t('cplan.review.evidence')}</th>
                <th scope="col">{t('cplan.review.outcome')}</th>
              </tr>
            </thead>
            <tbody>
              {review.ratings.map((r) => (
                <tr key={r.objectiveId}>
                  <th scope="row" data-label={t('cplan.changes.objective')}>
                    {objectiveText(r.objectiveId)}
                  </th>
                  <td data-label={t('cplan.review.rating')}>{ratingText(t, r.rating)}</td>
                  <td data-label={t('cplan.review.evidence')} className="hearth-narrative">
                    {r.evidence}
                    <span className="display-block usa-hint">
                      {t(evidenceSourceKey[r.evidenceFrom])}
                      {(personName(r.givenByPersonId) ?? r.givenByName) ? `: ${personName(r.givenByPersonId) ?? r.givenByName}` : ''}
                    </span>
                  </td>
                  <td data-label={t('cplan.review.outcome')}>{t(reviewOutcomeKey[r.outcome])}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            <strong>{t('cplan.review.familyView')}:</strong> <span className="hearth-narrative">{review.familyView}</span>
          </p>
        </div>
      ))}
      {plan.abilities.review && <ReviewForm plan={plan} people={people} />}
    </section>
  );
}
