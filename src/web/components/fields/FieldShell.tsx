import type { ReactNode } from 'react';
import { cx } from '../../lib/cx';
import { errorId, hintId } from './field-ids';

export interface FieldShellProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  className?: string;
  children: ReactNode;
}

/**
 * USWDS form group: label, hint, error message, then the control. The asterisk is hidden from
 * assistive technology because the control itself carries `required`; that keeps the accessible
 * name exactly the label text.
 */
export function FieldShell({ id, label, hint, error, required, className, children }: FieldShellProps) {
  return (
    <div className={cx('usa-form-group', error && 'usa-form-group--error', className)}>
      <label className={cx('usa-label', error && 'usa-label--error')} htmlFor={id}>
        {label}
        {required && <RequiredMark />}
      </label>
      {hint && (
        <div className="usa-hint" id={hintId(id)}>
          {hint}
        </div>
      )}
      {error && (
        <span className="usa-error-message" id={errorId(id)}>
          {error}
        </span>
      )}
      {children}
    </div>
  );
}

export function RequiredMark() {
  return (
    <span className="usa-hint usa-hint--required" aria-hidden="true">
      {' *'}
    </span>
  );
}
