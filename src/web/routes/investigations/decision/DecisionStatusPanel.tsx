import type { InvestigationDecisionView } from '../../../api/investigation-types';
import type { Investigation } from '../../../api/types';
import { useI18n } from '../../../i18n/I18nProvider';
import { CaseLink } from './CaseLink';
import { decisionText } from './decision-words';

/**
 * Where the decision stands (INV-7, SUP-3): waiting for the supervisor, approved (with the case it
 * opened), or returned with the supervisor's comment. Nothing shows before it is first submitted.
 */
export function DecisionStatusPanel({ view, investigation }: { view: InvestigationDecisionView; investigation: Investigation }) {
  const { t } = useI18n();
  const { status, decision, reason, communityReferral } = view.decision;
  if (!decision || !status || status === 'draft') return null;
  const caseNumber = investigation.decision?.caseNumber ?? null;
  const alert = status === 'approved' ? 'usa-alert--success' : status === 'returned' ? 'usa-alert--warning' : 'usa-alert--info';
  const heading =
    status === 'approved' ? 'inv.decision.approvedHeading' : status === 'returned' ? 'inv.decision.returnedHeading' : 'inv.decision.pendingHeading';
  return (
    <div className={`usa-alert ${alert} margin-bottom-3`}>
      <div className="usa-alert__body">
        <h3 className="usa-alert__heading">{t(heading)}</h3>
        <p className="usa-alert__text">{t('inv.decision.chosenLine', { decision: decisionText(t, decision) })}</p>
        {reason && <p className="usa-alert__text hearth-wrap">{t('inv.decision.reasonLine', { reason })}</p>}
        {communityReferral && <p className="usa-alert__text hearth-wrap">{t('inv.decision.referralLine', { referral: communityReferral })}</p>}
        {status === 'pending' && (
          <p className="usa-alert__text">
            {view.approval?.routedToName ? t('inv.decision.pendingWith', { name: view.approval.routedToName }) : t('inv.decision.pendingBody')}
          </p>
        )}
        {status === 'approved' && (
          <p className="usa-alert__text">
            {caseNumber ? <CaseLink caseId={investigation.decision?.caseId ?? null} number={caseNumber} /> : t('inv.decision.closedNoCase')}
          </p>
        )}
        {status === 'returned' && (
          <p className="usa-alert__text hearth-wrap">
            {view.approval?.comment ? t('inv.decision.returnedComment', { comment: view.approval.comment }) : t('inv.decision.returnedBody')}
          </p>
        )}
      </div>
    </div>
  );
}
