import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { investigationQuery } from '../../api/queries';
import { useResponsePriorityLabel } from '../../api/response-priority';
import type { Investigation } from '../../api/types';
import { DueTime } from '../../components/DueTime';
import { Page } from '../../components/Page';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { InvestigationClocks } from './InvestigationClocks';

/** What an investigator needs first: the response clock, the children, the allegations and the report. */
export function InvestigationPage({ investigationId }: { investigationId: string }) {
  const { t } = useI18n();
  const query = useQuery(investigationQuery(investigationId));
  return (
    <Page title={query.data ? t('investigation.title', { number: query.data.number }) : t('report.investigationHeading')}>
      <QueryState query={query}>{(investigation) => <InvestigationSummary investigation={investigation} />}</QueryState>
    </Page>
  );
}

function InvestigationSummary({ investigation }: { investigation: Investigation }) {
  const { t, tc, formatMoment, formatDate } = useI18n();
  const priorityLabel = useResponsePriorityLabel();
  return (
    <>
      <section aria-labelledby="investigation-summary-heading">
        <h2 id="investigation-summary-heading">{t('investigation.summaryHeading')}</h2>
        <dl className="hearth-summary">
          <dt>{t('field.responseDue')}</dt>
          <dd>
            <DueTime dueAt={investigation.responseDueAt} />
          </dd>
          <dt>{t('field.responsePriority')}</dt>
          <dd>{priorityLabel(investigation.responsePriority)}</dd>
          <dt>{t('field.track')}</dt>
          <dd>{tc('track', investigation.track)}</dd>
          <dt>{t('field.status')}</dt>
          <dd>{tc('investigationStatus', investigation.status)}</dd>
          <dt>{t('field.unit')}</dt>
          <dd>{investigation.orgUnitName}</dd>
          <dt>{t('field.investigator')}</dt>
          <dd>{investigation.investigatorName ?? t('investigation.unassigned')}</dd>
        </dl>
      </section>
      <InvestigationClocks investigationId={investigation.id} />
      <section aria-labelledby="investigation-children-heading">
        <h2 id="investigation-children-heading">{t('investigation.childrenHeading')}</h2>
        <table className="usa-table usa-table--borderless">
          <caption className="usa-sr-only">{t('investigation.childrenHeading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('field.name')}</th>
              <th scope="col">{t('field.dateOfBirth')}</th>
            </tr>
          </thead>
          <tbody>
            {investigation.children.map((child) => (
              <tr key={child.personId}>
                <th scope="row">
                  {child.firstName} {child.lastName}
                </th>
                <td>{formatDate(child.dateOfBirth)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="investigation-allegations-heading">
        <h2 id="investigation-allegations-heading">{t('investigation.allegationsHeading')}</h2>
        <table className="usa-table usa-table--borderless">
          <caption className="usa-sr-only">{t('investigation.allegationsHeading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('field.allegedVictim')}</th>
              <th scope="col">{t('field.allegedPerpetrator')}</th>
              <th scope="col">{t('field.maltreatmentType')}</th>
            </tr>
          </thead>
          <tbody>
            {investigation.allegations.map((allegation, index) => (
              <tr key={`${allegation.victimName}-${index}`}>
                <th scope="row">{allegation.victimName}</th>
                <td>{allegation.perpetratorName ?? t('allegations.perpetratorUnknown')}</td>
                <td>{tc('maltreatmentType', allegation.maltreatmentType)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="investigation-report-heading">
        <h2 id="investigation-report-heading">{t('investigation.reportHeading')}</h2>
        <dl className="hearth-summary">
          <dt>{t('field.reportNumber')}</dt>
          <dd>
            <Link to="/reports/$reportId" params={{ reportId: investigation.report.id }}>
              {investigation.report.number}
            </Link>
          </dd>
          <dt>{t('field.receivedAt')}</dt>
          <dd>{formatMoment(investigation.report.receivedAt)}</dd>
        </dl>
        <h3>{t('report.narrativeHeading')}</h3>
        <p className="hearth-narrative">{investigation.report.narrative.trim() || t('report.noNarrative')}</p>
      </section>
    </>
  );
}
