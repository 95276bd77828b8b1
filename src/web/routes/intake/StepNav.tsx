import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider';

/** Back on the left of the primary action, in the order keyboard users meet them. */
export function StepNav({ onBack, children }: { onBack?: () => void; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="hearth-actions">
      {onBack && (
        <button type="button" className="usa-button usa-button--outline" onClick={onBack}>
          {t('common.back')}
        </button>
      )}
      {children}
    </div>
  );
}
