import { Link } from '@tanstack/react-router';
import type { ReportSummary } from '../../api/types';
import { StatusTag } from '../../components/StatusTag';
import { useI18n } from '../../i18n/I18nProvider';

const editable = new Set(['draft', 'returned']);

/** Reports the screener is working on: drafts and returned ones continue intake; submitted ones open the view. */
export function MyReportsTable({ reports }: { reports: ReportSummary[] }) {
  const { t, tc, formatMoment } = useI18n();
  return (
    <section aria-labelledby="my-reports-heading" className="margin-top-4">
      <h2 id="my-reports-heading">{t('myWork.reportsCaption')}</h2>
      {reports.length === 0 ? (
        <p>{t('myWork.reportsEmpty')}</p>
      ) : (
        <table className="usa-table usa-table--borderless usa-table--stacked-header width-full">
          <caption className="usa-sr-only">{t('myWork.reportsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('field.reportNumber')}</th>
              <th scope="col">{t('field.status')}</th>
              <th scope="col">{t('field.receivedAt')}</th>
              <th scope="col">{t('field.children')}</th>
              <th scope="col">{t('field.decision')}</th>
              <th scope="col">{t('field.action')}</th>
            </tr>
          </thead>
          <tbody>
            {reports.map((report) => (
              <tr key={report.id}>
                <th scope="row" data-label={t('field.reportNumber')}>
                  <Link to="/reports/$reportId" params={{ reportId: report.id }}>
                    {report.number}
                  </Link>
                </th>
                <td data-label={t('field.status')}>
                  <StatusTag status={report.status} />
                </td>
                <td data-label={t('field.receivedAt')}>{formatMoment(report.receivedAt)}</td>
                <td data-label={t('field.children')}>{report.childNames.join(', ') || t('common.noValue')}</td>
                <td data-label={t('field.decision')}>{report.decision ? tc('decision', report.decision) : t('common.noValue')}</td>
                <td data-label={t('field.action')}>
                  {editable.has(report.status) ? (
                    <Link
                      to="/intake/$reportId"
                      params={{ reportId: report.id }}
                      search={{ step: 1 }}
                      aria-label={`${t('myWork.continueIntake')}: ${report.number}`}
                    >
                      {t('myWork.continueIntake')}
                    </Link>
                  ) : (
                    <Link to="/reports/$reportId" params={{ reportId: report.id }} aria-label={`${t('myWork.viewReport')}: ${report.number}`}>
                      {t('myWork.viewReport')}
                    </Link>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
