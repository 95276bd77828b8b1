import type { SafetyPlan } from '../../../api/safety-plans';
import { useI18n } from '../../../i18n/I18nProvider';
import { responsibleKindKey } from './plan-words';

/** The plan's actions by threat, read only: how a plan waiting for approval, in force or ended reads (INV-4). */
export function PlanActionsView({ plan }: { plan: SafetyPlan }) {
  const { t, language } = useI18n();
  const threats = [...plan.threats];
  // An action whose threat is no longer listed still shows, under its key, rather than vanishing.
  for (const action of plan.actions) {
    if (!threats.some((threat) => threat.key === action.threat)) threats.push({ key: action.threat, label: { en: action.threat, es: action.threat } });
  }
  return (
    <section aria-labelledby="plan-actions-heading">
      <h3 id="plan-actions-heading">{t('plans.view.heading')}</h3>
      {threats.map((threat) => {
        const actions = plan.actions.filter((action) => action.threat === threat.key);
        return (
          <div key={threat.key} className="hearth-card">
            <h4 className="margin-top-0">{t('plans.builder.threat', { threat: threat.label[language] })}</h4>
            {actions.length === 0 ? (
              <p>{t('plans.view.noActions')}</p>
            ) : (
              <ol className="usa-list">
                {actions.map((action) => (
                  <li key={action.id} className="margin-bottom-2">
                    <p className="margin-y-05 hearth-narrative">{action.action || t('common.noValue')}</p>
                    <dl className="hearth-summary margin-bottom-0">
                      <dt>{t('plans.view.responsible')}</dt>
                      <dd>
                        {action.responsibleName || t('common.noValue')} ({t(responsibleKindKey[action.responsibleKind])})
                      </dd>
                      <dt>{t('plans.view.monitoring')}</dt>
                      <dd className="hearth-narrative">{action.monitoring || t('common.noValue')}</dd>
                      <dt>{t('plans.view.frequency')}</dt>
                      <dd>{action.frequency || t('common.noValue')}</dd>
                    </dl>
                  </li>
                ))}
              </ol>
            )}
          </div>
        );
      })}
    </section>
  );
}
