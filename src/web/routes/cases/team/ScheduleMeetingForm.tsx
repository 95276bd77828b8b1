import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { useForm } from 'react-hook-form';
import { meetingReasons } from '../../../../domain/code-lists';
import { type FamilyTeam, type Meeting, type NewMeeting, meetingsQuery, scheduleMeeting } from '../../../api/family-team';
import { BusyButton } from '../../../components/BusyButton';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { ChoiceGroup } from '../../../components/fields/ChoiceGroup';
import { fieldId } from '../../../components/fields/field-ids';
import { SelectField } from '../../../components/fields/SelectField';
import { TextareaField } from '../../../components/fields/TextareaField';
import { TextField } from '../../../components/fields/TextField';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { fromZonedInputValue } from '../../../lib/date-time';
import { collectProblems, errorText, generalError } from '../../../lib/form-problems';
import { useServerProblems } from '../../../lib/use-server-problems';

const FORM = 'meeting';
const FIELDS = ['reason', 'requestedBy', 'scheduledFor', 'location', 'agenda', 'language', 'invitedMemberIds'];

interface MeetingValues {
  reason: string;
  requestedBy: string;
  scheduledFor: string;
  location: string;
  agenda: string;
  language: string;
  invitedMemberIds: string[];
}

const blank: MeetingValues = { reason: 'regular_review', requestedBy: '', scheduledFor: '', location: '', agenda: '', language: 'en', invitedMemberIds: [] };
const given = (value: string) => (value.trim() === '' ? undefined : value.trim());

/** ENG-4: schedules a family team meeting; its id is made once per form, so a double click schedules one. */
export function ScheduleMeetingForm({
  caseId,
  team,
  onScheduled,
  onCancel,
}: {
  caseId: string;
  team: FamilyTeam;
  onScheduled: (m: Meeting) => void;
  onCancel: () => void;
}) {
  const { t, tc, timeZone } = useI18n();
  const queryClient = useQueryClient();
  const meetingId = useRef(crypto.randomUUID());
  const form = useForm<MeetingValues>({ shouldFocusError: false, defaultValues: blank });
  const { errors } = form.formState;
  const server = useServerProblems(FIELDS, form.setError);
  const reason = form.watch('reason');
  const save = useMutation({
    mutationFn: (v: MeetingValues) =>
      scheduleMeeting(caseId, {
        id: meetingId.current,
        reason: v.reason as NewMeeting['reason'],
        ...(v.reason === 'requested' && v.requestedBy ? { requestedBy: v.requestedBy } : {}),
        scheduledFor: fromZonedInputValue(v.scheduledFor, timeZone) ?? v.scheduledFor,
        location: given(v.location),
        agenda: given(v.agenda),
        language: v.language as 'en' | 'es',
        invitedMemberIds: v.invitedMemberIds,
      }),
    onSuccess: (meeting) => {
      void queryClient.invalidateQueries({ queryKey: meetingsQuery(caseId).queryKey });
      meetingId.current = crypto.randomUUID();
      form.reset(blank);
      onScheduled(meeting);
    },
    onError: server.capture,
  });
  const onSubmit = form.handleSubmit((values) => {
    server.clear();
    save.mutate(values);
  });
  const members = team.members.filter((m) => m.active);
  // Who may ask: anyone in the family network, on the team or not.
  const people = [
    ...members.flatMap((m) => (m.personId ? [{ value: m.personId, label: m.name }] : [])),
    ...team.candidates.map((c) => ({ value: c.personId, label: c.name })),
  ];

  return (
    <form className="usa-form usa-form--large maxw-full" noValidate onSubmit={onSubmit} aria-labelledby="meeting-schedule-heading">
      <h3 id="meeting-schedule-heading">{t('meetings.scheduleHeading')}</h3>
      <ErrorSummary problems={[...collectProblems(errors, FORM, FIELDS), ...server.problems]} />
      <ProblemAlert error={generalError(save.error)} />
      <SelectField
        id={fieldId(FORM, 'reason')}
        required
        label={t('meetings.field.reason')}
        options={meetingReasons.map((code) => ({ value: code, label: tc('meetingReason', code) }))}
        {...form.register('reason')}
      />
      {reason === 'requested' && (
        <SelectField
          id={fieldId(FORM, 'requestedBy')}
          required
          label={t('meetings.field.requestedBy')}
          placeholder={t('network.choose')}
          error={errorText(errors, 'requestedBy')}
          options={people}
          {...form.register('requestedBy', { validate: (value) => value !== '' || t('meetings.field.requestedBy') })}
        />
      )}
      <TextField
        id={fieldId(FORM, 'scheduledFor')}
        type="datetime-local"
        required
        label={t('meetings.field.scheduledFor')}
        hint={t('meetings.field.scheduledForHint', { zone: timeZone })}
        error={errorText(errors, 'scheduledFor')}
        {...form.register('scheduledFor', { validate: (value) => fromZonedInputValue(value, timeZone) !== null || t('meetings.field.scheduledFor') })}
      />
      <TextField id={fieldId(FORM, 'location')} label={t('meetings.field.location')} error={errorText(errors, 'location')} {...form.register('location')} />
      <TextareaField id={fieldId(FORM, 'agenda')} label={t('meetings.field.agenda')} error={errorText(errors, 'agenda')} {...form.register('agenda')} />
      <SelectField
        id={fieldId(FORM, 'language')}
        label={t('meetings.field.language')}
        options={[
          { value: 'en', label: t('meetings.language.en') },
          { value: 'es', label: t('meetings.language.es') },
        ]}
        {...form.register('language')}
      />
      {members.length > 0 && (
        <ChoiceGroup
          id={fieldId(FORM, 'invitedMemberIds')}
          type="checkbox"
          legend={t('meetings.field.invited')}
          options={members.map((m) => ({ value: m.id, label: `${m.name} (${tc('teamRole', m.role)})` }))}
          {...form.register('invitedMemberIds')}
        />
      )}
      <div className="margin-top-2">
        <BusyButton busy={save.isPending} label={t('meetings.schedule')} busyLabel={t('meetings.scheduling')} />
        <button type="button" className="usa-button usa-button--unstyled margin-left-2" onClick={onCancel}>
          {t('team.cancel')}
        </button>
      </div>
    </form>
  );
}
