import { removeParticipant } from '../../../api/endpoints';
import type { Report } from '../../../api/types';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { RemoveCell, StackedTable } from '../../../components/StackedTable';
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
        <StackedTable caption={t('people.heading')} columns={[t('field.name'), t('field.role'), t('field.age'), t('field.livesInHousehold')]}>
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
                <RemoveCell accessibleName={`${t('common.remove')}: ${name}`} busy={remove.busy} onRemove={() => remove.run(participant.id)} />
              </tr>
            );
          })}
        </StackedTable>
      )}
    </section>
  );
}
