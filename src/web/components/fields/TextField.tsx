import type { ComponentPropsWithRef, ReactNode } from 'react';
import { cx } from '../../lib/cx';
import { describedBy } from './field-ids';
import { FieldShell } from './FieldShell';

export type TextFieldProps = Omit<ComponentPropsWithRef<'input'>, 'id'> & {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** USWDS width modifier such as `usa-input--md`. */
  width?: string;
};

/** A labelled text-like input (text, email, tel, date, number, password, datetime-local). */
export function TextField({ id, label, hint, error, required, width, className, type = 'text', ...input }: TextFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} required={required}>
      <input
        {...input}
        id={id}
        type={type}
        required={required}
        className={cx('usa-input', width, error && 'usa-input--error', className)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
    </FieldShell>
  );
}
