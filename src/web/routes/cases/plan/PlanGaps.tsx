import type { CasePlan } from '../../../api/case-plan';
import { focusField } from '../../../components/ErrorSummary';
import { fieldId } from '../../../components/fields/field-ids';
import { useI18n } from '../../../i18n/I18nProvider';
import { FORM, gapTarget } from './plan-model';
import { gapText } from './plan-words';

/** A link that puts the cursor in the field a gap's path names (PLAN-1, PLAN-2). */
export function GapLink({ path, goalCount, label }: { path: string; goalCount: number; label: string }) {
  const { t } = useI18n();
  const target = fieldId(FORM, gapTarget(path, goalCount));
  return (
    <a href={`#${target}`} onClick={(event) => focusField(event, target)} aria-label={t('cplan.gaps.fixLabel', { problem: label })}>
      {t('cplan.gaps.fix')}
    </a>
  );
}

/**
 * What the saved plan still lacks before approval, each with a link to its field, and the
 * prioritised needs of the family assessment no objective answers yet (FCA-4 need → objective).
 */
export function PlanGaps({ plan, goalCount }: { plan: CasePlan; goalCount: number }) {
  const { t } = useI18n();
  const needText = (id: string) => plan.needs.find((n) => n.id === id)?.text ?? '';
  const unaddressed = plan.needs.map((need, index) => ({ need, index })).filter(({ need }) => plan.unaddressedNeedIds.includes(need.id));
  return (
    <div className="grid-row grid-gap margin-top-2">
      <section aria-labelledby="plan-gaps-heading" className="tablet:grid-col-6">
        <h3 id="plan-gaps-heading">{t('cplan.gaps.heading')}</h3>
        {plan.gaps.length === 0 ? (
          <p>{t('cplan.gaps.none')}</p>
        ) : (
          <ul className="usa-list">
            {plan.gaps.map((gap) => {
              const text = gapText(t, gap, needText);
              return (
                <li key={`${gap.code}-${gap.path}-${gap.subjectId}`}>
                  {text} <GapLink path={gap.path} goalCount={goalCount} label={text} />
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section aria-labelledby="plan-needs-heading" className="tablet:grid-col-6">
        <h3 id="plan-needs-heading">{t('cplan.needs.heading')}</h3>
        <p className="usa-hint">{t('cplan.needs.intro')}</p>
        {unaddressed.length === 0 ? (
          <p>{t('cplan.needs.allAddressed')}</p>
        ) : (
          <ul className="usa-list">
            {unaddressed.map(({ need, index }) => (
              <li key={need.id} id={fieldId(FORM, `needs.${index}`)} tabIndex={-1}>
                {t('cplan.needs.item', { priority: need.priority, text: need.text })}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
