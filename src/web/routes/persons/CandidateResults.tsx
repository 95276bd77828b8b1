import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { PersonMatch } from '../../api/types';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { PersonMatchList } from './PersonMatchList';

/**
 * The possible matches for a search, each with the caller's actions, then "create new person" —
 * offered only after the search, so the family already known is found first (INT-2). Shared by
 * intake and the investigation's "someone found in the home".
 */
export function CandidateResults({
  results,
  renderActions,
  onCreate,
}: {
  results: UseQueryResult<{ results: PersonMatch[] }>;
  renderActions: (match: PersonMatch) => ReactNode;
  onCreate: () => void;
}) {
  const { t, tp } = useI18n();
  return (
    <div className="margin-top-3">
      <h4>{t('people.candidatesHeading')}</h4>
      <QueryState query={results}>
        {(data) => (
          <>
            <p role="status">{data.results.length === 0 ? t('persons.noResults') : tp('persons.resultCount', data.results.length)}</p>
            <PersonMatchList matches={data.results} headingLevel={5} renderActions={renderActions} />
          </>
        )}
      </QueryState>
      <p>{t('people.noneFit')}</p>
      <button type="button" className="usa-button usa-button--outline" onClick={onCreate}>
        {t('people.createNew')}
      </button>
    </div>
  );
}
