import { useQuery } from '@tanstack/react-query';
import { screeningInstrumentQuery } from '../../../api/instruments';
import { useResponsePriorityLabel } from '../../../api/response-priority';
import { useI18n } from '../../../i18n/I18nProvider';
import { differsFromRecommendation } from './screening-recommendation';

/**
 * Next to the decision fields: when the screener's choice differs from the saved instrument's
 * recommendation, say that the supervisor will see the difference and ask for the reason.
 */
const grades = {
  same_day: 'screeningInstrument.grade.same_day',
  within_24_hours: 'screeningInstrument.grade.within_24_hours',
  within_72_hours: 'screeningInstrument.grade.within_72_hours',
} as const;
const gradeText = (t: (key: (typeof grades)[keyof typeof grades]) => string, grade: string) =>
  Object.hasOwn(grades, grade) ? t(grades[grade as keyof typeof grades]) : grade;

export function InstrumentDifferenceAlert({ reportId, decision, responsePriority }: { reportId: string; decision: string; responsePriority: string }) {
  const { t, tc } = useI18n();
  const priorityLabel = useResponsePriorityLabel();
  // Shares the cache with the instrument section above, which reads it fresh when the step opens.
  const { data } = useQuery({ ...screeningInstrumentQuery(reportId), staleTime: Infinity });
  const recommendation = data?.recommendation ?? null;
  // Item 8: say plainly when the instrument's urgency has no priority in this profile, so no
  // lowered priority can be told and the screener decides the priority alone.
  const unmatched = recommendation && recommendation.responsePriority === null && recommendation.instrumentPriority && decision.startsWith('screen_in');
  if (unmatched) {
    return (
      <div className="usa-alert usa-alert--info margin-bottom-3" role="status">
        <div className="usa-alert__body">
          <p className="usa-alert__text">{t('screeningInstrument.noMatchingPriority', { grade: gradeText(t, recommendation.instrumentPriority!) })}</p>
        </div>
      </div>
    );
  }
  if (!recommendation || !differsFromRecommendation(recommendation, { decision, responsePriority })) return null;
  const words = [tc('decision', recommendation.decision), recommendation.responsePriority ? priorityLabel(recommendation.responsePriority) : null];
  return (
    <div className="usa-alert usa-alert--warning margin-bottom-3" role="status">
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading">{t('screeningInstrument.differsHeading')}</h2>
        <p className="usa-alert__text">{t('screeningInstrument.differsBody', { recommendation: words.filter(Boolean).join(', ') })}</p>
      </div>
    </div>
  );
}
