import { Link } from '@tanstack/react-router';
import type { UnitReportInvestigation } from '../../api/unit-report';
import { DueTime } from '../../components/DueTime';
import { useI18n } from '../../i18n/I18nProvider';
import { overdueFirst, responseOutcome } from './unit-report-model';

/** Every investigation in the units with its clocks; overdue ones come first and say so in words (SUP-1). */
export function UnitInvestigationsTable({ investigations }: { investigations: UnitReportInvestigation[] }) {
  const { t, tc, formatMoment } = useI18n();
  const sorted = overdueFirst(investigations);
  const overdueCount = sorted.filter((item) => item.overdue).length;
  return (
    <section aria-labelledby="unit-investigations-heading" className="margin-top-4">
      <h2 id="unit-investigations-heading">{t('unitReport.investigationsHeading')}</h2>
      {sorted.length === 0 ? (
        <p>{t('unitReport.noInvestigations')}</p>
      ) : (
        <>
          <p>{t('unitReport.overdueSummary', { overdue: overdueCount, total: sorted.length })}</p>
          <table className="usa-table usa-table--borderless usa-table--stacked-header width-full">
            <caption className="usa-sr-only">{t('unitReport.investigationsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('field.investigationNumber')}</th>
                <th scope="col">{t('field.investigator')}</th>
                <th scope="col">{t('unitReport.response')}</th>
                <th scope="col">{t('unitReport.completionDue')}</th>
                <th scope="col">{t('field.status')}</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((item) => (
                <tr key={item.id} className={item.overdue ? 'hearth-row--overdue' : undefined}>
                  <th scope="row" data-label={t('field.investigationNumber')}>
                    <Link to="/investigations/$investigationId" params={{ investigationId: item.id }}>
                      {item.number}
                    </Link>
                    {item.overdue && <span className="usa-tag bg-secondary-dark margin-left-1">{t('due.overdueTag')}</span>}
                  </th>
                  <td data-label={t('field.investigator')}>{item.investigatorName ?? t('investigation.unassigned')}</td>
                  <td data-label={t('unitReport.response')}>
                    <ResponseCell item={item} />
                  </td>
                  <td data-label={t('unitReport.completionDue')}>
                    {item.status === 'open' ? <DueTime dueAt={item.completionDueAt} /> : formatMoment(item.completionDueAt)}
                  </td>
                  <td data-label={t('field.status')}>{tc('investigationStatus', item.status)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

/**
 * The response clock in one cell: met or missed once the first contact is made (in words), a live
 * countdown while it is open, and when the first contact happened.
 */
function ResponseCell({ item }: { item: UnitReportInvestigation }) {
  const { t, formatMoment } = useI18n();
  const outcome = responseOutcome(item);
  return (
    <>
      {outcome === 'pending' && item.status === 'open' ? (
        <DueTime dueAt={item.responseDueAt} />
      ) : (
        <>
          {outcome === 'met' && t('unitReport.responseMetWord')}
          {outcome === 'missed' && <strong>{t('unitReport.responseMissedWord')}</strong>}
          {outcome === 'never_seen' && <strong>{t('unitReport.neverSeenWord')}</strong>}
          <span className="display-block text-base-dark">{t('unitReport.dueAt', { moment: formatMoment(item.responseDueAt) })}</span>
        </>
      )}
      <span className="display-block">
        {t('unitReport.firstContactAt', { moment: item.firstContactAt ? formatMoment(item.firstContactAt) : t('unitReport.noContactYet') })}
      </span>
    </>
  );
}
