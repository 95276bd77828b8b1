import type { ReactNode } from 'react';
import { type FieldProblem, isApiError } from '../api/client';
import { useI18n } from '../i18n/I18nProvider';
import { ConflictAlert } from './ConflictAlert';

export interface ProblemAlertProps {
  error: unknown;
  /** Overrides the generic "Something went wrong" heading. */
  heading?: string;
  /** Offered on 409 conflict. */
  onReload?: () => void;
  /** Heading for a 422 `incomplete` answer, e.g. "This report is not ready to submit". */
  incompleteHeading?: string;
  /** Extra content per missing item, such as a link to the step that fixes it. */
  renderIncompleteLink?: (problem: FieldProblem) => ReactNode;
}

/** Shows a failed request the way the user can act on it: reload, fix the list, or retry. */
export function ProblemAlert({ error, heading: headingOverride, onReload, incompleteHeading, renderIncompleteLink }: ProblemAlertProps) {
  const { t } = useI18n();
  if (!error) return null;
  if (isApiError(error) && error.code === 'conflict' && onReload) return <ConflictAlert onReload={onReload} />;

  const listed = isApiError(error) && error.code === 'incomplete' ? error.errors : [];
  const heading = listed.length > 0 && incompleteHeading ? incompleteHeading : (headingOverride ?? t('common.errorHeading'));
  const detail = isApiError(error) ? error.detail : String(error);
  return (
    <div className="usa-alert usa-alert--error margin-bottom-3" role="alert">
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading">{heading}</h2>
        {listed.length > 0 ? (
          <ul className="usa-list">
            {listed.map((problem, index) => (
              <li key={`${problem.path}-${index}`}>
                {problem.message} {renderIncompleteLink?.(problem)}
              </li>
            ))}
          </ul>
        ) : (
          <p className="usa-alert__text">{detail}</p>
        )}
      </div>
    </div>
  );
}
