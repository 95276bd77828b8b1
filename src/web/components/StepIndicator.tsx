import { useEffect, useRef } from 'react';
import { cx } from '../lib/cx';

export interface StepIndicatorProps {
  labels: string[];
  /** 1-based. */
  current: number;
  stepText: string;
  ofText: string;
  completeText: string;
  incompleteText: string;
}

/**
 * USWDS step indicator with counters. Its heading names the current step; focus moves to it when
 * the step changes so keyboard and screen-reader users start at the top of the new step.
 */
export function StepIndicator({ labels, current, stepText, ofText, completeText, incompleteText }: StepIndicatorProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const previous = useRef(current);

  useEffect(() => {
    if (previous.current !== current) heading.current?.focus();
    previous.current = current;
  }, [current]);

  return (
    <div className="usa-step-indicator usa-step-indicator--counters-sm margin-bottom-4">
      <ol className="usa-step-indicator__segments">
        {labels.map((label, index) => {
          const step = index + 1;
          const status = step < current ? 'complete' : step === current ? 'current' : 'incomplete';
          return (
            <li
              key={label}
              className={cx('usa-step-indicator__segment', status !== 'incomplete' && `usa-step-indicator__segment--${status}`)}
              aria-current={status === 'current' ? 'step' : undefined}
            >
              <span className="usa-step-indicator__segment-label">
                {label}
                {status !== 'current' && <span className="usa-sr-only"> {status === 'complete' ? completeText : incompleteText}</span>}
              </span>
            </li>
          );
        })}
      </ol>
      <div className="usa-step-indicator__header">
        <h2 className="usa-step-indicator__heading" ref={heading} tabIndex={-1}>
          <span className="usa-step-indicator__heading-counter">
            <span className="usa-sr-only">{stepText}</span>
            <span className="usa-step-indicator__current-step">{current}</span>{' '}
            <span className="usa-step-indicator__total-steps">
              {ofText} {labels.length}
            </span>{' '}
          </span>
          <span className="usa-step-indicator__heading-text">{labels[current - 1]}</span>
        </h2>
      </div>
    </div>
  );
}
