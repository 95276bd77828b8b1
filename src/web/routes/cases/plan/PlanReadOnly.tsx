import type { CasePlan, PlanActionStep } from '../../../api/case-plan';
import type { FamilyCase } from '../../../api/cases';
import { useI18n } from '../../../i18n/I18nProvider';
import { objectiveStatusKey, partKey } from './plan-words';

/** PLAN-1, PLAN-5: a version that can no longer change (submitted or approved), as the family agreed it. */
export function PlanReadOnly({ plan, people }: { plan: CasePlan; people: FamilyCase['people'] }) {
  const { t, formatDate } = useI18n();
  const needText = (id: string) => plan.needs.find((n) => n.id === id)?.text ?? id;
  const responsible = (step: PlanActionStep) =>
    step.responsibleKind === 'participant'
      ? (people.find((p) => p.personId === step.responsiblePersonId)?.name ?? t('common.notRecorded'))
      : (step.responsibleName ?? t('common.notRecorded'));
  let number = 0;
  return (
    <section aria-labelledby="plan-view-heading" className="margin-top-3">
      <h2 id="plan-view-heading">{t('cplan.edit.heading')}</h2>
      <p>
        {t('cplan.edit.startDate')}: {formatDate(plan.startDate)}
      </p>
      {plan.goals.length === 0 && <p>{t('cplan.goal.none')}</p>}
      {plan.goals.map((goal, g) => (
        <div key={goal.id} className="bg-base-lightest padding-2 margin-top-3 radius-md">
          <h3 className="margin-top-0">{t('cplan.goal.legend', { n: g + 1 })}</h3>
          <p className="hearth-narrative font-body-md">{goal.text}</p>
          {plan.objectives
            .filter((o) => o.goalId === goal.id)
            .map((o) => {
              number += 1;
              return (
                <div key={o.id} className="border-top border-base-lighter padding-top-1 margin-top-2">
                  <h4>
                    {t('cplan.objective.legend', { n: number })} · {t(partKey[o.part])} · {t(objectiveStatusKey[o.status])}
                  </h4>
                  <dl className="hearth-summary">
                    <dt>{t('cplan.objective.text')}</dt>
                    <dd className="hearth-narrative">{o.text || t('common.notRecorded')}</dd>
                    <dt>{t('cplan.objective.measure')}</dt>
                    <dd className="hearth-narrative">{o.measure || t('common.notRecorded')}</dd>
                    <dt>{t('cplan.objective.startDate')}</dt>
                    <dd>{formatDate(o.startDate ?? plan.startDate)}</dd>
                    <dt>{t('cplan.objective.targetDate')}</dt>
                    <dd>{formatDate(o.targetDate)}</dd>
                    <dt>{t('cplan.objective.needs')}</dt>
                    <dd>{o.needIds.length === 0 ? t('common.none') : o.needIds.map(needText).join('; ')}</dd>
                    <dt>{t('cplan.objective.findings')}</dt>
                    <dd>{o.findings.length === 0 ? t('common.none') : o.findings.join('; ')}</dd>
                  </dl>
                  {o.actionSteps.length > 0 && (
                    <table className="usa-table usa-table--borderless usa-table--stacked-header width-full">
                      <caption>{t('cplan.objective.legend', { n: number })}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{t('cplan.step.text')}</th>
                          <th scope="col">{t('cplan.step.kind')}</th>
                          <th scope="col">{t('cplan.step.dueDate')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {o.actionSteps.map((step) => (
                          <tr key={step.id}>
                            <th scope="row" data-label={t('cplan.step.text')}>
                              {step.text}
                            </th>
                            <td data-label={t('cplan.step.kind')}>{responsible(step)}</td>
                            <td data-label={t('cplan.step.dueDate')}>{formatDate(step.dueDate)}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  )}
                </div>
              );
            })}
        </div>
      ))}
    </section>
  );
}
