import { Link } from '@tanstack/react-router';
import type { ComplianceFilters, VisitCompliance } from '../../api/visits';
import { useI18n } from '../../i18n/I18nProvider';
import { ShareCell } from './ComplianceMonthTable';

type Row = { key: string; name: string; totals: VisitCompliance['totals']; unitId?: string };

/** The period's totals per unit (each a link to that unit's own view) or per worker. */
export function ComplianceBreakdown({ report, by, filters }: { report: VisitCompliance; by: 'units' | 'workers'; filters: ComplianceFilters }) {
  const { t } = useI18n();
  const rows: Row[] =
    by === 'units'
      ? report.units.map((u) => ({ key: u.unitId, name: u.name, totals: u.totals, unitId: u.unitId }))
      : report.workers.map((w) => ({ key: w.userId ?? 'unassigned', name: w.userId ? w.name : t('visitCompliance.noWorker'), totals: w.totals }));
  if (rows.length === 0) return null;
  const caption = t(by === 'units' ? 'visitCompliance.byUnit' : 'visitCompliance.byWorker');
  return (
    <table className="usa-table usa-table--borderless usa-table--stacked-header width-full margin-top-3">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t(by === 'units' ? 'visitCompliance.unit' : 'visitCompliance.worker')}</th>
          <th scope="col">{t('visitCompliance.children')}</th>
          <th scope="col">{t('visitCompliance.measure.monthlyVisits')}</th>
          <th scope="col">{t('visitCompliance.measure.visitsInResidence')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row" data-label={t(by === 'units' ? 'visitCompliance.unit' : 'visitCompliance.worker')}>
              {row.unitId && row.unitId !== report.unit.id ? (
                <Link to="/visit-compliance" search={{ ...filters, unit: row.unitId }}>
                  {row.name}
                </Link>
              ) : (
                row.name
              )}
            </th>
            <td data-label={t('visitCompliance.children')}>{row.totals.children}</td>
            <td data-label={t('visitCompliance.measure.monthlyVisits')}>
              <ShareCell share={row.totals.monthlyVisits} standard={report.standards.monthlyVisits} measure="monthlyVisits" />
            </td>
            <td data-label={t('visitCompliance.measure.visitsInResidence')}>
              <ShareCell share={row.totals.visitsInResidence} standard={report.standards.visitsInResidence} measure="visitsInResidence" />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
