import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { approvalsQuery, myWorkQuery } from '../../api/queries';
import { Page } from '../../components/Page';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { areaRoles, hasAnyRole, useMe } from '../../session/session';
import { MyCasesSection } from './MyCasesTable';
import { MyInvestigationsTable } from './MyInvestigationsTable';
import { MyReportsTable } from './MyReportsTable';
import { MyTasksSection } from './MyTasksSection';
import { RemindersList } from './RemindersList';

/** The worker's landing page: tasks and reminders from the practice profile, reports in progress and investigations by urgency. */
export function MyWorkPage() {
  const { t } = useI18n();
  const me = useMe();
  const work = useQuery(myWorkQuery);
  const isScreener = hasAnyRole(me, areaRoles.intake);

  return (
    <Page title={t('myWork.title')}>
      {hasAnyRole(me, areaRoles.approvals) && <ApprovalsSummary />}
      {isScreener && (
        <p>
          <Link to="/intake/new" className="usa-button">
            {t('myWork.startReport')}
          </Link>
        </p>
      )}
      <MyTasksSection />
      <RemindersList />
      <QueryState query={work}>
        {(data) => (
          <>
            <MyReportsTable reports={data.reports} />
            <MyInvestigationsTable investigations={data.investigations} />
            {hasAnyRole(me, ['caseworker']) && <MyCasesSection cases={data.cases} />}
          </>
        )}
      </QueryState>
    </Page>
  );
}

function ApprovalsSummary() {
  const { t, tp } = useI18n();
  const approvals = useQuery(approvalsQuery);
  const count = approvals.data?.items.length;
  return (
    <section className="usa-summary-box margin-bottom-3" aria-labelledby="approvals-summary-heading">
      <div className="usa-summary-box__body">
        <h2 className="usa-summary-box__heading" id="approvals-summary-heading">
          {t('myWork.approvalsHeading')}
        </h2>
        <div className="usa-summary-box__text">
          {count !== undefined && <p>{tp('myWork.requestsWaiting', count)}</p>}
          <Link to="/approvals" className="usa-summary-box__link">
            {t('myWork.openApprovals')}
          </Link>
        </div>
      </div>
    </section>
  );
}
