import { useQuery } from '@tanstack/react-query';
import { screeningInstrumentQuery } from '../../../api/instruments';
import { useResponsePriorityLabel } from '../../../api/response-priority';
import { useI18n } from '../../../i18n/I18nProvider';
import { differsFromRecommendation } from './screening-recommendation';

/**
 * Next to the decision fields: when the screener's choice differs from the saved instrument's
 * recommendation, say that the supervisor will see the difference and ask for the reason.
 */
export function InstrumentDifferenceAlert({ reportId, decision, responsePriority }: { reportId: string; decision: string; responsePriority: string }) {
  const { t, tc } = useI18n();
  const priorityLabel = useResponsePriorityLabel();
  // Shares the cache with the instrument section above, which reads it fresh when the step opens.
  const { data } = useQuery({ ...screeningInstrumentQuery(reportId), staleTime: Infinity });
  const recommendation = data?.recommendation ?? null;
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
