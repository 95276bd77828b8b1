import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type Visit, visitQuery } from '../../../api/visits';
import { Page } from '../../../components/Page';
import { QueryState } from '../../../components/QueryState';
import { useI18n } from '../../../i18n/I18nProvider';
import { CancelVisit, ChangeVisitPlan } from './VisitChanges';
import { VisitRecordForm } from './VisitRecordForm';
import { VisitRecordView } from './VisitRecordView';

/** VIS-2 and VIS-3: one visit — the plan for it, large enough to read on a tablet in the home, then its record. */
export function VisitPage({ caseId, visitId }: { caseId: string; visitId: string }) {
  const { t, formatDate, formatMoment } = useI18n();
  const query = useQuery(visitQuery(visitId));
  const v = query.data;
  const title = v ? t('visit.title', { date: v.occurredAt ? formatMoment(v.occurredAt) : formatDate(v.plannedFor) }) : t('visit.titleLoading');
  return (
    <Page title={title}>
      <QueryState query={query}>{(visit) => <VisitDetails caseId={caseId} visit={visit} />}</QueryState>
    </Page>
  );
}

function VisitDetails({ caseId, visit }: { caseId: string; visit: Visit }) {
  const { t, tc, formatDate } = useI18n();
  const objectives = visit.topics.filter((topic) => topic.kind === 'objective');
  const followUps = visit.topics.filter((topic) => topic.kind === 'follow_up');
  const own = visit.topics.filter((topic) => topic.kind === 'own');
  const editable = visit.abilities.edit && visit.status !== 'cancelled';
  return (
    <>
      <p>
        <Link to="/cases/$caseId" params={{ caseId }}>
          {t('visit.backToCase', { number: visit.caseNumber })}
        </Link>
      </p>
      <section aria-labelledby="visit-plan-heading" className="hearth-visit-plan font-sans-md">
        <h2 id="visit-plan-heading">{t('visit.planHeading')}</h2>
        <dl className="hearth-summary">
          <dt>{t('visits.field.status')}</dt>
          <dd>
            {tc('visitStatus', visit.status)}
            {visit.cancelledReason && <span className="display-block">{t('visit.cancelledBecause', { reason: visit.cancelledReason })}</span>}
          </dd>
          <dt>{t('visits.field.plannedFor')}</dt>
          <dd>{formatDate(visit.plannedFor)}</dd>
          <dt>{t('visits.field.purpose')}</dt>
          <dd className="hearth-narrative">{visit.purpose}</dd>
          <dt>{t('visit.plannedBy')}</dt>
          <dd>{visit.createdByName}</dd>
        </dl>
        <TopicList heading={t('visits.topics.objectives')} topics={objectives} />
        <TopicList heading={t('visits.topics.followUps')} topics={followUps} />
        <TopicList heading={t('visits.topics.own')} topics={own} />
        {visit.topics.length === 0 && <p>{t('visit.noTopics')}</p>}
        <h3>{t('visit.householdHeading')}</h3>
        <ul className="usa-list">
          {visit.household.map((p) => (
            <li key={p.personId}>
              {p.name} ({tc('visitPersonRole', p.role)})
            </li>
          ))}
        </ul>
      </section>
      {editable ? (
        <>
          <VisitRecordForm visit={visit} />
          {visit.status === 'planned' && (
            <>
              <ChangeVisitPlan key={visit.version} visit={visit} />
              <CancelVisit visit={visit} />
            </>
          )}
        </>
      ) : (
        <>
          {!visit.abilities.edit && <p className="usa-hint margin-top-3">{t('visit.readOnly')}</p>}
          {visit.status === 'recorded' && <VisitRecordView visit={visit} />}
        </>
      )}
    </>
  );
}

function TopicList({ heading, topics }: { heading: string; topics: Visit['topics'] }) {
  if (topics.length === 0) return null;
  return (
    <>
      <h3>{heading}</h3>
      <ul className="usa-list">
        {topics.map((topic) => (
          <li key={`${topic.kind}-${topic.refId ?? topic.text}`}>{topic.text}</li>
        ))}
      </ul>
    </>
  );
}
