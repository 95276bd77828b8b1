import { removeAllegation } from '../../../api/endpoints';
import type { Report } from '../../../api/types';
import { ProblemAlert } from '../../../components/ProblemAlert';
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
        <table className="usa-table usa-table--borderless usa-table--stacked-header width-full">
          <caption className="usa-sr-only">{t('allegations.heading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('field.allegedVictim')}</th>
              <th scope="col">{t('field.allegedPerpetrator')}</th>
              <th scope="col">{t('field.maltreatmentType')}</th>
              <th scope="col">{t('field.description')}</th>
              <th scope="col">
                <span className="usa-sr-only">{t('field.action')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {report.allegations.map((allegation, index) => {
              const victim = names.get(allegation.victimPersonId) ?? t('common.unknown');
              const perpetrator = allegation.perpetratorPersonId ? (names.get(allegation.perpetratorPersonId) ?? t('common.unknown')) : t('allegations.perpetratorUnknown');
              const type = tc('maltreatmentType', allegation.maltreatmentType);
              return (
                <tr key={allegation.id}>
                  <th scope="row" data-label={t('field.allegedVictim')}>
                    {victim}
                  </th>
                  <td data-label={t('field.allegedPerpetrator')}>{perpetrator}</td>
                  <td data-label={t('field.maltreatmentType')}>{type}</td>
                  <td data-label={t('field.description')}>{allegation.description || t('common.noValue')}</td>
                  <td data-label={t('field.action')}>
                    <button
                      type="button"
                      className="usa-button usa-button--unstyled"
                      disabled={remove.busy}
                      aria-label={`${t('common.remove')}: ${t('allegations.itemName', { n: index + 1 })}`}
                      onClick={() => remove.run(allegation.id)}
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
