import type { InvestigationDecisionView, SafetyDecision } from '../../../api/investigation-types';
import { useI18n } from '../../../i18n/I18nProvider';
import type { MessageKey } from '../../../i18n/en';
import { humaniseCode } from '../../../i18n/translate';
import { decisionText } from './decision-words';

const safetyKeys: Record<SafetyDecision, MessageKey> = {
  safe: 'inv.safety.decision.safe',
  safe_with_plan: 'inv.safety.decision.safe_with_plan',
  unsafe: 'inv.safety.decision.unsafe',
};

/**
 * What the practice profile's decision guide recommends (INV-7), and from what: the safety
 * decision, the final risk level and whether any allegation was substantiated, with its source.
 */
export function GuidePanel({ guide, riskLevelLabel }: { guide: InvestigationDecisionView['guide']; riskLevelLabel: (level: string) => string }) {
  const { t } = useI18n();
  const substantiated = guide.substantiated === null ? t('inv.guide.substantiatedNotAsked') : guide.substantiated ? t('common.yes') : t('common.no');
  return (
    <section aria-labelledby="decision-guide-heading" className="usa-summary-box margin-bottom-3">
      <div className="usa-summary-box__body">
        <h3 id="decision-guide-heading" className="usa-summary-box__heading">
          {t('inv.guide.heading')}
        </h3>
        <div className="usa-summary-box__text">
          {guide.recommended.length === 0 ? (
            <p className="margin-top-0">{t('inv.guide.noneYet')}</p>
          ) : (
            <>
              <p className="margin-top-0">{t('inv.guide.recommends')}</p>
              <ul className="usa-list">
                {guide.recommended.map((code) => (
                  <li key={code} className="text-bold">
                    {decisionText(t, code)}
                  </li>
                ))}
              </ul>
            </>
          )}
          <dl className="hearth-summary">
            <dt>{t('inv.guide.safety')}</dt>
            <dd>{guide.safetyDecision ? t(safetyKeys[guide.safetyDecision]) : t('inv.guide.notYet')}</dd>
            <dt>{t('inv.guide.risk')}</dt>
            <dd>{guide.riskLevel ? riskLevelLabel(guide.riskLevel) || humaniseCode(guide.riskLevel) : t('inv.guide.notYet')}</dd>
            <dt>{t('inv.guide.substantiated')}</dt>
            <dd>{substantiated}</dd>
          </dl>
          {/* The guide's source is the profile's own citation, in English; it is shown with the profile (Practice profile page), not here. */}
          <p className="font-sans-2xs text-base-dark margin-bottom-0">{t('inv.guide.fromProfile')}</p>
        </div>
      </div>
    </section>
  );
}
