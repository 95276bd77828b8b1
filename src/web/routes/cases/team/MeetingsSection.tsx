import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { type MeetingList, meetingsQuery, teamQuery } from '../../../api/family-team';
import { QueryState } from '../../../components/QueryState';
import { SuccessAlert } from '../../../components/SuccessAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { ScheduleMeetingForm } from './ScheduleMeetingForm';

/** ENG-4: the case's family team meetings, newest first, and scheduling the next one. */
export function MeetingsSection({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const query = useQuery(meetingsQuery(caseId));
  return (
    <div className="margin-top-3">
      <h3 id="meetings-heading">{t('meetings.heading')}</h3>
      <QueryState query={query}>{(list) => <Meetings caseId={caseId} list={list} />}</QueryState>
    </div>
  );
}

function Meetings({ caseId, list }: { caseId: string; list: MeetingList }) {
  const { t, tc, formatMoment } = useI18n();
  const team = useQuery(teamQuery(caseId));
  const [scheduling, setScheduling] = useState(false);
  const [scheduled, setScheduled] = useState(false);
  return (
    <>
      {scheduled && <SuccessAlert role="status">{t('meetings.scheduled')}</SuccessAlert>}
      {list.items.length === 0 ? (
        <p>{t('meetings.empty')}</p>
      ) : (
        <table className="usa-table usa-table--borderless usa-table--stacked-header width-full" aria-labelledby="meetings-heading">
          <thead>
            <tr>
              <th scope="col">{t('meetings.field.when')}</th>
              <th scope="col">{t('meetings.field.reason')}</th>
              <th scope="col">{t('meetings.field.status')}</th>
              <th scope="col">{t('meetings.field.followUps')}</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((m) => {
              const when = formatMoment(String(m.heldAt ?? m.scheduledFor));
              return (
                <tr key={m.id}>
                  <th scope="row" data-label={t('meetings.field.when')}>
                    <Link to="/cases/$caseId/meetings/$meetingId" params={{ caseId, meetingId: m.id }} aria-label={t('meetings.open', { date: when })}>
                      {when}
                    </Link>
                  </th>
                  <td data-label={t('meetings.field.reason')}>{tc('meetingReason', m.reason)}</td>
                  <td data-label={t('meetings.field.status')}>{tc('meetingStatus', m.status)}</td>
                  <td data-label={t('meetings.field.followUps')}>{m.openFollowUps}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {list.abilities.schedule &&
        team.data &&
        (scheduling ? (
          <ScheduleMeetingForm
            caseId={caseId}
            team={team.data}
            onScheduled={() => {
              setScheduled(true);
              setScheduling(false);
            }}
            onCancel={() => setScheduling(false)}
          />
        ) : (
          <button
            type="button"
            className="usa-button margin-top-1"
            onClick={() => {
              setScheduled(false);
              setScheduling(true);
            }}
          >
            {t('meetings.schedule')}
          </button>
        ))}
    </>
  );
}
