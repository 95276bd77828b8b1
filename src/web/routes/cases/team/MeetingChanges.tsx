import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { cancelMeeting, changeMeeting, type Meeting, meetingQuery, meetingsQuery } from '../../../api/family-team';
import { BusyButton } from '../../../components/BusyButton';
import { TextareaField } from '../../../components/fields/TextareaField';
import { TextField } from '../../../components/fields/TextField';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { fromZonedInputValue, toZonedInputValue } from '../../../lib/date-time';

/** Moves a meeting not yet held to another time or place, at the version read. */
export function RescheduleMeeting({ meeting }: { meeting: Meeting }) {
  const { t, timeZone } = useI18n();
  const queryClient = useQueryClient();
  const [when, setWhen] = useState(toZonedInputValue(String(meeting.scheduledFor), timeZone));
  const [where, setWhere] = useState(meeting.location ?? '');
  const moment = fromZonedInputValue(when, timeZone);
  const move = useMutation({
    mutationFn: () =>
      changeMeeting(meeting.id, { version: meeting.version, scheduledFor: moment ?? when, location: where.trim() === '' ? null : where.trim() }),
    onSuccess: (answer) => {
      queryClient.setQueryData(meetingQuery(meeting.id).queryKey, answer);
      void queryClient.invalidateQueries({ queryKey: meetingsQuery(meeting.caseId).queryKey });
    },
  });
  return (
    <details className="margin-top-4">
      <summary>{t('meeting.reschedule')}</summary>
      <ProblemAlert error={move.error} />
      <TextField
        id="meeting-reschedule-when"
        type="datetime-local"
        required
        label={t('meetings.field.scheduledFor')}
        hint={t('meetings.field.scheduledForHint', { zone: timeZone })}
        value={when}
        onChange={(e) => setWhen(e.target.value)}
      />
      <TextField id="meeting-reschedule-where" label={t('meetings.field.location')} value={where} onChange={(e) => setWhere(e.target.value)} />
      <BusyButton
        type="button"
        className="margin-top-1"
        busy={move.isPending}
        disabled={moment === null}
        label={t('meeting.rescheduleConfirm')}
        busyLabel={t('meeting.saving')}
        onClick={() => move.mutate()}
      />
    </details>
  );
}

/** Cancels a meeting not yet held, with the reason. */
export function CancelMeeting({ meeting }: { meeting: Meeting }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const cancel = useMutation({
    mutationFn: () => cancelMeeting(meeting.id, { version: meeting.version, reason }),
    onSuccess: (answer) => {
      queryClient.setQueryData(meetingQuery(meeting.id).queryKey, answer);
      void queryClient.invalidateQueries({ queryKey: meetingsQuery(meeting.caseId).queryKey });
    },
  });
  return (
    <details className="margin-top-4">
      <summary>{t('meeting.cancel')}</summary>
      <ProblemAlert error={cancel.error} />
      <TextareaField id="meeting-cancel-reason" required label={t('meeting.cancelReason')} value={reason} onChange={(e) => setReason(e.target.value)} />
      <BusyButton
        type="button"
        variant="secondary"
        className="margin-top-1"
        busy={cancel.isPending}
        disabled={reason.trim() === ''}
        label={t('meeting.cancelConfirm')}
        busyLabel={t('meeting.saving')}
        onClick={() => cancel.mutate()}
      />
    </details>
  );
}
