import type { CasePlan } from '../../../api/case-plan';
import type { FamilyCase } from '../../../api/cases';
import { useI18n } from '../../../i18n/I18nProvider';
import { AgreementForm } from './AgreementForm';
import { agreementOutcomeKey, signerRoleKey } from './plan-words';

/** PLAN-1: who has agreed to this version (in their words), who disagreed, who could not be reached, and who is still awaited. */
export function PlanAgreements({ plan, people, unsaved }: { plan: CasePlan; people: FamilyCase['people']; unsaved: boolean }) {
  const { t, formatMoment } = useI18n();
  return (
    <section aria-labelledby="plan-agreements-heading" className="margin-top-4">
      <h2 id="plan-agreements-heading">{t('cplan.agree.heading')}</h2>
      {plan.awaitingAgreement.length > 0 ? (
        <div className="usa-alert usa-alert--info usa-alert--slim">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{t('cplan.agree.awaiting', { names: plan.awaitingAgreement.map((a) => a.name).join(', ') })}</p>
          </div>
        </div>
      ) : (
        <p>{t('cplan.agree.noneAwaiting')}</p>
      )}
      {plan.agreements.length === 0 ? (
        <p>{t('cplan.agree.none')}</p>
      ) : (
        <table className="usa-table usa-table--borderless usa-table--stacked-header width-full">
          <caption>{t('cplan.agree.list')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('cplan.agree.person')}</th>
              <th scope="col">{t('cplan.agree.outcome')}</th>
              <th scope="col">{t('cplan.agree.ownWords')}</th>
              <th scope="col">{t('cplan.agree.recordedAt')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.agreements.map((a) => (
              <tr key={a.id}>
                <th scope="row" data-label={t('cplan.agree.person')}>
                  {a.name} ({t(signerRoleKey[a.signerRole])})
                </th>
                <td data-label={t('cplan.agree.outcome')}>
                  {t(agreementOutcomeKey[a.outcome])}
                  {!a.current && <span className="display-block usa-hint">{t('cplan.agree.earlier', { n: a.planVersion })}</span>}
                </td>
                <td data-label={t('cplan.agree.ownWords')} className="hearth-narrative">
                  {a.outcome === 'not_reached' ? a.efforts : (a.ownWords ?? t('common.noValue'))}
                </td>
                <td data-label={t('cplan.agree.recordedAt')}>{formatMoment(a.recordedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {plan.abilities.sign && unsaved && (
        <div className="usa-alert usa-alert--warning usa-alert--slim margin-y-2">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{t('cplan.agree.unsaved')}</p>
          </div>
        </div>
      )}
      {plan.abilities.sign && <AgreementForm plan={plan} people={people} />}
    </section>
  );
}
