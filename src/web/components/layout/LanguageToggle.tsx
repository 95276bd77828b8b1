import { useI18n } from '../../i18n/I18nProvider';

/** Switches between English and Spanish; the button is labelled in the language it switches to. */
export function LanguageToggle({ className }: { className?: string }) {
  const { language, setLanguage, t } = useI18n();
  const other = language === 'en' ? 'es' : 'en';
  return (
    <button type="button" lang={other} className={`usa-button usa-button--unstyled ${className ?? ''}`} onClick={() => setLanguage(other)}>
      {t('app.otherLanguage')}
    </button>
  );
}
