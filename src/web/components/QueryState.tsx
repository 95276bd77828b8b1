import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { isApiError } from '../api/client';
import { problemDetail, problemTitle } from '../api/problem-text';
import { useI18n } from '../i18n/I18nProvider';

/** Loading, not-found and failure states for a query, so each page only renders its data. */
export function QueryState<T>({ query, children }: { query: UseQueryResult<T>; children: (data: T) => ReactNode }) {
  const words = useI18n();
  const { t } = words;
  if (query.data !== undefined) return <>{children(query.data)}</>;
  if (query.isPending) {
    return (
      <p role="status" className="usa-hint">
        {t('app.loading')}
      </p>
    );
  }
  const notFound = isApiError(query.error) && query.error.status === 404;
  return (
    <div className={`usa-alert ${notFound ? 'usa-alert--info' : 'usa-alert--error'}`} role="alert">
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading">{notFound ? t('common.notFoundHeading') : problemTitle(query.error, words)}</h2>
        <p className="usa-alert__text">{notFound ? t('common.notFoundBody') : problemDetail(query.error, words)}</p>
        {!notFound && (
          <button type="button" className="usa-button margin-top-1" onClick={() => void query.refetch()}>
            {t('common.tryAgain')}
          </button>
        )}
      </div>
    </div>
  );
}
