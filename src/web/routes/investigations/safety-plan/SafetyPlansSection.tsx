import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useRef } from 'react';
import { assessmentQuery } from '../../../api/investigation-endpoints';
import { createSafetyPlan, type SafetyPlanSummary, safetyPlanQuery, safetyPlansQuery } from '../../../api/safety-plans';
import type { Investigation } from '../../../api/types';
import { BusyButton } from '../../../components/BusyButton';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { QueryState } from '../../../components/QueryState';
import { useI18n } from '../../../i18n/I18nProvider';
import { SectionHeading, useWorkspaceInvestigation } from '../workspace/workspace-context';
import { isOpenPlan, languageKey, safetyDecisionKey } from './plan-words';
import { PlanStatusTag } from './PlanStatusTag';

/**
 * INV-4: the investigation's safety plans, newest first, and the way to start one. A plan is
 * built only when the completed safety assessment decided "safe with a plan"; otherwise the
 * section says why not, and what to do instead.
 */
export function SafetyPlansSection() {
  const investigation = useWorkspaceInvestigation();
  const { t } = useI18n();
  const plans = useQuery(safetyPlansQuery(investigation.id));
  return (
    <>
      <SectionHeading id="safety-plans-heading">{t('plans.heading')}</SectionHeading>
      <p className="usa-intro">{t('plans.intro')}</p>
      <QueryState query={plans}>
        {(data) => (
          <>
            <StartPlan investigation={investigation} plans={data.items} />
            <PlanList investigationId={investigation.id} plans={data.items} />
          </>
        )}
      </QueryState>
    </>
  );
}

function StartPlan({ investigation, plans }: { investigation: Investigation; plans: SafetyPlanSummary[] }) {
  const { t } = useI18n();
  const assessment = useQuery(assessmentQuery(investigation.id, 'safety'));
  const openPlan = plans.find((plan) => isOpenPlan(plan.status));
  if (openPlan) return null; // one plan at a time; the list links to it
  if (assessment.isPending) return <p className="usa-hint">{t('app.loading')}</p>;
  if (assessment.error) return <ProblemAlert error={assessment.error} />;

  const completed = assessment.data.response?.status === 'completed';
  const decision = assessment.data.safetyDecision ?? null;
  // An unsafe decision may keep the child at home only under an approved plan (INV-4, INV-7).
  if (!completed || decision === 'safe' || decision === null) {
    return (
      <div className="usa-alert usa-alert--info margin-bottom-3">
        <div className="usa-alert__body">
          <h3 className="usa-alert__heading">{t('plans.cannotBuild.heading')}</h3>
          <p className="usa-alert__text">
            {!completed ? t('plans.cannotBuild.notCompleted') : t('plans.cannotBuild.decision', { decision: t(safetyDecisionKey[decision ?? 'safe']) })}
          </p>
          <p className="usa-alert__text">
            <Link to="/investigations/$investigationId/safety" params={{ investigationId: investigation.id }}>
              {t('plans.cannotBuild.openAssessment')}
            </Link>
          </p>
        </div>
      </div>
    );
  }
  if (investigation.abilities.record === false) return <p>{t('plans.cannotBuild.readOnly')}</p>;
  return <BuildPlanButton investigation={investigation} threatCount={assessment.data.threats?.length ?? 0} />;
}

/**
 * Starts an empty draft and opens the builder. The id is made once per visit to this section, so a
 * double click or a retry answers the same draft instead of making a second one.
 */
function BuildPlanButton({ investigation, threatCount }: { investigation: Investigation; threatCount: number }) {
  const { t, tp } = useI18n();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const planId = useRef(crypto.randomUUID());
  const create = useMutation({
    mutationFn: () => createSafetyPlan(investigation.id, { id: planId.current, language: 'en', actions: [], nextReviewOn: null }),
    onSuccess: (plan) => {
      queryClient.setQueryData(safetyPlanQuery(plan.id).queryKey, plan);
      void queryClient.invalidateQueries({ queryKey: safetyPlansQuery(investigation.id).queryKey });
      void navigate({ to: '/investigations/$investigationId/safety-plans/$planId', params: { investigationId: investigation.id, planId: plan.id } });
    },
  });
  return (
    <div className="margin-bottom-3">
      <p>{tp('plans.threatsFound', threatCount)}</p>
      <ProblemAlert error={create.error} />
      <BusyButton
        type="button"
        busy={create.isPending}
        label={t('plans.build')}
        busyLabel={t('plans.building')}
        onClick={() => create.isPending || create.mutate()}
      />
    </div>
  );
}

function PlanList({ investigationId, plans }: { investigationId: string; plans: SafetyPlanSummary[] }) {
  const { t, formatDate, formatMoment } = useI18n();
  if (plans.length === 0) return <p>{t('plans.none')}</p>;
  return (
    <table className="usa-table usa-table--borderless usa-table--stacked-header width-full">
      <caption className="text-left">{t('plans.listCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('plans.field.plan')}</th>
          <th scope="col">{t('plans.field.status')}</th>
          <th scope="col">{t('plans.field.nextReview')}</th>
          <th scope="col">{t('plans.field.language')}</th>
          <th scope="col">{t('plans.field.started')}</th>
        </tr>
      </thead>
      <tbody>
        {plans.map((plan) => {
          const started = plan.createdAt ? formatMoment(plan.createdAt) : t('common.noValue');
          return (
            <tr key={plan.id}>
              <th scope="row" data-label={t('plans.field.plan')}>
                <PlanLink investigationId={investigationId} planId={plan.id} label={t('plans.openPlan', { started })} />
              </th>
              <td data-label={t('plans.field.status')}>
                <PlanStatusTag status={plan.status} />
              </td>
              <td data-label={t('plans.field.nextReview')}>{plan.nextReviewOn ? formatDate(plan.nextReviewOn) : t('plans.noReviewDate')}</td>
              <td data-label={t('plans.field.language')}>{t(languageKey[plan.language])}</td>
              <td data-label={t('plans.field.started')}>{started}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** A link to one plan's page. */
export function PlanLink({ investigationId, planId, label }: { investigationId: string; planId: string; label: string }) {
  return (
    <Link to="/investigations/$investigationId/safety-plans/$planId" params={{ investigationId, planId }}>
      {label}
    </Link>
  );
}
