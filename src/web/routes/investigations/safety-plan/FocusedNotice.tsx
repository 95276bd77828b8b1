import { useEffect, useRef } from 'react';

/**
 * A one-line success notice that takes focus when it appears, so keyboard and screen-reader users
 * learn that the save worked and continue from there (WCAG 2.4.3, 4.1.3).
 */
export function FocusedNotice({ message }: { message: string | null }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message]);
  if (!message) return null;
  return (
    <div ref={ref} tabIndex={-1} role="status" className="usa-alert usa-alert--success usa-alert--slim margin-bottom-3">
      <div className="usa-alert__body">
        <p className="usa-alert__text">{message}</p>
      </div>
    </div>
  );
}
