import { useQuery } from '@tanstack/react-query';
import { unitReportQuery, type UnitReportRange } from '../../api/unit-report';
import { Page } from '../../components/Page';
import { QueryState } from '../../components/QueryState';
import { RequireRole } from '../../components/RequireRole';
import { useI18n } from '../../i18n/I18nProvider';
import { areaRoles } from '../../session/session';
import { rangeProblem } from './unit-report-model';
import { UnitInvestigationsTable } from './UnitInvestigationsTable';
import { UnitMeasuresTable } from './UnitMeasuresTable';
import { UnitReportRangeForm } from './UnitReportRangeForm';

/**
 * SUP-1: how a supervisor's units are doing — responses in time, assessments completed on time,
 * safety plans in force and due for review, per unit and per investigator — and every
 * investigation's clocks, overdue ones first and named as overdue.
 */
export function UnitReportPage({ range }: { range: UnitReportRange }) {
  const { t } = useI18n();
  return (
    <RequireRole roles={areaRoles.team}>
      <Page title={t('unitReport.title')}>
        <p className="usa-intro">{t('unitReport.intro')}</p>
        <UnitReportRangeForm range={range} />
        {rangeProblem(range) ? null : <UnitReport range={range} />}
      </Page>
    </RequireRole>
  );
}

function UnitReport({ range }: { range: UnitReportRange }) {
  const { t, formatDate } = useI18n();
  const report = useQuery(unitReportQuery(range));
  const period =
    range.from && range.to
      ? t('unitReport.periodBetween', { from: formatDate(range.from), to: formatDate(range.to) })
      : range.from
        ? t('unitReport.periodFrom', { from: formatDate(range.from) })
        : range.to
          ? t('unitReport.periodTo', { to: formatDate(range.to) })
          : t('unitReport.periodAll');
  return (
    <QueryState query={report}>
      {(data) => (
        <>
          <p role="status">{period}</p>
          {data.units.length === 0 ? <p>{t('unitReport.noUnits')}</p> : data.units.map((unit) => <UnitMeasuresTable key={unit.unitId} unit={unit} />)}
          <UnitInvestigationsTable investigations={data.investigations} />
        </>
      )}
    </QueryState>
  );
}
