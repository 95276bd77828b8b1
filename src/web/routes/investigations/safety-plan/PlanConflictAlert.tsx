import { isApiError } from '../../../api/client';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n/I18nProvider';

/**
 * A failed write on a safety plan. A 409 means the plan changed under the worker (someone saved,
 * submitted or approved it): say so in the plan's words and offer the reload — never overwrite.
 * Anything else is shown as usual.
 */
export function PlanProblemAlert({ error, onReload }: { error: unknown; onReload: () => void }) {
  const { t } = useI18n();
  if (!(isApiError(error) && error.code === 'conflict')) return <ProblemAlert error={error} />;
  return (
    <div className="usa-alert usa-alert--warning margin-bottom-3" role="alert">
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading">{t('plans.conflict.heading')}</h2>
        <p className="usa-alert__text">{t('plans.conflict.body')}</p>
        <button type="button" className="usa-button margin-top-1" onClick={onReload}>
          {t('plans.conflict.reload')}
        </button>
      </div>
    </div>
  );
}
