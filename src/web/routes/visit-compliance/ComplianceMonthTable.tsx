import type { ComplianceMonth, VisitCompliance } from '../../api/visits';
import { useI18n } from '../../i18n/I18nProvider';
import { meetsStandard, percent } from './compliance-model';

type Share = ComplianceMonth['monthlyVisits'];

/** "18 of 19 (94.7%) — below the standard", in words, never by colour alone. */
export function ShareCell({ share, standard, measure }: { share: Share; standard: number; measure: 'monthlyVisits' | 'visitsInResidence' }) {
  const { t } = useI18n();
  const value = percent(share);
  if (value === null) return <>{t('visitCompliance.nothingCounted')}</>;
  const met = meetsStandard(share, standard, measure);
  return (
    <>
      {t('visitCompliance.share', { count: share.count, of: share.of, percent: value })}
      <span className="display-block text-bold">{t(met ? 'visitCompliance.meets' : 'visitCompliance.below')}</span>
    </>
  );
}

/** The chart's table alternative: each month's two measures, then the period's total. */
export function ComplianceMonthTable({ report, caption, monthLabel }: { report: VisitCompliance; caption: string; monthLabel: (month: string) => string }) {
  const { t } = useI18n();
  const { standards } = report;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex lint/a11y/useSemanticElements: a scrolling table must take keyboard focus to be scrolled (WCAG 2.1.1); USWDS's scroll container is a labelled region
    <div className="usa-table-container--scrollable" tabIndex={0} role="region" aria-label={caption}>
      <table className="usa-table usa-table--borderless">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('visitCompliance.month')}</th>
            <th scope="col">{t('visitCompliance.children')}</th>
            <th scope="col">{t('visitCompliance.measure.monthlyVisits')}</th>
            <th scope="col">{t('visitCompliance.measure.visitsInResidence')}</th>
          </tr>
        </thead>
        <tbody>
          {report.byMonth.map((m) => (
            <tr key={m.month}>
              <th scope="row">{monthLabel(m.month)}</th>
              <td>{m.children}</td>
              <td>
                <ShareCell share={m.monthlyVisits} standard={standards.monthlyVisits} measure="monthlyVisits" />
              </td>
              <td>
                <ShareCell share={m.visitsInResidence} standard={standards.visitsInResidence} measure="visitsInResidence" />
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('visitCompliance.total')}</th>
            <td>{report.totals.children}</td>
            <td>
              <ShareCell share={report.totals.monthlyVisits} standard={standards.monthlyVisits} measure="monthlyVisits" />
            </td>
            <td>
              <ShareCell share={report.totals.visitsInResidence} standard={standards.visitsInResidence} measure="visitsInResidence" />
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
