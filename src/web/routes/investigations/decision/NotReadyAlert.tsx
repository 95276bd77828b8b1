import type { FieldProblem } from '../../../api/client';
import { fieldProblemText } from '../../../api/problem-text';
import { useI18n } from '../../../i18n/I18nProvider';
import { SectionLink } from '../workspace/SectionLink';
import { readinessKey, readinessSection, readinessSectionLabel } from './decision-words';

/**
 * The server's 422 on submitting the decision (INV-7): each unmet readiness item (the problem's
 * path is its code) in the reader's language, linked to the section that does it.
 */
export function NotReadyAlert({ investigationId, problems }: { investigationId: string; problems: FieldProblem[] }) {
  const words = useI18n();
  const { t } = words;
  return (
    <div className="usa-alert usa-alert--error margin-bottom-3" role="alert">
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading">{t('inv.decision.notReady')}</h2>
        <ul className="usa-list">
          {problems.map((problem) => {
            const key = readinessKey(problem.path);
            const section = readinessSection(problem.path);
            return (
              <li key={problem.path}>
                {key ? t(key) : fieldProblemText(problem, words)}
                {section && (
                  <>
                    {' '}
                    <SectionLink investigationId={investigationId} path={section}>
                      {t('inv.readiness.goTo', { section: t(readinessSectionLabel(section)) })}
                    </SectionLink>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
