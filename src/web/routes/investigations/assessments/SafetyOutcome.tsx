import type { Assessment, SafetyDecision } from '../../../api/investigation-types';
import { useI18n } from '../../../i18n/I18nProvider';
import type { MessageKey } from '../../../i18n/en';
import { SectionLink } from '../workspace/SectionLink';

const decisionKeys: Record<SafetyDecision, MessageKey> = {
  safe: 'inv.safety.decision.safe',
  safe_with_plan: 'inv.safety.decision.safe_with_plan',
  unsafe: 'inv.safety.decision.unsafe',
};

/**
 * What the completed safety assessment decided (INV-3) and what happens next: a plan to build, or
 * the supervisor's placement decision; and the safety threats found, which a safety plan must
 * control one by one (INV-4).
 */
export function SafetyOutcome({ investigationId, data }: { investigationId: string; data: Assessment }) {
  const { t, language } = useI18n();
  const decision = data.safetyDecision ?? null;
  const threats = data.threats ?? [];
  return (
    <section aria-labelledby="safety-outcome-heading" className="usa-summary-box margin-bottom-3">
      <div className="usa-summary-box__body">
        <h3 id="safety-outcome-heading" className="usa-summary-box__heading">
          {t('inv.safety.decisionHeading')}
        </h3>
        <div className="usa-summary-box__text">
          <p className="text-bold font-sans-md margin-top-0">{decision ? t(decisionKeys[decision]) : t('common.notRecorded')}</p>
          {decision === 'safe_with_plan' && (
            <p>
              <SectionLink investigationId={investigationId} path="safety-plans" className="usa-button">
                {t('inv.safety.buildPlan')}
              </SectionLink>
            </p>
          )}
          {decision === 'unsafe' && <p>{t('inv.safety.routedForPlacement')}</p>}
          <h4>{t('inv.safety.threatsHeading')}</h4>
          {threats.length === 0 ? (
            <p className="margin-bottom-0">{t('inv.safety.noThreats')}</p>
          ) : (
            <ul className="usa-list margin-bottom-0">
              {threats.map((threat) => (
                <li key={threat.key}>{threat.label[language]}</li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}
