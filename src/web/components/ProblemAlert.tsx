import type { ReactNode } from 'react';
import { type FieldProblem, isApiError } from '../api/client';
import { problemDetail, problemItems, problemTitle } from '../api/problem-text';
import { useI18n } from '../i18n/I18nProvider';
import { ConflictAlert } from './ConflictAlert';

export interface ProblemAlertProps {
  error: unknown;
  /** Overrides the generic "Something went wrong" heading. */
  heading?: string;
  /** Offered on 409 conflict. */
  onReload?: () => void;
  /** What the 409 is about, in its words (ConflictAlert). */
  conflictSubject?: 'report' | 'record';
  /** Heading for a 422 `incomplete` answer, e.g. "This report is not ready to submit". */
  incompleteHeading?: string;
  /** Extra content per missing item, such as a link to the step that fixes it. */
  renderIncompleteLink?: (problem: FieldProblem) => ReactNode;
}

/**
 * Shows a failed request the way the user can act on it: reload, fix the list, or retry. The
 * headline, sentence and listed items are in the user's language (api/problem-text.ts).
 */
export function ProblemAlert({ error, heading: headingOverride, onReload, conflictSubject, incompleteHeading, renderIncompleteLink }: ProblemAlertProps) {
  const words = useI18n();
  if (!error) return null;
  if (isApiError(error) && error.code === 'conflict' && onReload) return <ConflictAlert onReload={onReload} subject={conflictSubject} />;

  const incomplete = isApiError(error) && error.code === 'incomplete';
  const listed = problemItems(error, words);
  const heading = listed.length > 0 && incomplete && incompleteHeading ? incompleteHeading : (headingOverride ?? problemTitle(error, words));
  return (
    <div className="usa-alert usa-alert--error margin-bottom-3" role="alert">
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading">{heading}</h2>
        {listed.length > 0 ? (
          <ul className="usa-list">
            {listed.map((problem, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a read-only list that never reorders; the index only tells apart equal entries
              <li key={`${problem.path}-${index}`}>
                {problem.text} {incomplete && renderIncompleteLink?.(problem)}
              </li>
            ))}
          </ul>
        ) : (
          <p className="usa-alert__text">{problemDetail(error, words)}</p>
        )}
      </div>
    </div>
  );
}
