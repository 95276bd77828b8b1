import { removeRelationship } from '../../../api/endpoints';
import type { Report } from '../../../api/types';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { participantNames } from '../allegations/participant-names';
import { useReportMutation } from '../use-report-mutation';
import { relationshipSentence } from './relationship-words';

/**
 * Relationships recorded among the people on the report, in plain words, each with a Remove
 * button whose name says which one ("Remove relationship: Rachel Smyth is parent of Jon Smyth").
 */
export function RelationshipTable({ report, onReload }: { report: Report; onReload: () => void }) {
  const words = useI18n();
  const { t } = words;
  const names = participantNames(report);
  const remove = useReportMutation((relationshipId: string) => removeRelationship(report.id, report.version, relationshipId));

  return (
    <>
      <ProblemAlert error={remove.error} onReload={onReload} />
      {report.relationships.length === 0 ? (
        <p>{t('relationships.none')}</p>
      ) : (
        <table className="usa-table usa-table--borderless usa-table--stacked-header width-full">
          <caption className="usa-sr-only">{t('relationships.heading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('relationships.kind')}</th>
              <th scope="col">
                <span className="usa-sr-only">{t('field.action')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {report.relationships.map((relationship) => {
              const sentence = relationshipSentence(relationship, names, words);
              return (
                <tr key={relationship.id}>
                  <th scope="row" data-label={t('relationships.kind')}>
                    {sentence}
                  </th>
                  <td data-label={t('field.action')}>
                    <button type="button" className="usa-button usa-button--unstyled" disabled={remove.busy} onClick={() => remove.run(relationship.id)}>
                      {t('common.remove')}
                      <span className="usa-sr-only"> {t('relationships.removeName', { sentence })}</span>
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}
