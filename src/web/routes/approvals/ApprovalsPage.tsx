import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { approvalsQuery } from '../../api/queries';
import { useResponsePriorityLabel } from '../../api/response-priority';
import type { ApprovalItem } from '../../api/types';
import { DueTime } from '../../components/DueTime';
import { Page } from '../../components/Page';
import { QueryState } from '../../components/QueryState';
import { RequireRole } from '../../components/RequireRole';
import { SubjectLink } from '../../components/SubjectLink';
import { SuccessAlert } from '../../components/SuccessAlert';
import { useI18n } from '../../i18n/I18nProvider';
import { areaRoles } from '../../session/session';
import { historyComment, historyLine, screeningSummaryOf, wasDelegated } from './approval-words';
import { ApprovalDecisionForm } from './ApprovalDecisionForm';
import { InstrumentRecommendationLine } from './InstrumentRecommendationLine';
import { investigationSummaryOf } from './approval-investigation';
import { InvestigationApprovalLines } from './InvestigationApprovalLines';

/**
 * SUP-3: every request waiting for the supervisor's decision. A screening decision opens the
 * report, where the supervisor reads it and approves or returns it; other kinds are decided here.
 */
export function ApprovalsPage() {
  return (
    <RequireRole roles={areaRoles.approvals}>
      <ApprovalQueue />
    </RequireRole>
  );
}

function ApprovalQueue() {
  const { t } = useI18n();
  const query = useQuery(approvalsQuery);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <Page title={t('approvals.title')}>
      <p className="usa-intro">{t('approvals.intro')}</p>
      <div role="status">{notice && <SuccessAlert>{notice}</SuccessAlert>}</div>
      <QueryState query={query}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{t('approvals.queueEmpty')}</p>
          ) : (
            <table className="usa-table usa-table--borderless usa-table--stacked-header width-full">
              <caption>{t('approvals.queueCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('field.kind')}</th>
                  <th scope="col">{t('field.about')}</th>
                  <th scope="col">{t('field.requested')}</th>
                  <th scope="col">{t('field.routedTo')}</th>
                  <th scope="col">{t('field.history')}</th>
                  <th scope="col">{t('approvals.decisionColumn')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <ApprovalRow key={item.id} item={item} onDecided={setNotice} />
                ))}
              </tbody>
            </table>
          )
        }
      </QueryState>
    </Page>
  );
}

function ApprovalRow({ item, onDecided }: { item: ApprovalItem; onDecided: (notice: string) => void }) {
  const words = useI18n();
  const { t, tc, formatMoment } = words;
  const priorityLabel = useResponsePriorityLabel();
  const screening = screeningSummaryOf(item);
  const investigation = investigationSummaryOf(item);
  const kind = tc('approvalKind', item.kind);
  const number = screening?.number ?? (typeof item.summary.number === 'string' ? item.summary.number : null);
  const about = number ? `${tc('subjectType', item.subjectType)} ${number}` : tc('subjectType', item.subjectType);

  return (
    <tr>
      <th scope="row" data-label={t('field.kind')}>
        {kind}
      </th>
      <td data-label={t('field.about')}>
        {screening ? (
          <>
            <Link to="/reports/$reportId" params={{ reportId: screening.reportId }}>
              {t('approvals.screeningAbout', { number: screening.number })}
            </Link>
            <span className="display-block">{t('approvals.childrenLine', { names: screening.childNames.join(', ') || t('common.noValue') })}</span>
            {screening.decision && <span className="display-block">{t('approvals.decisionLine', { decision: tc('decision', screening.decision) })}</span>}
            {screening.responsePriority && (
              <span className="display-block">{t('approvals.priorityLine', { priority: priorityLabel(screening.responsePriority) })}</span>
            )}
            {screening.responseDueAt && (
              <span className="display-block">
                {t('approvals.responseClock')} <DueTime dueAt={screening.responseDueAt} />
              </span>
            )}
            {screening.openInvestigations.length > 0 && (
              <span className="display-block margin-top-05">
                <span className="usa-tag bg-secondary-dark margin-right-1">{t('approvals.sameChildTag')}</span>
                {t('approvals.sameChildOpen', { numbers: screening.openInvestigations.map((i) => `${i.number} (${i.unitName})`).join(', ') })}
              </span>
            )}
            <InstrumentRecommendationLine summary={item.summary} priorityLabel={priorityLabel} />
          </>
        ) : investigation ? (
          <InvestigationApprovalLines summary={investigation} />
        ) : (
          <SubjectLink subjectType={item.subjectType} subjectId={item.subjectId}>
            {about}
          </SubjectLink>
        )}
      </td>
      <td data-label={t('field.requested')}>
        {formatMoment(item.requestedAt)}
        {item.requestedBy && <span className="display-block">{t('approvals.requestedBy', { name: item.requestedBy })}</span>}
      </td>
      <td data-label={t('field.routedTo')}>
        {item.routedTo ? (item.routedToMe ? t('approvals.you', { name: item.routedTo }) : item.routedTo) : t('approvals.notRouted')}
        {wasDelegated(item.history) && (
          <>
            {' '}
            <span className="usa-tag bg-primary">{t('approvals.delegatedTag')}</span>
          </>
        )}
      </td>
      <td data-label={t('field.history')}>
        <details className="hearth-details">
          <summary>
            {t('approvals.historySummary', { count: item.history.length })}
            <span className="usa-sr-only">
              : {kind}, {about}
            </span>
          </summary>
          <ol className="usa-list margin-top-0">
            {item.history.map((entry, index) => {
              const comment = historyComment(entry);
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: a read-only list that never reorders; the index only tells apart equal entries
                <li key={`${entry.action}-${entry.at}-${index}`}>
                  {historyLine(entry, words)}, <time dateTime={entry.at}>{formatMoment(entry.at)}</time>
                  {comment && <q className="display-block font-sans-2xs">{comment}</q>}
                </li>
              );
            })}
          </ol>
        </details>
      </td>
      <td data-label={t('approvals.decisionColumn')}>
        {screening ? (
          <Link to="/reports/$reportId" params={{ reportId: screening.reportId }} aria-label={`${t('approvals.reviewReport')}: ${screening.number}`}>
            {t('approvals.reviewReport')}
          </Link>
        ) : item.abilities.decide ? (
          <details className="hearth-details">
            <summary>
              {t('approvals.decide')}
              <span className="usa-sr-only">
                : {kind}, {about}
              </span>
            </summary>
            <ApprovalDecisionForm item={item} name={`${kind}, ${about}`} onDecided={onDecided} />
          </details>
        ) : (
          t('approvals.cannotDecide')
        )}
      </td>
    </tr>
  );
}
