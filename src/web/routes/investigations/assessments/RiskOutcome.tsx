import type { Assessment, RiskOverride } from '../../../api/investigation-types';
import { useI18n } from '../../../i18n/I18nProvider';
import type { MessageKey } from '../../../i18n/en';
import { levelLabel } from './assessment-children';

const overrideStatusKeys: Record<RiskOverride['status'], MessageKey> = {
  pending: 'inv.risk.override.status.pending',
  approved: 'inv.risk.override.status.approved',
  returned: 'inv.risk.override.status.returned',
};

/**
 * The risk level (INV-5): the level the instrument scored, the final one, and any override with its
 * reason and where its approval stands. Until a supervisor approves, the final level is the scored one.
 */
export function RiskOutcome({ data }: { data: Assessment }) {
  const { t, language } = useI18n();
  const level = data.riskLevel ?? null;
  const override = level?.override ?? null;
  const label = (code: string | null | undefined) => levelLabel(data.definition, code, language) || t('common.notRecorded');
  const policyLabel = override?.key ? data.definition.overrides?.policy?.find((policy) => policy.key === override.key)?.label[language] : null;
  return (
    <section aria-labelledby="risk-outcome-heading" className="usa-summary-box margin-bottom-3">
      <div className="usa-summary-box__body">
        <h3 id="risk-outcome-heading" className="usa-summary-box__heading">
          {t('inv.risk.levelHeading')}
        </h3>
        <div className="usa-summary-box__text">
          <dl className="hearth-summary margin-bottom-0">
            <dt>{t('inv.risk.scored')}</dt>
            <dd>{label(level?.scored)}</dd>
            <dt>{t('inv.risk.final')}</dt>
            <dd className="text-bold">{label(level?.final)}</dd>
            {override && (
              <>
                <dt>{t('inv.risk.override.heading')}</dt>
                <dd>
                  <span
                    className={`usa-tag margin-right-1 ${override.status === 'approved' ? 'bg-success-darker' : override.status === 'returned' ? 'bg-secondary-dark' : 'bg-primary'}`}
                  >
                    {t(overrideStatusKeys[override.status])}
                  </span>
                  <span className="display-block margin-top-05">
                    {override.kind === 'policy'
                      ? t('inv.risk.override.policyLine', { policy: policyLabel ?? override.key ?? '' })
                      : t('inv.risk.override.discretionaryLine', { level: label(override.toLevel ?? override.finalLevel) })}
                  </span>
                  {override.kind === 'policy' && override.finalLevel && (
                    <span className="display-block">{t('inv.risk.override.requestedLevel', { level: label(override.finalLevel) })}</span>
                  )}
                  <span className="display-block hearth-wrap">{t('inv.risk.override.reasonLine', { reason: override.reason })}</span>
                  {override.status === 'pending' && <span className="display-block">{t('inv.risk.override.pendingNote')}</span>}
                </dd>
              </>
            )}
          </dl>
        </div>
      </div>
    </section>
  );
}
