import type { ComponentPropsWithRef, ReactNode } from 'react';
import { cx } from '../../lib/cx';
import { describedBy } from './field-ids';
import { FieldShell } from './FieldShell';

export interface SelectOption {
  value: string;
  label: string;
  /** Extra line under a radio or checkbox label (ignored by selects). */
  description?: string;
}

export type SelectFieldProps = Omit<ComponentPropsWithRef<'select'>, 'id' | 'children'> & {
  id: string;
  label: ReactNode;
  options: SelectOption[];
  /** Text of an empty first option; omit when a value is always chosen. */
  placeholder?: string;
  hint?: ReactNode;
  error?: string;
};

export function SelectField({ id, label, options, placeholder, hint, error, required, className, ...select }: SelectFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} required={required}>
      <select
        {...select}
        id={id}
        required={required}
        className={cx('usa-select', error && 'usa-input--error', className)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
