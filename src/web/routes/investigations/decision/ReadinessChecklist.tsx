import type { InvestigationDecisionView } from '../../../api/investigation-types';
import { focusField } from '../../../components/ErrorSummary';
import { useI18n } from '../../../i18n/I18nProvider';
import { humaniseCode } from '../../../i18n/translate';
import { SectionLink } from '../workspace/SectionLink';
import { readinessKey, readinessSection, readinessSectionLabel } from './decision-words';

/** The form field that fixes a readiness item on this page, when it is fixed here. */
const fieldFor: Record<string, string> = {
  reason_if_not_recommended: 'decision-reason',
  community_referral: 'decision-referral',
  decision_chosen: 'decision-choice-close',
  unsafe_protected: 'decision-choice-close',
};

/**
 * What must be done before the decision goes to the supervisor (INV-6, INV-7). Each item says
 * "Done" or "To do" in words; an item still to do links to the section (or the field) that does it.
 */
export function ReadinessChecklist({ investigationId, readiness }: { investigationId: string; readiness: InvestigationDecisionView['readiness'] }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="decision-readiness-heading">
      <h3 id="decision-readiness-heading">{t('inv.readiness.heading')}</h3>
      <ul className="usa-list usa-list--unstyled">
        {readiness.map((item) => {
          const key = readinessKey(item.code);
          const text = key ? t(key) : humaniseCode(item.code);
          const section = readinessSection(item.code);
          const field = fieldFor[item.code];
          return (
            <li key={item.code} className="margin-bottom-1">
              <span className={`usa-tag margin-right-1 ${item.met ? 'bg-success-darker' : 'bg-secondary-dark'}`}>
                {t(item.met ? 'inv.readiness.done' : 'inv.readiness.toDo')}
              </span>
              {text}
              {!item.met && item.names && item.names.length > 0 && (
                <span className="display-block margin-left-1">{t('inv.readiness.notSeen', { names: item.names.join(', ') })}</span>
              )}
              {!item.met && section && (
                <>
                  {' '}
                  <SectionLink investigationId={investigationId} path={section}>
                    {t('inv.readiness.goTo', { section: t(readinessSectionLabel(section)) })}
                  </SectionLink>
                </>
              )}
              {!item.met && field && (
                <>
                  {' '}
                  <a href={`#${field}`} onClick={(event) => focusField(event, field)}>
                    {t('inv.readiness.fixBelow')}
                  </a>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
