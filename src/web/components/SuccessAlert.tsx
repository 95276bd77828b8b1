import type { ReactNode } from 'react';
import { cx } from '../lib/cx';

export interface SuccessAlertProps {
  children: ReactNode;
  /** Spacing below the alert. */
  className?: string;
  /** 'status' where the alert itself is the live region (it is not inside an always-present one). */
  role?: 'status';
}

/** A slim USWDS success alert: the one line confirming what the user just did. */
export function SuccessAlert({ children, className = 'margin-bottom-3', role }: SuccessAlertProps) {
  return (
    <div className={cx('usa-alert usa-alert--success usa-alert--slim', className)} role={role}>
      <div className="usa-alert__body">
        <p className="usa-alert__text">{children}</p>
      </div>
    </div>
  );
}
