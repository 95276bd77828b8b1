import { useQuery } from '@tanstack/react-query';
import { personHistoryQuery } from '../../../api/person-record';
import { QueryState } from '../../../components/QueryState';
import { useI18n } from '../../../i18n/I18nProvider';
import { fieldKeys } from './person-field-keys';

/** PLAT-4: each earlier version — when, by whom, which fields the next edit changed. */
export function PersonHistory({ personId }: { personId: string }) {
  const { t, formatMoment } = useI18n();
  const query = useQuery(personHistoryQuery(personId));
  return (
    <section aria-labelledby="person-history-heading" className="margin-top-4">
      <h2 id="person-history-heading">{t('personRecord.historyHeading')}</h2>
      <QueryState query={query}>
        {(history) =>
          history.items.length === 0 ? (
            <p>{t('personRecord.noHistory')}</p>
          ) : (
            <table className="usa-table usa-table--borderless usa-table--stacked-header width-full" aria-labelledby="person-history-heading">
              <thead>
                <tr>
                  <th scope="col">{t('personRecord.historyVersion')}</th>
                  <th scope="col">{t('personRecord.historyWhen')}</th>
                  <th scope="col">{t('personRecord.historyWho')}</th>
                  <th scope="col">{t('personRecord.historyWhat')}</th>
                </tr>
              </thead>
              <tbody>
                {history.items.map((v) => (
                  <tr key={v.version}>
                    <th scope="row" data-label={t('personRecord.historyVersion')}>
                      {t('personRecord.versionToNext', { version: v.version, next: v.version + 1 })}
                    </th>
                    <td data-label={t('personRecord.historyWhen')}>{formatMoment(String(v.changedAt))}</td>
                    <td data-label={t('personRecord.historyWho')}>{v.changedByName}</td>
                    <td data-label={t('personRecord.historyWhat')}>{v.changedFields.map((f) => (fieldKeys[f] ? t(fieldKeys[f]) : f)).join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryState>
    </section>
  );
}
