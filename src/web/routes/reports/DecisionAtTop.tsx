import { useQuery } from '@tanstack/react-query';
import { useResponsePriorityLabel } from '../../api/response-priority';
import { approvalsQuery } from '../../api/queries';
import type { Report } from '../../api/types';
import { DueTime } from '../../components/DueTime';
import { useI18n } from '../../i18n/I18nProvider';
import { screeningSummaryOf } from '../approvals/approval-words';

/**
 * At the top of a report waiting for the supervisor (issue 9: supervisors decide blind): the
 * screener's recommendation, the response clock running since receipt, any open investigation of
 * the same children, and a link straight to the decision at the foot of the page.
 */
export function DecisionAtTop({ report }: { report: Report }) {
  const { t, tc } = useI18n();
  const priorityLabel = useResponsePriorityLabel();
  const queue = useQuery(approvalsQuery);
  const summary = (queue.data?.items ?? []).map(screeningSummaryOf).find((s) => s?.reportId === report.id) ?? null;
  return (
    <section aria-labelledby="decision-at-top-heading" className="usa-summary-box margin-bottom-3">
      <div className="usa-summary-box__body">
        <h2 id="decision-at-top-heading" className="usa-summary-box__heading">
          {t('approve.atTopHeading')}
        </h2>
        <ul className="usa-list">
          {report.decision && <li>{t('approvals.decisionLine', { decision: tc('decision', report.decision) })}</li>}
          {report.responsePriority && <li>{t('approvals.priorityLine', { priority: priorityLabel(report.responsePriority) })}</li>}
          {summary?.responseDueAt && (
            <li>
              {t('approvals.responseClock')} <DueTime dueAt={summary.responseDueAt} />
            </li>
          )}
          {summary && summary.openInvestigations.length > 0 && (
            <li>
              <strong>{t('approvals.sameChildOpen', { numbers: summary.openInvestigations.map((i) => `${i.number} (${i.unitName})`).join(', ') })}</strong>
            </li>
          )}
        </ul>
        <a className="usa-button" href="#supervisor-approval-heading">
          {t('approve.goToDecision')}
        </a>
      </div>
    </section>
  );
}
