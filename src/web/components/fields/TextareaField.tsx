import type { ComponentPropsWithRef, ReactNode } from 'react';
import { cx } from '../../lib/cx';
import { describedBy } from './field-ids';
import { FieldShell } from './FieldShell';

export type TextareaFieldProps = Omit<ComponentPropsWithRef<'textarea'>, 'id'> & {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** Taller box for long free text such as the narrative. */
  tall?: boolean;
};

export function TextareaField({ id, label, hint, error, required, tall, className, ...textarea }: TextareaFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} required={required}>
      <textarea
        {...textarea}
        id={id}
        required={required}
        className={cx('usa-textarea', tall && 'hearth-textarea--tall', error && 'usa-input--error', className)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
    </FieldShell>
  );
}
