import { type ComponentPropsWithRef, type ReactNode, useEffect, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { cx } from '../../lib/cx';
import { characterCountStatus } from './character-count';
import { describedBy } from './field-ids';
import { FieldShell } from './FieldShell';

export type TextareaFieldProps = Omit<ComponentPropsWithRef<'textarea'>, 'id'> & {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** Taller box for long free text such as the narrative. */
  tall?: boolean;
  /**
   * Shows a USWDS character count towards this limit, for the current `characterCount`. Use it
   * instead of `maxLength`, which silently cuts pasted text at the limit.
   */
  characterLimit?: number;
  characterCount?: number;
};

export function TextareaField({ id, label, hint, error, required, tall, className, characterLimit, characterCount = 0, ...textarea }: TextareaFieldProps) {
  const counted = characterLimit !== undefined;
  const described = [describedBy(id, hint, error), counted ? `${id}-count-info` : null].filter(Boolean).join(' ') || undefined;
  const field = (
    <FieldShell id={id} label={label} hint={hint} error={error} required={required}>
      <textarea
        {...textarea}
        id={id}
        required={required}
        className={cx('usa-textarea', counted && 'usa-character-count__field', tall && 'hearth-textarea--tall', error && 'usa-input--error', className)}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
      />
      {counted && <CharacterCountStatus id={id} length={characterCount} max={characterLimit} />}
    </FieldShell>
  );
  return counted ? <div className="usa-character-count">{field}</div> : field;
}

/** USWDS markup: a visible status, and a quieter screen-reader status that waits for a pause in typing. */
function CharacterCountStatus({ id, length, max }: { id: string; length: number; max: number }) {
  const i18n = useI18n();
  const status = characterCountStatus(i18n, length, max);
  const [spoken, setSpoken] = useState(status.text);
  useEffect(() => {
    const timer = setTimeout(() => setSpoken(status.text), 1000);
    return () => clearTimeout(timer);
  }, [status.text]);
  return (
    <>
      <span id={`${id}-count-info`} className="usa-sr-only">
        {i18n.t('field.characterCount.info', { max: max.toLocaleString(i18n.locale) })}
      </span>
      <span className={cx('usa-hint usa-character-count__status', status.over && 'usa-character-count__status--invalid')} aria-hidden="true">
        {status.text}
      </span>
      <span className="usa-character-count__sr-status usa-sr-only" aria-live="polite">
        {spoken}
      </span>
    </>
  );
}
