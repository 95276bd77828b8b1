import { useQuery } from '@tanstack/react-query';
import { type VisitSchedule as Schedule, visitScheduleQuery } from '../../../api/visits';
import { QueryState } from '../../../components/QueryState';
import { useI18n } from '../../../i18n/I18nProvider';
import { cx } from '../../../lib/cx';

const tone = { met: 'bg-success-darker', due: 'bg-primary', overdue: 'bg-secondary-dark' } as const;

/** VIS-1: the profile's standard for this case and, per child, the visits due this period — met, due or overdue, in words. */
export function VisitSchedule({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const query = useQuery(visitScheduleQuery(caseId));
  return (
    <div className="margin-top-2">
      <h3 id="visit-schedule-heading">{t('visits.scheduleHeading')}</h3>
      <QueryState query={query}>{(schedule) => <ScheduleTable schedule={schedule} />}</QueryState>
    </div>
  );
}

function StandardText({ standard }: { standard: Schedule['standard'] }) {
  const { t, tp } = useI18n();
  if (standard.kind === 'set' && standard.visits !== null && standard.per) {
    return (
      <p>
        {tp(standard.per === 'week' ? 'visits.standard.perWeek' : 'visits.standard.perMonth', standard.visits)}
        {standard.inResidenceShare !== null && ` ${t('visits.standard.inResidence', { percent: Math.round(standard.inResidenceShare * 100) })}`}
        {standard.source && <span className="display-block usa-hint">{t('visits.standard.source', { source: standard.source })}</span>}
      </p>
    );
  }
  return (
    <p>
      {t(`visits.standard.${standard.kind === 'set' ? 'none' : standard.kind}`)}
      {standard.note && <span className="display-block usa-hint">{standard.note}</span>}
    </p>
  );
}

function ScheduleTable({ schedule }: { schedule: Schedule }) {
  const { t, tc, formatDate } = useI18n();
  return (
    <>
      <StandardText standard={schedule.standard} />
      {schedule.children.length === 0 ? (
        <p>{t('visits.noChildren')}</p>
      ) : (
        <table className="usa-table usa-table--borderless usa-table--stacked-header width-full">
          <caption className="usa-sr-only">{t('visits.scheduleCaption', { date: formatDate(schedule.today) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('visits.field.child')}</th>
              <th scope="col">{t('visits.field.lastSeen')}</th>
              <th scope="col">{t('visits.field.dueBy')}</th>
              <th scope="col">{t('visits.field.status')}</th>
            </tr>
          </thead>
          <tbody>
            {schedule.children.map((child) => (
              <tr key={child.personId}>
                <th scope="row" data-label={t('visits.field.child')}>
                  {child.name}
                </th>
                <td data-label={t('visits.field.lastSeen')}>{child.lastSeenOn ? formatDate(child.lastSeenOn) : t('visits.neverSeen')}</td>
                <td data-label={t('visits.field.dueBy')}>{child.due ? formatDate(child.due.dueBy) : t('common.noValue')}</td>
                <td data-label={t('visits.field.status')}>
                  {child.due ? (
                    <>
                      <span className={cx('usa-tag', tone[child.due.status])}>{tc('scheduleStatus', child.due.status)}</span>
                      <span className="display-block">{t('visits.seenOfRequired', { seen: child.due.seen, required: child.due.required })}</span>
                    </>
                  ) : (
                    t('visits.noStandard')
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {schedule.nextPlanned.length > 0 && <p>{t('visits.nextPlanned', { dates: schedule.nextPlanned.map((p) => formatDate(p.plannedFor)).join(', ') })}</p>}
    </>
  );
}
