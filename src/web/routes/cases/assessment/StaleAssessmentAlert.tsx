import { useI18n } from '../../../i18n/I18nProvider';

/** 409 stale_version: says the save was not made and that the worker's text is still in the form until they reload. */
export function StaleAssessmentAlert({ onReload }: { onReload: () => void }) {
  const { t } = useI18n();
  return (
    <div className="usa-alert usa-alert--warning margin-bottom-3" role="alert">
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading">{t('fca.conflict.heading')}</h2>
        <p className="usa-alert__text">{t('fca.conflict.body')}</p>
        <button type="button" className="usa-button margin-top-1" onClick={onReload}>
          {t('fca.conflict.reload')}
        </button>
      </div>
    </div>
  );
}
