import type { ReactNode } from 'react';
import { cx } from '../../lib/cx';
import { describedBy, errorId, hintId } from './field-ids';

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
      <HintAndError id={id} hint={hint} error={error} />
      {children}
    </div>
  );
}

export interface FieldsetShellProps {
  /** Base for the hint and error ids the fieldset is described by. */
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  fieldsetClassName?: string;
  children: ReactNode;
}

/** FieldShell for a group of controls: a fieldset whose legend, hint and error describe them all. */
export function FieldsetShell({ id, legend, hint, error, required, fieldsetClassName, children }: FieldsetShellProps) {
  return (
    <div className={cx('usa-form-group', error && 'usa-form-group--error')}>
      <fieldset className={cx('usa-fieldset', fieldsetClassName)} aria-describedby={describedBy(id, hint, error)}>
        <legend className={cx('usa-legend', error && 'usa-label--error')}>
          {legend}
          {required && <RequiredMark />}
        </legend>
        <HintAndError id={id} hint={hint} error={error} />
        {children}
      </fieldset>
    </div>
  );
}

function HintAndError({ id, hint, error }: { id: string; hint?: ReactNode; error?: string }) {
  return (
    <>
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
    </>
  );
}

export function RequiredMark() {
  return (
    <span className="usa-hint usa-hint--required" aria-hidden="true">
      {' *'}
    </span>
  );
}
