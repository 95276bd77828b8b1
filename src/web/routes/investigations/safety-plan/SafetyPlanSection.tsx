import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useCallback, useState } from 'react';
import { type ReviewOutcome, type SafetyPlan, safetyPlanPdfUrl, safetyPlanQuery } from '../../../api/safety-plans';
import { QueryState } from '../../../components/QueryState';
import { useI18n } from '../../../i18n/I18nProvider';
import type { PlansMessageKey } from '../../../i18n/en-plans';
import { SectionHeading, useWorkspaceInvestigation } from '../workspace/workspace-context';
import { FocusedNotice } from './FocusedNotice';
import { PlanActionsView } from './PlanActionsView';
import { PlanBuilderForm } from './PlanBuilderForm';
import { clearPlanDraft } from './plan-drafts';
import { languageKey } from './plan-words';
import { PlanStatusTag } from './PlanStatusTag';
import { ReviewForm } from './ReviewForm';
import { ReviewHistory } from './ReviewHistory';
import { SignatureForm } from './SignatureForm';
import { SignatureList } from './SignatureList';
import { SubmitPlan } from './SubmitPlan';

const reviewedNotice: Record<ReviewOutcome, PlansMessageKey> = {
  continue: 'plans.review.savedContinue',
  revise: 'plans.review.savedRevise',
  end: 'plans.review.savedEnd',
};

/**
 * One safety plan (INV-4): its status, the builder while it is a draft, the family's agreement,
 * submission for approval, the printable copy for the family, and reviews once it is in force.
 */
export function SafetyPlanSection({ planId }: { planId: string }) {
  const investigation = useWorkspaceInvestigation();
  const { t } = useI18n();
  const query = useQuery(safetyPlanQuery(planId));
  return (
    <>
      <SectionHeading id="safety-plan-heading">{t('plans.planHeading')}</SectionHeading>
      <p>
        <Link to="/investigations/$investigationId/safety-plans" params={{ investigationId: investigation.id }}>
          {t('plans.backToList')}
        </Link>
      </p>
      <QueryState query={query}>
        {(plan) =>
          plan.investigationId === investigation.id ? (
            <PlanWorkspace plan={plan} mayRecord={investigation.abilities.record !== false} />
          ) : (
            <p>{t('common.notFoundBody')}</p>
          )
        }
      </QueryState>
    </>
  );
}

function PlanWorkspace({ plan, mayRecord }: { plan: SafetyPlan; mayRecord: boolean }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [unsaved, setUnsaved] = useState(false);
  const [notice, setNotice] = useState<{ key: PlansMessageKey; at: number } | null>(null);
  // Once the investigation has closed, the case's workers carry the plan; the server decides who may.
  const mayChange = mayRecord || Boolean(plan.caseId);
  const editing = plan.status === 'draft' && mayChange;

  const reload = useCallback(() => {
    clearPlanDraft(plan);
    void queryClient.resetQueries({ queryKey: safetyPlanQuery(plan.id).queryKey });
  }, [plan, queryClient]);

  return (
    <>
      <FocusedNotice key={notice?.at ?? 0} message={notice ? t(notice.key) : null} />
      <PlanStatus plan={plan} />
      {editing ? (
        <PlanBuilderForm key={`${plan.id}:${plan.status}`} plan={plan} onUnsavedChange={setUnsaved} onReload={reload} />
      ) : (
        <PlanActionsView plan={plan} />
      )}
      <section aria-labelledby="plan-signatures-heading" className="margin-top-4">
        <h3 id="plan-signatures-heading">{t('plans.signatures.heading')}</h3>
        <SignatureList plan={plan} />
        {editing && <SignatureForm plan={plan} unsaved={unsaved} />}
      </section>
      {/* Keyed by what the server checks, so a list of what was missing goes once the plan or its agreement changes. */}
      {editing && (
        <SubmitPlan
          key={`${plan.version}:${plan.signatures.length}`}
          plan={plan}
          unsaved={unsaved}
          onReload={reload}
          onSubmitted={() => setNotice({ key: 'plans.submit.sent', at: Date.now() })}
        />
      )}
      {plan.status === 'active' && mayChange && (
        <ReviewForm plan={plan} onReviewed={(outcome) => setNotice({ key: reviewedNotice[outcome], at: Date.now() })} />
      )}
      <ReviewHistory plan={plan} />
    </>
  );
}

/** Where the plan stands, who approves it, when it is next reviewed, and the family's printable copy. */
function PlanStatus({ plan }: { plan: SafetyPlan }) {
  const { t, formatDate, formatMoment } = useI18n();
  const returned = plan.status === 'draft' && plan.approval?.status === 'returned';
  return (
    <section aria-label={t('plans.statusHeading')} className="margin-bottom-3">
      <dl className="hearth-summary">
        <dt>{t('plans.field.status')}</dt>
        <dd>
          <PlanStatusTag status={plan.status} />
          {plan.status === 'pending_approval' && plan.approval?.routedToName && (
            <span className="display-block margin-top-05">{t('plans.waitingFor', { name: plan.approval.routedToName })}</span>
          )}
        </dd>
        <dt>{t('plans.field.nextReview')}</dt>
        <dd>{plan.nextReviewOn ? formatDate(plan.nextReviewOn) : t('plans.noReviewDate')}</dd>
        <dt>{t('plans.field.language')}</dt>
        <dd>{t(languageKey[plan.language])}</dd>
        {plan.approvedAt && (
          <>
            <dt>{t('plans.field.approvedAt')}</dt>
            <dd>{formatMoment(plan.approvedAt)}</dd>
          </>
        )}
        {plan.endedAt && (
          <>
            <dt>{t('plans.field.endedAt')}</dt>
            <dd>{formatMoment(plan.endedAt)}</dd>
          </>
        )}
      </dl>
      {returned && (
        <div className="usa-alert usa-alert--warning margin-bottom-2">
          <div className="usa-alert__body">
            <h3 className="usa-alert__heading">{t('plans.returned.heading')}</h3>
            <p className="usa-alert__text">{plan.approval?.comment || t('plans.returned.noComment')}</p>
          </div>
        </div>
      )}
      <p>
        <a className="usa-button usa-button--outline" href={safetyPlanPdfUrl(plan.id)} target="_blank" rel="noopener">
          {t('plans.print', { language: t(languageKey[plan.language]) })}
          <span className="usa-sr-only"> {t('plans.opensNewTab')}</span>
        </a>
      </p>
    </section>
  );
}
