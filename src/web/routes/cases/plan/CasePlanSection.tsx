import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type PlanList, planListQuery } from '../../../api/case-plan';
import { QueryState } from '../../../components/QueryState';
import { useI18n } from '../../../i18n/I18nProvider';
import { NewVersionButton } from './NewVersionButton';
import { planStatusKey } from './plan-words';

/** PLAN-1, PLAN-5: the case plan's versions on the case page, newest first, and starting the first one. */
export function CasePlanSection({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const query = useQuery(planListQuery(caseId));
  return (
    <section aria-labelledby="case-plan-heading" className="margin-top-4">
      <h2 id="case-plan-heading">{t('cplan.section.heading')}</h2>
      <p className="usa-hint">{t('cplan.section.intro')}</p>
      <QueryState query={query}>{(list) => <PlanVersions caseId={caseId} list={list} />}</QueryState>
    </section>
  );
}

function PlanVersions({ caseId, list }: { caseId: string; list: PlanList }) {
  const { t, formatMoment } = useI18n();
  return (
    <>
      {list.items.length === 0 ? (
        <p>{t('cplan.section.empty')}</p>
      ) : (
        <table className="usa-table usa-table--borderless usa-table--stacked-header width-full">
          <caption className="usa-sr-only">{t('cplan.section.heading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('cplan.field.version')}</th>
              <th scope="col">{t('cplan.field.status')}</th>
              <th scope="col">{t('cplan.field.created')}</th>
              <th scope="col">{t('cplan.field.decided')}</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((item) => (
              <tr key={item.id}>
                <th scope="row" data-label={t('cplan.field.version')}>
                  <Link to="/cases/$caseId/plans/$planId" params={{ caseId, planId: item.id }} aria-label={t('cplan.section.open', { n: item.versionNo })}>
                    {t('cplan.section.version', { n: item.versionNo })}
                  </Link>
                </th>
                <td data-label={t('cplan.field.status')}>{t(planStatusKey[item.status])}</td>
                <td data-label={t('cplan.field.created')}>{formatMoment(item.createdAt)}</td>
                <td data-label={t('cplan.field.decided')}>{formatMoment(item.decidedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {list.abilities.start && <NewVersionButton caseId={caseId} />}
    </>
  );
}
