import { removeParticipant } from '../../../api/endpoints';
import type { Report } from '../../../api/types';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { useReportMutation } from '../use-report-mutation';

/** Who is on the report so far, with their role, and a way to take someone off. */
export function ParticipantTable({ report, onReload }: { report: Report; onReload: () => void }) {
  const { t, tc, describeAge } = useI18n();
  const remove = useReportMutation((participantId: string) => removeParticipant(report.id, report.version, participantId));

  return (
    <section aria-labelledby="participants-heading">
      <h3 id="participants-heading">{t('people.heading')}</h3>
      <ProblemAlert error={remove.error} onReload={onReload} />
      {report.participants.length === 0 ? (
        <p>{t('people.none')}</p>
      ) : (
        <table className="usa-table usa-table--borderless usa-table--stacked-header width-full">
          <caption className="usa-sr-only">{t('people.heading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('field.name')}</th>
              <th scope="col">{t('field.role')}</th>
              <th scope="col">{t('field.age')}</th>
              <th scope="col">{t('field.livesInHousehold')}</th>
              <th scope="col">
                <span className="usa-sr-only">{t('field.action')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {report.participants.map((participant) => {
              const name = `${participant.person.firstName} ${participant.person.lastName}`;
              return (
                <tr key={participant.id}>
                  <td data-label={t('field.name')}>{name}</td>
                  <td data-label={t('field.role')}>
                    {tc('participantRole', participant.role)}
                    {participant.parentType && ` (${tc('parentType', participant.parentType)})`}
                  </td>
                  <td data-label={t('field.age')}>{describeAge(participant.person)}</td>
                  <td data-label={t('field.livesInHousehold')}>{participant.livesInHousehold ? t('common.yes') : t('common.no')}</td>
                  <td data-label={t('field.action')}>
                    <button
                      type="button"
                      className="usa-button usa-button--unstyled"
                      disabled={remove.busy}
                      aria-label={`${t('common.remove')}: ${name}`}
                      onClick={() => remove.run(participant.id)}
                    >
                      {t('common.remove')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
