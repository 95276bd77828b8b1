import { useI18n } from '../i18n/I18nProvider';

const words = {
  report: { heading: 'conflict.heading', body: 'conflict.body', note: 'conflict.note', reload: 'conflict.reload' },
  record: { heading: 'conflict.record.heading', body: 'conflict.record.body', note: 'conflict.record.note', reload: 'conflict.record.reload' },
} as const;

/**
 * 409: never overwrite silently; say what happened and offer the reload. `subject` names what was
 * changed: the intake's report, or any other record (a meeting, a person, an assessment).
 */
export function ConflictAlert({ onReload, subject = 'report' }: { onReload: () => void; subject?: keyof typeof words }) {
  const { t } = useI18n();
  const w = words[subject];
  return (
    <div className="usa-alert usa-alert--warning margin-bottom-3" role="alert">
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading">{t(w.heading)}</h2>
        <p className="usa-alert__text">{t(w.body)}</p>
        <p className="usa-alert__text">{t(w.note)}</p>
        <button type="button" className="usa-button margin-top-1" onClick={onReload}>
          {t(w.reload)}
        </button>
      </div>
    </div>
  );
}
