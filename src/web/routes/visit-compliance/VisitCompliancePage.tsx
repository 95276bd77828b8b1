import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { type ComplianceFilters, type VisitCompliance, visitComplianceCsvUrl, visitComplianceQuery } from '../../api/visits';
import { Page } from '../../components/Page';
import { QueryState } from '../../components/QueryState';
import { RequireRole } from '../../components/RequireRole';
import { useI18n } from '../../i18n/I18nProvider';
import { todayInZone } from '../../lib/date-time';
import { areaRoles, useMe } from '../../session/session';
import { ComplianceBreakdown } from './ComplianceBreakdown';
import { ComplianceChart } from './ComplianceChart';
import { ComplianceFilterForm } from './ComplianceFilterForm';
import { ComplianceMonthTable } from './ComplianceMonthTable';
import { type ComplianceSearch, complianceFilters, monthLabel, rangeProblem } from './compliance-model';
import { MissedChildren } from './MissedChildren';

/**
 * VIS-4: the federal caseworker-visit measures for a unit, counted by calendar month — children in
 * care visited each full month, and visits held in the child's residence — per month, per unit and
 * per worker, with a chart and its table, the children missed, and a CSV download.
 */
export function VisitCompliancePage({ search }: { search: ComplianceSearch }) {
  const { t, timeZone } = useI18n();
  const me = useMe();
  const filters = me ? complianceFilters(search, me.orgUnit.id, todayInZone(timeZone)) : null;
  return (
    <RequireRole roles={areaRoles.visitCompliance}>
      <Page title={t('visitCompliance.title')}>
        <p className="usa-intro">{t('visitCompliance.intro')}</p>
        {filters && <ComplianceFilterForm key={JSON.stringify(filters)} filters={filters} />}
        {filters && !rangeProblem(search) && <Compliance filters={filters} />}
      </Page>
    </RequireRole>
  );
}

function Compliance({ filters }: { filters: ComplianceFilters }) {
  const query = useQuery(visitComplianceQuery(filters));
  return <QueryState query={query}>{(report) => <Report report={report} filters={filters} />}</QueryState>;
}

function Report({ report, filters }: { report: VisitCompliance; filters: ComplianceFilters }) {
  const { t, locale } = useI18n();
  const label = useCallback((month: string) => monthLabel(month, locale), [locale]);
  const measureLabels = useMemo(
    () => ({ monthlyVisits: t('visitCompliance.measure.monthlyVisits'), visitsInResidence: t('visitCompliance.measure.visitsInResidence') }),
    [t],
  );
  const first = report.months[0];
  const last = report.months[report.months.length - 1];
  const period = first && last ? t('visitCompliance.periodShown', { from: label(first), to: label(last) }) : '';
  return (
    <>
      <h2>{t('visitCompliance.reportHeading', { unit: report.unit.name, caseType: t(`visitCompliance.caseType.${report.caseType}`) })}</h2>
      <p role="status">{period}</p>
      <p>
        {t('visitCompliance.standards', {
          monthly: Math.round(report.standards.monthlyVisits * 100),
          residence: Math.round(report.standards.visitsInResidence * 100),
        })}
      </p>
      <p className="hearth-no-print">
        <a className="usa-button usa-button--outline" href={visitComplianceCsvUrl(filters)} download>
          {t('visitCompliance.download')}
        </a>
      </p>
      <ComplianceChart report={report} label={t('visitCompliance.chartLabel', { period })} measureLabels={measureLabels} monthLabel={label} />
      <ComplianceMonthTable report={report} caption={t('visitCompliance.tableCaption', { period })} monthLabel={label} />
      {report.units.length > 1 && <ComplianceBreakdown report={report} by="units" filters={filters} />}
      <ComplianceBreakdown report={report} by="workers" filters={filters} />
      <MissedChildren report={report} monthLabel={label} />
      {report.approximations.length > 0 && (
        <section aria-labelledby="approximations-heading" className="margin-top-4">
          <h2 id="approximations-heading">{t('visitCompliance.approximationsHeading')}</h2>
          <ul className="usa-list">
            {report.approximations.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
