import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { reportQuery } from '../../api/queries';
import { Page } from '../../components/Page';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import type { ReportNotice } from '../search-params';
import {
  AllegationsSection,
  DecisionSection,
  InvestigationSection,
  NarrativeSection,
  PeopleSection,
  RelationshipsSection,
  ReportDetails,
  ReporterSection,
  ReviewHistory,
} from './ReportSections';
import { ScreeningInstrumentSummary } from './ScreeningInstrumentSummary';
import { CrossReportsSection } from './cross-reports/CrossReportsSection';
import { DecisionAtTop } from './DecisionAtTop';
import { SupervisorDecision } from './SupervisorDecision';

/** The whole report for reading and, for the approving supervisor, deciding. */
export function ReportPage({ reportId, notice }: { reportId: string; notice?: ReportNotice }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const query = useQuery(reportQuery(reportId));
  const reload = () => void queryClient.refetchQueries({ queryKey: reportQuery(reportId).queryKey, exact: true });

  return (
    <Page title={query.data ? t('report.title', { number: query.data.number }) : t('field.report')}>
      {notice && (
        <div className="usa-alert usa-alert--success usa-alert--slim margin-bottom-3" role="status">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{t(`report.notice.${notice}`)}</p>
          </div>
        </div>
      )}
      <QueryState query={query}>
        {(report) => (
          <>
            {report.abilities.edit && (
              <p>
                <Link to="/intake/$reportId" params={{ reportId: report.id }} search={{ step: 1 }} className="usa-button">
                  {t('report.continueIntake')}
                </Link>
              </p>
            )}
            {report.abilities.decide && <DecisionAtTop report={report} />}
            <ReportDetails report={report} />
            <ReporterSection report={report} />
            <NarrativeSection report={report} />
            <PeopleSection report={report} />
            <RelationshipsSection report={report} />
            <AllegationsSection report={report} />
            <DecisionSection report={report} />
            <ScreeningInstrumentSummary report={report} />
            {report.investigation && <InvestigationSection investigation={report.investigation} />}
            {report.status !== 'draft' && <CrossReportsSection reportId={report.id} />}
            <ReviewHistory report={report} />
            {report.abilities.decide && <SupervisorDecision key={report.version} report={report} onReload={reload} />}
          </>
        )}
      </QueryState>
    </Page>
  );
}
