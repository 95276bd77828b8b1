import { Link } from '@tanstack/react-router';
import type { VisitCompliance } from '../../api/visits';
import { useI18n } from '../../i18n/I18nProvider';
import { missedMonths } from './compliance-model';

/** VIS-4's drill-down: per month, the children in care who were not visited, each linked to the case. */
export function MissedChildren({ report, monthLabel }: { report: VisitCompliance; monthLabel: (month: string) => string }) {
  const { t, tp } = useI18n();
  const months = missedMonths(report.missed);
  return (
    <section aria-labelledby="missed-heading" className="margin-top-4">
      <h2 id="missed-heading">{t('visitCompliance.missedHeading')}</h2>
      {months.length === 0 ? (
        <p>{t('visitCompliance.noneMissed')}</p>
      ) : (
        months.map((m) => (
          <details key={m.month} className="margin-top-2">
            <summary>
              {monthLabel(m.month)}: {tp('visitCompliance.missedCount', m.children.length)}
            </summary>
            <table className="usa-table usa-table--borderless usa-table--stacked-header width-full">
              <caption className="usa-sr-only">{t('visitCompliance.missedCaption', { month: monthLabel(m.month) })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('visitCompliance.child')}</th>
                  <th scope="col">{t('visitCompliance.case')}</th>
                  <th scope="col">{t('visitCompliance.worker')}</th>
                </tr>
              </thead>
              <tbody>
                {m.children.map((c) => (
                  <tr key={`${c.personId}-${c.caseId}`}>
                    <th scope="row" data-label={t('visitCompliance.child')}>
                      {c.name}
                    </th>
                    <td data-label={t('visitCompliance.case')}>
                      <Link to="/cases/$caseId" params={{ caseId: c.caseId }}>
                        {c.caseNumber}
                      </Link>
                    </td>
                    <td data-label={t('visitCompliance.worker')}>{c.workerName ?? t('visitCompliance.noWorker')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        ))
      )}
    </section>
  );
}
