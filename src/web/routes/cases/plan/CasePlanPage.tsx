import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { type CasePlan, planDocumentUrl, planQuery } from '../../../api/case-plan';
import { caseQuery, type FamilyCase } from '../../../api/cases';
import { Page } from '../../../components/Page';
import { QueryState } from '../../../components/QueryState';
import { useI18n } from '../../../i18n/I18nProvider';
import { FocusedNotice } from '../../investigations/safety-plan/FocusedNotice';
import { NewVersionButton } from './NewVersionButton';
import { PlanAgreements } from './PlanAgreements';
import { PlanChanges } from './PlanChanges';
import { PlanEditor } from './PlanEditor';
import { PlanReadOnly } from './PlanReadOnly';
import { PlanReviews } from './PlanReviews';
import { planStatusKey } from './plan-words';

/**
 * PLAN-1, PLAN-2, PLAN-5, PLAN-6: one version of the case plan — edited while a draft (or
 * returned), read-only once submitted or approved; the family's agreement; what changed from the
 * version before; and, on the plan in force, its progress reviews.
 */
export function CasePlanPage({ caseId, planId }: { caseId: string; planId: string }) {
  const { t } = useI18n();
  const query = useQuery(planQuery(caseId, planId));
  const familyCase = useQuery(caseQuery(caseId));
  return (
    <Page title={query.data ? t('cplan.page.title', { n: query.data.versionNo }) : t('cplan.page.titleLoading')}>
      <p>
        <Link to="/cases/$caseId" params={{ caseId }}>
          {t('cplan.page.backToCase')}
        </Link>
      </p>
      <QueryState query={familyCase}>{(c) => <QueryState query={query}>{(plan) => <PlanDetails plan={plan} people={c.people} />}</QueryState>}</QueryState>
    </Page>
  );
}

function PlanDetails({ plan, people }: { plan: CasePlan; people: FamilyCase['people'] }) {
  const { t, formatDate } = useI18n();
  const [submitted, setSubmitted] = useState(false);
  const [unsaved, setUnsaved] = useState(false);
  return (
    <>
      <FocusedNotice message={submitted ? t('cplan.submit.done') : null} />
      <dl className="hearth-summary">
        <dt>{t('cplan.field.status')}</dt>
        <dd>
          <span className="usa-tag">{t(planStatusKey[plan.status])}</span>
        </dd>
        <dt>{t('cplan.edit.startDate')}</dt>
        <dd>{formatDate(plan.startDate)}</dd>
      </dl>
      {/* PLAN-7: the plan the family keeps, in their language; a download, so a plain link. */}
      <p className="hearth-no-print">
        <a className="usa-button usa-button--outline" href={planDocumentUrl(plan.id, 'en')} hrefLang="en">
          {t('cplan.print.en')}
        </a>
        <a className="usa-button usa-button--outline" href={planDocumentUrl(plan.id, 'es')} hrefLang="es" lang="es">
          {t('cplan.print.es')}
        </a>
      </p>
      {plan.status === 'returned' && plan.returnComment && (
        <div className="usa-alert usa-alert--warning usa-alert--slim margin-y-2">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{t('cplan.page.returned', { comment: plan.returnComment })}</p>
          </div>
        </div>
      )}
      {plan.abilities.edit ? (
        <PlanEditor key={plan.id} plan={plan} people={people} onSubmitted={() => setSubmitted(true)} onUnsavedChange={setUnsaved} />
      ) : (
        <>
          <p className="usa-hint margin-top-2">{t(plan.status === 'submitted' ? 'cplan.page.submittedNote' : 'cplan.page.readOnly')}</p>
          <PlanReadOnly plan={plan} people={people} />
        </>
      )}
      {plan.abilities.revise && <NewVersionButton caseId={plan.caseId} revising={plan.id} />}
      <PlanAgreements plan={plan} people={people} unsaved={plan.abilities.edit && unsaved} />
      {plan.previousId && <PlanChanges plan={plan} />}
      <PlanReviews plan={plan} people={people} />
    </>
  );
}
