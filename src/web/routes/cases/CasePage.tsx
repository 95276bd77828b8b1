import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { caseQuery, type FamilyCase } from '../../api/cases';
import { Page } from '../../components/Page';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { todayInZone } from '../../lib/date-time';
import { decisionText } from '../investigations/decision/decision-words';
import { PlanStatusTag } from '../investigations/safety-plan/PlanStatusTag';
import { isReviewDue, safetyDecisionKey } from '../investigations/safety-plan/plan-words';
import { caseKindText, riskLevelText, workerRoleText } from './case-words';
import { AssignmentHistory, CaseTasks, TransferCase } from './CaseWorkPanels';
import { CaseDocuments } from './documents/CaseDocuments';
import { FamilyNetworkSection } from './network/FamilyNetworkSection';
import { CasePlanSection } from './plan/CasePlanSection';
import { FamilyTeamSection } from './team/FamilyTeamSection';
import { VisitsSection } from './visits/VisitsSection';

/**
 * A case opened from an investigation (INV-7), as the caseworker first sees it: who works it, the
 * family carried across, what the investigation concluded, and the safety plans still in force.
 */
export function CasePage({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const query = useQuery(caseQuery(caseId));
  return (
    <Page title={query.data ? t('cases.title', { number: query.data.number }) : t('cases.titleLoading')}>
      <QueryState query={query}>{(familyCase) => <CaseDetails familyCase={familyCase} />}</QueryState>
    </Page>
  );
}

function CaseDetails({ familyCase }: { familyCase: FamilyCase }) {
  const { t, formatMoment } = useI18n();
  return (
    <>
      <section aria-labelledby="case-summary-heading">
        <h2 id="case-summary-heading">{t('cases.summaryHeading')}</h2>
        <dl className="hearth-summary">
          <dt>{t('cases.field.number')}</dt>
          <dd>{familyCase.number}</dd>
          <dt>{t('cases.field.kind')}</dt>
          <dd>{caseKindText(t, familyCase.kind)}</dd>
          <dt>{t('cases.field.status')}</dt>
          <dd>{t(familyCase.status === 'open' ? 'cases.status.open' : 'cases.status.closed')}</dd>
          <dt>{t('cases.field.openedAt')}</dt>
          <dd>{formatMoment(familyCase.openedAt)}</dd>
          <dt>{t('cases.field.unit')}</dt>
          <dd>{familyCase.orgUnitName}</dd>
          <dt>{t('cases.field.workers')}</dt>
          <dd>
            {familyCase.workers.length === 0 ? (
              t('cases.noWorkers')
            ) : (
              <ul className="usa-list usa-list--unstyled">
                {familyCase.workers.map((worker) => (
                  <li key={`${worker.name}-${worker.role}`}>{t('cases.worker', { name: worker.name, role: workerRoleText(t, worker.role) })}</li>
                ))}
              </ul>
            )}
          </dd>
        </dl>
      </section>
      <p className="margin-top-2">
        <Link to="/cases/$caseId/assessment" params={{ caseId: familyCase.id }}>
          {t('cases.assessmentLink')}
        </Link>
        {' · '}
        <Link to="/cases/$caseId/functional" params={{ caseId: familyCase.id }}>
          {t('cases.functionalLink')}
        </Link>
      </p>
      <CaseTasks caseId={familyCase.id} />
      <FamilyNetworkSection caseId={familyCase.id} />
      <FamilyTeamSection caseId={familyCase.id} />
      <CasePlanSection caseId={familyCase.id} />
      <VisitsSection caseId={familyCase.id} />
      <InvestigationSummary familyCase={familyCase} />
      <CaseSafetyPlans familyCase={familyCase} />
      <CaseDocuments caseId={familyCase.id} />
      <AssignmentHistory familyCase={familyCase} />
      {familyCase.abilities.transfer && familyCase.status === 'open' && <TransferCase familyCase={familyCase} />}
    </>
  );
}

function InvestigationSummary({ familyCase }: { familyCase: FamilyCase }) {
  const { t } = useI18n();
  const investigation = familyCase.investigation;
  return (
    <section aria-labelledby="case-investigation-heading" className="margin-top-4">
      <h2 id="case-investigation-heading">{t('cases.investigationHeading')}</h2>
      <dl className="hearth-summary">
        <dt>{t('cases.field.investigation')}</dt>
        <dd>
          {investigation ? (
            <Link to="/investigations/$investigationId" params={{ investigationId: investigation.id }}>
              {t('cases.openInvestigation', { number: investigation.number ?? '' })}
            </Link>
          ) : (
            t('common.notRecorded')
          )}
        </dd>
        <dt>{t('cases.field.decision')}</dt>
        <dd>{investigation?.decision ? decisionText(t, investigation.decision) : t('common.notRecorded')}</dd>
        <dt>{t('cases.field.safetyDecision')}</dt>
        <dd>{familyCase.safetyDecision ? t(safetyDecisionKey[familyCase.safetyDecision]) : t('common.notRecorded')}</dd>
        <dt>{t('cases.field.riskLevel')}</dt>
        <dd>{riskLevelText(t, familyCase.riskLevel)}</dd>
      </dl>
    </section>
  );
}

function CaseSafetyPlans({ familyCase }: { familyCase: FamilyCase }) {
  const { t, formatDate, timeZone } = useI18n();
  const today = todayInZone(timeZone);
  const investigationId = familyCase.investigation?.id;
  return (
    <section aria-labelledby="case-plans-heading" className="margin-top-4">
      <h2 id="case-plans-heading">{t('cases.plansHeading')}</h2>
      {familyCase.safetyPlans.length === 0 ? (
        <p>{t('cases.noPlans')}</p>
      ) : (
        <table className="usa-table usa-table--borderless usa-table--stacked-header width-full">
          <caption className="usa-sr-only">{t('cases.plansHeading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('plans.field.plan')}</th>
              <th scope="col">{t('plans.field.status')}</th>
              <th scope="col">{t('plans.field.nextReview')}</th>
            </tr>
          </thead>
          <tbody>
            {familyCase.safetyPlans.map((plan, index) => {
              const label = t('cases.planLink', { n: index + 1 });
              const planInvestigation = plan.investigationId ?? investigationId;
              return (
                <tr key={plan.id}>
                  <th scope="row" data-label={t('plans.field.plan')}>
                    {planInvestigation ? (
                      <Link to="/investigations/$investigationId/safety-plans/$planId" params={{ investigationId: planInvestigation, planId: plan.id }}>
                        {label}
                      </Link>
                    ) : (
                      label
                    )}
                  </th>
                  <td data-label={t('plans.field.status')}>
                    <PlanStatusTag status={plan.status} />
                  </td>
                  <td data-label={t('plans.field.nextReview')}>
                    {plan.nextReviewOn ? formatDate(plan.nextReviewOn) : t('plans.noReviewDate')}
                    {plan.status === 'active' && isReviewDue(plan.nextReviewOn, today) && (
                      <span className="usa-tag bg-secondary-dark margin-left-1">{t('plans.reviewDue')}</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
