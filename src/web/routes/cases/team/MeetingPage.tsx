import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type Meeting, markFollowUp, meetingQuery, meetingSummaryUrl, meetingsQuery } from '../../../api/family-team';
import { BusyButton } from '../../../components/BusyButton';
import { Page } from '../../../components/Page';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { QueryState } from '../../../components/QueryState';
import { useI18n } from '../../../i18n/I18nProvider';
import { todayInZone } from '../../../lib/date-time';
import { CaseDocuments } from '../documents/CaseDocuments';
import { CancelMeeting, RescheduleMeeting } from './MeetingChanges';
import { MeetingRecordForm } from './MeetingRecordForm';

/** ENG-4: one family team meeting — when and why, who was invited, its record, follow-ups and summary. */
export function MeetingPage({ caseId, meetingId }: { caseId: string; meetingId: string }) {
  const { t, formatMoment } = useI18n();
  const query = useQuery(meetingQuery(meetingId));
  const title = query.data ? t('meeting.title', { date: formatMoment(String(query.data.heldAt ?? query.data.scheduledFor)) }) : t('meeting.titleLoading');
  return (
    <Page title={title}>
      <QueryState query={query}>{(meeting) => <MeetingDetails caseId={caseId} meeting={meeting} />}</QueryState>
    </Page>
  );
}

function MeetingDetails({ caseId, meeting }: { caseId: string; meeting: Meeting }) {
  const { t, tc, formatMoment } = useI18n();
  const other = meeting.language === 'en' ? 'es' : 'en';
  return (
    <>
      <p>
        <Link to="/cases/$caseId" params={{ caseId }}>
          {t('meeting.backToCase', { number: meeting.caseNumber })}
        </Link>
      </p>
      <section aria-labelledby="meeting-details-heading">
        <h2 id="meeting-details-heading">{t('meeting.detailsHeading')}</h2>
        <dl className="hearth-summary">
          <dt>{t('meetings.field.reason')}</dt>
          <dd>
            {tc('meetingReason', meeting.reason)}
            {meeting.requestedByName && <span className="display-block">{t('meeting.requestedBy', { name: meeting.requestedByName })}</span>}
          </dd>
          <dt>{t('meetings.field.status')}</dt>
          <dd>
            {tc('meetingStatus', meeting.status)}
            {meeting.cancelledReason && <span className="display-block">{t('meeting.cancelled', { reason: meeting.cancelledReason })}</span>}
          </dd>
          <dt>{t('meetings.field.scheduledFor')}</dt>
          <dd>{formatMoment(String(meeting.scheduledFor))}</dd>
          <dt>{t('meetings.field.location')}</dt>
          <dd>{meeting.location ?? t('common.noValue')}</dd>
          <dt>{t('meetings.field.agenda')}</dt>
          <dd className="hearth-narrative">{meeting.agenda ?? t('common.noValue')}</dd>
          <dt>{t('meetings.field.invited')}</dt>
          <dd>
            {meeting.attendees.length === 0 ? (
              t('common.none')
            ) : (
              <ul className="usa-list usa-list--unstyled">
                {meeting.attendees.map((a) => (
                  <li key={a.memberId}>
                    {a.name} ({tc('teamRole', a.role)}){a.attendance && ` — ${tc('attendanceMode', a.attendance)}`}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </dl>
        {meeting.status === 'held' && (
          <p className="hearth-no-print">
            <a className="usa-button usa-button--outline" href={meetingSummaryUrl(meeting.id, meeting.language)}>
              {t('meeting.summary')}
            </a>
            <a className="usa-button usa-button--unstyled" href={meetingSummaryUrl(meeting.id, other)}>
              {t('meeting.summaryOther', { language: t(`meetings.language.${other}`) })}
            </a>
          </p>
        )}
      </section>
      {meeting.status === 'held' && meeting.followUps.length > 0 && <FollowUps meeting={meeting} />}
      {meeting.status !== 'cancelled' && <CaseDocuments caseId={caseId} meetingId={meeting.id} />}
      {meeting.abilities.edit ? (
        <>
          <MeetingRecordForm meeting={meeting} />
          {meeting.status === 'scheduled' && (
            <>
              <RescheduleMeeting meeting={meeting} />
              <CancelMeeting meeting={meeting} />
            </>
          )}
        </>
      ) : (
        <>
          <p className="usa-hint margin-top-3">{t('meeting.readOnly')}</p>
          {meeting.status === 'held' && <RecordReadOnly meeting={meeting} />}
        </>
      )}
    </>
  );
}

/** The follow-ups of a held meeting, each marked done (today, in the agency's zone) or not done again. */
function FollowUps({ meeting }: { meeting: Meeting }) {
  const { t, formatDate, timeZone } = useI18n();
  const queryClient = useQueryClient();
  const mark = useMutation({
    mutationFn: (f: Meeting['followUps'][number]) => markFollowUp(meeting.id, f.id, { version: f.version, doneOn: f.doneOn ? null : todayInZone(timeZone) }),
    onSuccess: (answer) => queryClient.setQueryData(meetingQuery(meeting.id).queryKey, answer),
    onSettled: () => queryClient.invalidateQueries({ queryKey: meetingsQuery(meeting.caseId).queryKey }),
  });
  return (
    <section aria-labelledby="meeting-follow-ups-heading" className="margin-top-3">
      <h2 id="meeting-follow-ups-heading">{t('meeting.followUpsHeading')}</h2>
      <ProblemAlert error={mark.error} />
      <table className="usa-table usa-table--borderless usa-table--stacked-header width-full" aria-labelledby="meeting-follow-ups-heading">
        <thead>
          <tr>
            <th scope="col">{t('meeting.followUp.action')}</th>
            <th scope="col">{t('meeting.followUp.responsible')}</th>
            <th scope="col">{t('meeting.followUp.dueOn')}</th>
            <th scope="col">{t('meetings.field.status')}</th>
          </tr>
        </thead>
        <tbody>
          {meeting.followUps.map((f) => (
            <tr key={f.id}>
              <th scope="row" data-label={t('meeting.followUp.action')}>
                {f.action}
              </th>
              <td data-label={t('meeting.followUp.responsible')}>{f.responsibleName}</td>
              <td data-label={t('meeting.followUp.dueOn')}>{formatDate(f.dueOn)}</td>
              <td data-label={t('meetings.field.status')}>
                {f.doneOn && <span className="display-block">{t('meeting.followUp.done', { date: formatDate(f.doneOn) })}</span>}
                {meeting.abilities.edit && (
                  <BusyButton
                    type="button"
                    variant="unstyled"
                    busy={mark.isPending && mark.variables?.id === f.id}
                    label={t(f.doneOn ? 'meeting.followUp.markNotDone' : 'meeting.followUp.markDone', { action: f.action })}
                    busyLabel={t('meeting.saving')}
                    onClick={() => mark.mutate(f)}
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function RecordReadOnly({ meeting }: { meeting: Meeting }) {
  const { t, language } = useI18n();
  return (
    <section aria-labelledby="meeting-record-heading">
      <h2 id="meeting-record-heading">{t('meeting.recordHeading')}</h2>
      <dl className="hearth-summary">
        <dt>{t('meeting.field.familyWords')}</dt>
        <dd className="hearth-narrative">{meeting.familyWords}</dd>
        <dt>{t('meeting.field.decisions')}</dt>
        <dd className="hearth-narrative">{meeting.decisions}</dd>
        {meeting.disclosures.map((d) => (
          <div key={d.code}>
            <dt>{d.label[language]}</dt>
            <dd>
              {t(d.explained ? 'meeting.disclosure.explained' : 'meeting.disclosure.notExplained')}
              {d.familyResponse && <span className="display-block">{d.familyResponse}</span>}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
