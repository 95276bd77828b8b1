import { useI18n } from '../i18n/I18nProvider';

/** 409: never overwrite silently; say what happened and offer the reload. */
export function ConflictAlert({ onReload }: { onReload: () => void }) {
  const { t } = useI18n();
  return (
    <div className="usa-alert usa-alert--warning margin-bottom-3" role="alert">
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading">{t('conflict.heading')}</h2>
        <p className="usa-alert__text">{t('conflict.body')}</p>
        <p className="usa-alert__text">{t('conflict.note')}</p>
        <button type="button" className="usa-button margin-top-1" onClick={onReload}>
          {t('conflict.reload')}
        </button>
      </div>
    </div>
  );
}
