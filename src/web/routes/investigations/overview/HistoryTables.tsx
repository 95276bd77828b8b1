import { Link } from '@tanstack/react-router';
import type { Investigation } from '../../../api/types';
import { useI18n } from '../../../i18n/I18nProvider';

/** The allegations as the hotline took them: who, by whom, and what kind of maltreatment. */
export function AllegationsTable({ allegations }: { allegations: Investigation['allegations'] }) {
  const { t, tc } = useI18n();
  return (
    <section aria-labelledby="investigation-allegations-heading">
      <h3 id="investigation-allegations-heading">{t('investigation.allegationsHeading')}</h3>
      <table className="usa-table usa-table--borderless usa-table--stacked-header width-full">
        <caption className="usa-sr-only">{t('investigation.allegationsHeading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('field.allegedVictim')}</th>
            <th scope="col">{t('field.allegedPerpetrator')}</th>
            <th scope="col">{t('field.maltreatmentType')}</th>
          </tr>
        </thead>
        <tbody>
          {allegations.map((allegation, index) => (
            <tr key={allegation.id ?? `${allegation.victimName}-${index}`}>
              <th scope="row" data-label={t('field.allegedVictim')}>
                {allegation.victimName}
              </th>
              <td data-label={t('field.allegedPerpetrator')}>{allegation.perpetratorName ?? t('allegations.perpetratorUnknown')}</td>
              <td data-label={t('field.maltreatmentType')}>{tc('maltreatmentType', allegation.maltreatmentType)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Earlier reports about anyone in this family, newest first, so a pattern is seen early. */
export function PriorHistoryTable({ history }: { history: Investigation['priorHistory'] }) {
  const { t, tc, formatMoment } = useI18n();
  return (
    <section aria-labelledby="investigation-history-heading">
      <h3 id="investigation-history-heading">{t('inv.history.heading')}</h3>
      {history.length === 0 ? (
        <p>{t('inv.history.none')}</p>
      ) : (
        <table className="usa-table usa-table--borderless usa-table--stacked-header width-full">
          <caption className="usa-sr-only">{t('inv.history.heading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('field.reportNumber')}</th>
              <th scope="col">{t('field.receivedAt')}</th>
              <th scope="col">{t('field.decision')}</th>
              <th scope="col">{t('inv.history.people')}</th>
            </tr>
          </thead>
          <tbody>
            {history.map((entry) => (
              <tr key={entry.reportId}>
                <th scope="row" data-label={t('field.reportNumber')}>
                  {/* Another office's report is listed for its history; opening it still needs access. */}
                  {entry.abilities.open ? (
                    <Link to="/reports/$reportId" params={{ reportId: entry.reportId }}>
                      {entry.reportNumber}
                    </Link>
                  ) : (
                    entry.reportNumber
                  )}
                </th>
                <td data-label={t('field.receivedAt')}>{formatMoment(entry.receivedAt)}</td>
                <td data-label={t('field.decision')}>{entry.decision ? tc('decision', entry.decision) : tc('reportStatus', entry.status)}</td>
                <td data-label={t('inv.history.people')}>{entry.personNames.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
