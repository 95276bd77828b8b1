import type { ComponentProps } from 'react';
import { isApiError } from '../../../api/client';
import { knownProblemDetail } from '../../../api/problem-text';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n/I18nProvider';

/**
 * A failed save in the workspace. A 409 says that someone else changed this record meanwhile and
 * offers the reload (the shared conflict alert speaks of a report); anything else is the usual alert.
 */
export function WorkspaceProblem({ error, onReload, ...rest }: ComponentProps<typeof ProblemAlert> & { onReload: () => void }) {
  const words = useI18n();
  const { t } = words;
  if (isApiError(error) && error.code === 'conflict') {
    return (
      <div className="usa-alert usa-alert--warning margin-bottom-3" role="alert">
        <div className="usa-alert__body">
          <h2 className="usa-alert__heading">{t('inv.conflict.heading')}</h2>
          {/* A stale version reads the same everywhere; any other conflict gives its reason, in the reader's language when known. */}
          <p className="usa-alert__text">
            {!error.detail || error.reason === 'stale_version' ? t('inv.conflict.body') : (knownProblemDetail(error, words) ?? error.detail)}
          </p>
          <p className="usa-alert__text">{t('inv.conflict.note')}</p>
          <button type="button" className="usa-button margin-top-1" onClick={onReload}>
            {t('inv.conflict.reload')}
          </button>
        </div>
      </div>
    );
  }
  return <ProblemAlert error={error} {...rest} />;
}
