import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { personSearchQuery } from '../../api/queries';
import { Page } from '../../components/Page';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import type { PersonSearchCriteria } from '../search-params';
import { PersonMatchList } from './PersonMatchList';
import { PersonSearchForm } from './PersonSearchForm';

/** Person search; the criteria live in the URL so back, refresh and shared links keep the results. */
export function PersonSearchPage({ criteria }: { criteria: PersonSearchCriteria }) {
  const { t, tp } = useI18n();
  const navigate = useNavigate();
  const lastName = criteria.lastName;
  const results = useQuery({ ...personSearchQuery({ ...criteria, lastName: lastName ?? '' }), enabled: Boolean(lastName) });

  return (
    <Page title={t('persons.title')}>
      <p className="usa-intro">{t('persons.intro')}</p>
      <PersonSearchForm
        form="person-search"
        initial={criteria}
        busy={results.isFetching}
        onSearch={(params) => void navigate({ to: '/persons/search', search: params })}
      />
      {lastName && (
        <section aria-labelledby="person-results-heading" className="margin-top-4">
          <h2 id="person-results-heading">{t('persons.resultsHeading')}</h2>
          <QueryState query={results}>
            {(data) =>
              data.results.length === 0 ? (
                <p role="status">{t('persons.noResults')}</p>
              ) : (
                <>
                  <p role="status">{tp('persons.resultCount', data.results.length)}</p>
                  <PersonMatchList matches={data.results} />
                </>
              )
            }
          </QueryState>
        </section>
      )}
    </Page>
  );
}
