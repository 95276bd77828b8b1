import { Link } from '@tanstack/react-router';
import { useResponsePriorityLabel } from '../../api/response-priority';
import type { InvestigationSummary } from '../../api/types';
import { DueTime } from '../../components/DueTime';
import { useI18n } from '../../i18n/I18nProvider';
import { byUrgency, isTaskOverdue } from '../../lib/tasks';
import { useNow } from '../../lib/use-now';

/** Open investigations, most urgent first; overdue rows carry an "Overdue" tag as well as a tint. */
export function MyInvestigationsTable({ investigations }: { investigations: InvestigationSummary[] }) {
  const { t } = useI18n();
  const priorityLabel = useResponsePriorityLabel();
  const now = useNow();
  const mostUrgentFirst = [...investigations].sort((a, b) => byUrgency({ dueAt: a.responseDueAt }, { dueAt: b.responseDueAt }));

  return (
    <section aria-labelledby="my-investigations-heading" className="margin-top-4">
      <h2 id="my-investigations-heading">{t('myWork.investigationsCaption')}</h2>
      {mostUrgentFirst.length === 0 ? (
        <p>{t('myWork.investigationsEmpty')}</p>
      ) : (
        <table className="usa-table usa-table--borderless usa-table--stacked-header width-full">
          <caption className="usa-sr-only">{t('myWork.investigationsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('field.investigationNumber')}</th>
              <th scope="col">{t('field.responseDue')}</th>
              <th scope="col">{t('field.responsePriority')}</th>
              <th scope="col">{t('field.children')}</th>
              <th scope="col">{t('field.report')}</th>
              <th scope="col">{t('field.unit')}</th>
            </tr>
          </thead>
          <tbody>
            {mostUrgentFirst.map((investigation) => (
              <tr key={investigation.id} className={isTaskOverdue({ dueAt: investigation.responseDueAt }, now) ? 'hearth-row--overdue' : undefined}>
                <th scope="row" data-label={t('field.investigationNumber')}>
                  <Link to="/investigations/$investigationId" params={{ investigationId: investigation.id }}>
                    {investigation.number}
                  </Link>
                </th>
                <td data-label={t('field.responseDue')}>
                  <DueTime dueAt={investigation.responseDueAt} />
                </td>
                <td data-label={t('field.responsePriority')}>{priorityLabel(investigation.responsePriority)}</td>
                <td data-label={t('field.children')}>{investigation.childNames.join(', ') || t('common.noValue')}</td>
                <td data-label={t('field.report')}>
                  <Link to="/reports/$reportId" params={{ reportId: investigation.reportId }}>
                    {investigation.reportNumber}
                  </Link>
                </td>
                <td data-label={t('field.unit')}>{investigation.orgUnitName}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
