import type { SafetyPlan } from '../../../api/safety-plans';
import { useI18n } from '../../../i18n/I18nProvider';
import { signerRoleKey } from './plan-words';

/**
 * Who agreed to the plan, newest last. A signature given before the plan last changed is marked
 * in words as being for an earlier version, because it does not agree to what the plan says now.
 */
export function SignatureList({ plan }: { plan: SafetyPlan }) {
  const { t, formatMoment } = useI18n();
  if (plan.signatures.length === 0) return <p>{t('plans.signatures.none')}</p>;
  return (
    <table className="usa-table usa-table--borderless usa-table--stacked-header width-full">
      <caption className="usa-sr-only">{t('plans.signatures.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('plans.signatures.signer')}</th>
          <th scope="col">{t('plans.signatures.role')}</th>
          <th scope="col">{t('plans.signatures.method')}</th>
          <th scope="col">{t('plans.signatures.signedAt')}</th>
          <th scope="col">{t('plans.signatures.version')}</th>
        </tr>
      </thead>
      <tbody>
        {plan.signatures.map((signature) => (
          <tr key={signature.id}>
            <th scope="row" data-label={t('plans.signatures.signer')}>
              {signature.signerName}
            </th>
            <td data-label={t('plans.signatures.role')}>{t(signerRoleKey[signature.signerRole])}</td>
            <td data-label={t('plans.signatures.method')}>{t(signature.method === 'drawn' ? 'plans.signatures.drawn' : 'plans.signatures.typed')}</td>
            <td data-label={t('plans.signatures.signedAt')}>{formatMoment(signature.signedAt)}</td>
            <td data-label={t('plans.signatures.version')}>
              {signature.current ? (
                t('plans.signatures.current')
              ) : (
                <span className="usa-tag bg-secondary-dark">{t('plans.signatures.earlier', { version: signature.planVersion })}</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
