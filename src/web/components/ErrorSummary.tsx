import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/I18nProvider';

export interface FormProblem {
  message: string;
  /** Id of the control to jump to; problems without one are listed as plain text. */
  fieldId?: string;
}

/**
 * The GOV.UK / USWDS error summary: appears above the form, takes focus so screen readers
 * announce it, and links each problem to its field.
 */
export function ErrorSummary({ problems }: { problems: FormProblem[] }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const signature = problems.map((problem) => `${problem.fieldId}:${problem.message}`).join('|');

  useEffect(() => {
    if (signature) ref.current?.focus();
  }, [signature]);

  if (problems.length === 0) return null;
  return (
    <div className="usa-alert usa-alert--error margin-bottom-3" ref={ref} tabIndex={-1}>
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading">{t('common.errorSummaryHeading')}</h2>
        <ul className="usa-list">
          {problems.map((problem) => (
            <li key={`${problem.fieldId ?? ''}${problem.message}`}>
              {problem.fieldId ? (
                <a href={`#${problem.fieldId}`} onClick={(event) => focusField(event, problem.fieldId!)}>
                  {problem.message}
                </a>
              ) : (
                problem.message
              )}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/** Click handler for in-page links to a field: following the link only scrolls; this puts the cursor in it. */
export function focusField(event: React.MouseEvent, id: string) {
  const field = document.getElementById(id);
  if (!field) return;
  event.preventDefault();
  field.focus();
  field.scrollIntoView({ block: 'center' });
}
