import { Link } from '@tanstack/react-router';
import { useI18n } from '../../i18n/I18nProvider';
import { humaniseCode } from '../../i18n/translate';
import { decisionText } from '../investigations/decision/decision-words';
import type { FindingCode } from '../../api/investigation-types';
import { findingLabelKey } from '../investigations/findings/finding-words';
import { safetyDecisionKey } from '../investigations/safety-plan/plan-words';
import type { InvestigationApprovalSummary } from './approval-investigation';

const findingCodes: readonly string[] = ['substantiated', 'indicated', 'unsubstantiated', 'unsubstantiated_false', 'closed_no_finding'];
const isFinding = (code: string): code is FindingCode => findingCodes.includes(code);

const levelKeys = { low: 'inv.level.low', moderate: 'inv.level.moderate', high: 'inv.level.high', very_high: 'inv.level.very_high' } as const;

/**
 * The "About" cell for an investigation's request (INV-3, INV-5, INV-6, INV-7): a link to the
 * investigation and the few facts the supervisor decides on, so most can be decided from the queue.
 */
export function InvestigationApprovalLines({ summary }: { summary: InvestigationApprovalSummary }) {
  const { t, tc, formatMoment, formatDate } = useI18n();
  const level = (code: string | null) => (code ? (code in levelKeys ? t(levelKeys[code as keyof typeof levelKeys]) : humaniseCode(code)) : t('common.noValue'));
  const number = summary.number ?? t('common.noValue');
  return (
    <>
      <Link to="/investigations/$investigationId" params={{ investigationId: summary.investigationId }}>
        {`${tc('subjectType', 'investigation')} ${number}`}
      </Link>
      {summary.kind === 'risk_override' && (
        <>
          <span className="display-block">{t('inv.approval.levels', { scored: level(summary.scoredLevel), requested: level(summary.requestedLevel) })}</span>
          {summary.overrideKind && (
            <span className="display-block">{t(summary.overrideKind === 'policy' ? 'inv.approval.policyOverride' : 'inv.approval.discretionaryOverride')}</span>
          )}
        </>
      )}
      {summary.kind === 'investigation_decision' && (
        <>
          {summary.childNames.length > 0 && <span className="display-block">{t('approvals.childrenLine', { names: summary.childNames.join(', ') })}</span>}
          <span className="display-block">
            {t('inv.approval.decision', { decision: summary.decision ? decisionText(t, summary.decision) : t('common.noValue') })}
          </span>
          <span className="display-block">
            {t('inv.approval.recommended', { decisions: summary.recommended.map((code) => decisionText(t, code)).join(', ') || t('common.noValue') })}
            {summary.differs && (
              <>
                {' — '}
                <strong>{t('inv.approval.differs')}</strong>
              </>
            )}
          </span>
          <span className="display-block">
            {t('inv.approval.facts', {
              safety:
                summary.safetyDecision && Object.hasOwn(safetyDecisionKey, summary.safetyDecision)
                  ? t(safetyDecisionKey[summary.safetyDecision as keyof typeof safetyDecisionKey])
                  : t('common.noValue'),
              risk: level(summary.riskLevel),
              findings:
                Object.entries(summary.findingCounts)
                  .map(([code, n]) => `${n} × ${code === 'none' ? t('common.noValue') : isFinding(code) ? t(findingLabelKey(code)) : humaniseCode(code)}`)
                  .join(', ') || t('common.noValue'),
            })}
          </span>
          {summary.childrenNeverSeen.length > 0 && (
            <span className="display-block">
              <strong>{t('inv.approval.neverSeen', { names: summary.childrenNeverSeen.join(', ') })}</strong>
              {summary.unseenException && ` — ${t('inv.approval.exception')}`}
            </span>
          )}
          {summary.decision?.startsWith('open_') && <span className="display-block font-sans-2xs">{t('inv.approval.caseworkerNote')}</span>}
        </>
      )}
      {summary.kind === 'extension' && (
        <span className="display-block">
          {t('inv.approval.extension', {
            current: summary.currentDueAt ? formatMoment(summary.currentDueAt) : t('common.noValue'),
            requested: summary.requestedDueOn ? formatDate(summary.requestedDueOn) : t('common.noValue'),
          })}
        </span>
      )}
      {summary.kind === 'placement' && (
        <>
          {summary.childNames.length > 0 && <span className="display-block">{t('approvals.childrenLine', { names: summary.childNames.join(', ') })}</span>}
          <span className="display-block">
            <strong>{t('inv.approval.unsafe')}</strong>
          </span>
        </>
      )}
      {summary.kind === 'safety_plan' && (
        <>
          {summary.safetyPlanId && (
            <Link
              className="display-block"
              to="/investigations/$investigationId/safety-plans/$planId"
              params={{ investigationId: summary.investigationId, planId: summary.safetyPlanId }}
            >
              {t('inv.approval.openPlan')}
            </Link>
          )}
          <span className="display-block">
            {t('inv.approval.planContents', { threats: String(summary.threatsCount ?? 0), actions: String(summary.actionCount ?? 0) })}
          </span>
          <span className="display-block">{t('inv.approval.planAgreed', { names: summary.familyAgreement.join(', ') || t('common.noValue') })}</span>
          {summary.nextReviewOn && <span className="display-block">{t('inv.approval.planReview', { date: formatDate(summary.nextReviewOn) })}</span>}
        </>
      )}
      {summary.kind !== 'placement' && summary.kind !== 'safety_plan' && summary.reason && (
        <q className="display-block hearth-wrap">{t('inv.approval.reason', { reason: summary.reason })}</q>
      )}
    </>
  );
}
