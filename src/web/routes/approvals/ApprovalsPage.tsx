import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { approvalsQuery } from '../../api/queries';
import { Page } from '../../components/Page';
import { QueryState } from '../../components/QueryState';
import { RequireRole } from '../../components/RequireRole';
import { useI18n } from '../../i18n/I18nProvider';
import { areaRoles } from '../../session/session';

/** The supervisor's queue of submitted reports; each opens the report view to approve or return. */
export function ApprovalsPage() {
  return (
    <RequireRole roles={areaRoles.approvals}>
      <ApprovalQueue />
    </RequireRole>
  );
}

function ApprovalQueue() {
  const { t, tc, formatMoment } = useI18n();
  const query = useQuery(approvalsQuery);
  return (
    <Page title={t('approvals.title')}>
      <QueryState query={query}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{t('approvals.empty')}</p>
          ) : (
            <table className="usa-table usa-table--borderless usa-table--stacked-header width-full">
              <caption>{t('approvals.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('field.reportNumber')}</th>
                  <th scope="col">{t('field.submittedAt')}</th>
                  <th scope="col">{t('field.screener')}</th>
                  <th scope="col">{t('field.children')}</th>
                  <th scope="col">{t('field.decision')}</th>
                  <th scope="col">{t('field.responsePriority')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <tr key={item.reportId}>
                    <th scope="row" data-label={t('field.reportNumber')}>
                      <Link to="/reports/$reportId" params={{ reportId: item.reportId }}>
                        {item.number}
                      </Link>
                    </th>
                    <td data-label={t('field.submittedAt')}>{formatMoment(item.submittedAt)}</td>
                    <td data-label={t('field.screener')}>{item.screenerName}</td>
                    <td data-label={t('field.children')}>{item.childNames.join(', ') || t('common.noValue')}</td>
                    <td data-label={t('field.decision')}>{item.decision ? tc('decision', item.decision) : t('common.noValue')}</td>
                    <td data-label={t('field.responsePriority')}>{item.responsePriority ? tc('responsePriority', item.responsePriority) : t('common.noValue')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryState>
    </Page>
  );
}
