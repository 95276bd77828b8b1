import { removeAllegation } from '../../../api/endpoints';
import type { Report } from '../../../api/types';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { RemoveCell, StackedTable } from '../../../components/StackedTable';
import { useI18n } from '../../../i18n/I18nProvider';
import { useReportMutation } from '../use-report-mutation';
import { participantNames } from './participant-names';

/** Allegations recorded so far: who, by whom, what kind, with a way to remove one. */
export function AllegationTable({ report, onReload }: { report: Report; onReload: () => void }) {
  const { t, tc } = useI18n();
  const names = participantNames(report);
  const remove = useReportMutation((allegationId: string) => removeAllegation(report.id, report.version, allegationId));

  return (
    <section aria-labelledby="allegations-heading">
      <h3 id="allegations-heading">{t('allegations.heading')}</h3>
      <ProblemAlert error={remove.error} onReload={onReload} />
      {report.allegations.length === 0 ? (
        <p>{t('allegations.none')}</p>
      ) : (
        <StackedTable
          caption={t('allegations.heading')}
          columns={[t('field.allegedVictim'), t('field.allegedPerpetrator'), t('field.maltreatmentType'), t('field.description')]}
        >
          {report.allegations.map((allegation, index) => {
            const victim = names.get(allegation.victimPersonId) ?? t('common.unknown');
            const perpetrator = allegation.perpetratorPersonId
              ? (names.get(allegation.perpetratorPersonId) ?? t('common.unknown'))
              : t('allegations.perpetratorUnknown');
            return (
              <tr key={allegation.id}>
                <th scope="row" data-label={t('field.allegedVictim')}>
                  {victim}
                </th>
                <td data-label={t('field.allegedPerpetrator')}>{perpetrator}</td>
                <td data-label={t('field.maltreatmentType')}>{tc('maltreatmentType', allegation.maltreatmentType)}</td>
                <td data-label={t('field.description')}>{allegation.description || t('common.noValue')}</td>
                <RemoveCell
                  accessibleName={`${t('common.remove')}: ${t('allegations.itemName', { n: index + 1 })}`}
                  busy={remove.busy}
                  onRemove={() => remove.run(allegation.id)}
                />
              </tr>
            );
          })}
        </StackedTable>
      )}
    </section>
  );
}
