import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import type { PersonMatch } from '../../api/types';
import { StatusTag } from '../../components/StatusTag';
import { useI18n } from '../../i18n/I18nProvider';

export const personName = (person: { firstName: string; middleName?: string | null; lastName: string }) =>
  [person.firstName, person.middleName, person.lastName].filter(Boolean).join(' ');

/**
 * Ranked search results: why each person matched, other names they go by, and their history with
 * the agency, so the screener can recognise the family before adding or creating anyone.
 */
export function PersonMatchList({
  matches,
  headingLevel = 3,
  renderActions,
}: {
  matches: PersonMatch[];
  headingLevel?: 3 | 4 | 5;
  renderActions?: (match: PersonMatch) => ReactNode;
}) {
  const { t, tc, describeAge } = useI18n();
  const Heading = (['h3', 'h4', 'h5'] as const)[headingLevel - 3];
  return (
    <ol className="usa-list usa-list--unstyled">
      {matches.map((match) => {
        const name = personName(match);
        return (
          <li key={match.id} className="hearth-card">
            <Heading className="margin-top-0">{name}</Heading>
            <dl className="hearth-summary">
              <dt>{t('field.age')}</dt>
              <dd>{describeAge(match)}</dd>
              <dt>{t('field.sex')}</dt>
              <dd>{tc('sex', match.sex)}</dd>
            </dl>
            <p className="margin-y-1">
              {t('persons.matchedOn', { reasons: match.matchedOn.map((reason) => tc('matchReason', reason)).join(', ') || t('common.noValue') })}
              <span className="text-base-dark"> ({t('persons.matchScore', { score: match.score })})</span>
            </p>
            {match.aliases.length > 0 && (
              <p className="margin-y-1">
                {t('persons.aliases', {
                  names: match.aliases.map((alias) => `${alias.firstName} ${alias.lastName} (${tc('aliasKind', alias.kind)})`).join('; '),
                })}
              </p>
            )}
            {match.mergedRecords.length > 0 && (
              <p className="margin-y-1">{t('merge.alsoRecordedAs', { names: match.mergedRecords.map((m) => `${m.firstName} ${m.lastName}`).join('; ') })}</p>
            )}
            <PriorReports name={name} reports={match.priorReports} />
            {renderActions?.(match)}
          </li>
        );
      })}
    </ol>
  );
}

function PriorReports({ name, reports }: { name: string; reports: PersonMatch['priorReports'] }) {
  const { t, tc, formatMoment } = useI18n();
  if (reports.length === 0) return <p className="margin-y-1">{t('persons.noPriorReports')}</p>;
  return (
    <table className="usa-table usa-table--compact usa-table--borderless">
      <caption>{t('persons.priorReportsCaption', { name })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('field.reportNumber')}</th>
          <th scope="col">{t('field.receivedAt')}</th>
          <th scope="col">{t('field.status')}</th>
          <th scope="col">{t('field.decision')}</th>
          <th scope="col">{t('field.role')}</th>
        </tr>
      </thead>
      <tbody>
        {reports.map((report) => (
          <tr key={report.id}>
            <th scope="row">
              <Link to="/reports/$reportId" params={{ reportId: report.id }}>
                {report.number}
              </Link>
            </th>
            <td>{formatMoment(report.receivedAt)}</td>
            <td>
              <StatusTag status={report.status} />
            </td>
            <td>{report.decision ? tc('decision', report.decision) : t('common.noValue')}</td>
            <td>{tc('participantRole', report.role)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
