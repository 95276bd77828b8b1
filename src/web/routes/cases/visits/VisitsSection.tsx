import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { type VisitList, visitsQuery } from '../../../api/visits';
import { QueryState } from '../../../components/QueryState';
import { SuccessAlert } from '../../../components/SuccessAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { PlanVisitForm } from './PlanVisitForm';
import { VisitSchedule } from './VisitSchedule';

/** VIS-1..3 on the case page: each child's visit schedule, the planned and recorded visits, and planning the next. */
export function VisitsSection({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const query = useQuery(visitsQuery(caseId));
  return (
    <section aria-labelledby="visits-heading" className="margin-top-4">
      <h2 id="visits-heading">{t('visits.heading')}</h2>
      <p>{t('visits.intro')}</p>
      <VisitSchedule caseId={caseId} />
      <h3 id="visits-list-heading">{t('visits.listHeading')}</h3>
      <QueryState query={query}>{(list) => <Visits caseId={caseId} list={list} />}</QueryState>
    </section>
  );
}

function Visits({ caseId, list }: { caseId: string; list: VisitList }) {
  const { t, tc, formatDate, formatMoment } = useI18n();
  const [planning, setPlanning] = useState(false);
  const [planned, setPlanned] = useState(false);
  return (
    <>
      {planned && <SuccessAlert role="status">{t('visits.planned')}</SuccessAlert>}
      {list.items.length === 0 ? (
        <p>{t('visits.empty')}</p>
      ) : (
        <table className="usa-table usa-table--borderless usa-table--stacked-header width-full" aria-labelledby="visits-list-heading">
          <thead>
            <tr>
              <th scope="col">{t('visits.field.when')}</th>
              <th scope="col">{t('visits.field.purpose')}</th>
              <th scope="col">{t('visits.field.status')}</th>
              <th scope="col">{t('visits.field.children')}</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((v) => {
              const when = v.occurredAt ? formatMoment(v.occurredAt) : formatDate(v.plannedFor);
              return (
                <tr key={v.id}>
                  <th scope="row" data-label={t('visits.field.when')}>
                    <Link to="/cases/$caseId/visits/$visitId" params={{ caseId, visitId: v.id }} aria-label={t('visits.open', { date: when })}>
                      {when}
                    </Link>
                  </th>
                  <td data-label={t('visits.field.purpose')}>{v.purpose}</td>
                  <td data-label={t('visits.field.status')}>
                    {tc('visitStatus', v.status)}
                    {v.locationKind && <span className="display-block">{tc('visitLocation', v.locationKind)}</span>}
                  </td>
                  <td data-label={t('visits.field.children')}>
                    {v.status === 'recorded' ? t('visits.childrenSeen', { seen: v.childrenSeen, notSeen: v.childrenNotSeen }) : t('common.noValue')}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {list.abilities.plan &&
        (planning ? (
          <PlanVisitForm
            caseId={caseId}
            onPlanned={() => {
              setPlanned(true);
              setPlanning(false);
            }}
            onCancel={() => setPlanning(false)}
          />
        ) : (
          <button
            type="button"
            className="usa-button margin-top-1"
            onClick={() => {
              setPlanned(false);
              setPlanning(true);
            }}
          >
            {t('visits.plan')}
          </button>
        ))}
    </>
  );
}
