import type { Investigation } from '../../../api/types';
import { useI18n } from '../../../i18n/I18nProvider';
import { CaseLink } from '../decision/CaseLink';
import { decisionStatusKey, decisionText } from '../decision/decision-words';

/** The investigation's decision in one line: what was chosen, where it stands, and the case it opened. */
export function DecisionStatusLine({ decision }: { decision: NonNullable<Investigation['decision']> }) {
  const { t } = useI18n();
  const status = decision.status ? t(decisionStatusKey(decision.status)) : null;
  return (
    <>
      {decision.decision ? decisionText(t, decision.decision) : t('common.noValue')}
      {status && ` (${status})`}
      {decision.caseNumber && (
        <span className="display-block">
          <CaseLink caseId={decision.caseId} number={decision.caseNumber} />
        </span>
      )}
    </>
  );
}
