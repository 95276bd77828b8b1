import type { ComponentPropsWithoutRef } from 'react';
import { cx } from '../lib/cx';

export type BusyButtonProps = Omit<ComponentPropsWithoutRef<'button'>, 'children'> & {
  busy: boolean;
  label: string;
  busyLabel: string;
  /** Added to the accessible name ("Add to report: Jon Smyth") when the same button repeats per item. */
  srSuffix?: string;
  variant?: 'primary' | 'secondary' | 'outline' | 'unstyled';
};

/** A button that is disabled and says what it is doing while its request is in flight. */
export function BusyButton({ busy, label, busyLabel, srSuffix, variant = 'primary', className, disabled, type = 'submit', ...button }: BusyButtonProps) {
  return (
    <button
      {...button}
      type={type}
      disabled={busy || disabled}
      aria-busy={busy || undefined}
      aria-label={srSuffix && !busy ? `${label}: ${srSuffix}` : undefined}
      className={cx(
        'usa-button',
        variant === 'secondary' && 'usa-button--secondary',
        variant === 'outline' && 'usa-button--outline',
        variant === 'unstyled' && 'usa-button--unstyled',
        className,
      )}
    >
      {busy ? busyLabel : label}
    </button>
  );
}
