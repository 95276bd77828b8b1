import { removeRelationship } from '../../../api/endpoints';
import type { Report } from '../../../api/types';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { RemoveCell, StackedTable } from '../../../components/StackedTable';
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
        <StackedTable caption={t('relationships.heading')} columns={[t('relationships.kind')]}>
          {report.relationships.map((relationship) => {
            const sentence = relationshipSentence(relationship, names, words);
            return (
              <tr key={relationship.id}>
                <th scope="row" data-label={t('relationships.kind')}>
                  {sentence}
                </th>
                <RemoveCell
                  accessibleName={`${t('common.remove')} ${t('relationships.removeName', { sentence })}`}
                  busy={remove.busy}
                  onRemove={() => remove.run(relationship.id)}
                />
              </tr>
            );
          })}
        </StackedTable>
      )}
    </>
  );
}
