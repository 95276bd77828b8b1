import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { attendanceModes } from '../../../../domain/code-lists';
import { isApiError } from '../../../api/client';
import { type Meeting, meetingQuery, meetingsQuery, recordMeeting } from '../../../api/family-team';
import { BusyButton } from '../../../components/BusyButton';
import { ConflictAlert } from '../../../components/ConflictAlert';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { ChoiceGroup } from '../../../components/fields/ChoiceGroup';
import { fieldId } from '../../../components/fields/field-ids';
import { SelectField } from '../../../components/fields/SelectField';
import { TextareaField } from '../../../components/fields/TextareaField';
import { TextField } from '../../../components/fields/TextField';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { SuccessAlert } from '../../../components/SuccessAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { fromZonedInputValue } from '../../../lib/date-time';
import { collectProblems, errorText, generalError } from '../../../lib/form-problems';
import { useServerProblems } from '../../../lib/use-server-problems';
import { attendanceRoster, OTHER, type RecordValues, toMeetingRecord, toRecordValues } from './meeting-record-model';

const FORM = 'meeting-record';

/** The field names, in page order, for the error summary and the server's field paths. */
const fieldNames = (meeting: Meeting, followUps: number) => [
  'heldAt',
  ...attendanceRoster(meeting).map((_, i) => `attendance.${i}.memberId`),
  'familyWords',
  'decisions',
  ...meeting.disclosures.flatMap((d, i) => [`disclosures.${i}.explained`, `disclosures.${d.code}`]),
  ...Array.from({ length: followUps }, (_, i) => [
    `followUps.${i}.action`,
    `followUps.${i}.responsibleMemberId`,
    `followUps.${i}.responsibleName`,
    `followUps.${i}.dueOn`,
  ]).flat(),
];

/**
 * ENG-4 and ENG-5: what happened at the meeting — who came and how, the family's own words, the
 * decisions, every full-disclosure item answered, and who will do what by when. Saving marks the
 * meeting held; saving again corrects the record at the version read.
 */
export function MeetingRecordForm({ meeting }: { meeting: Meeting }) {
  const { t, tc, language, timeZone } = useI18n();
  const queryClient = useQueryClient();
  const form = useForm<RecordValues>({ shouldFocusError: false, defaultValues: toRecordValues(meeting, timeZone) });
  const { errors } = form.formState;
  const followUps = useFieldArray({ control: form.control, name: 'followUps', keyName: 'key' });
  const names = fieldNames(meeting, followUps.fields.length);
  const server = useServerProblems(names, form.setError);
  const [saved, setSaved] = useState(false);
  // A reload after a 409 brings someone else's record: show it rather than the copy typed over it.
  // Only a new version resets the form; a refetch of the same one keeps what is being typed.
  const shownVersion = useRef(meeting.version);
  useEffect(() => {
    if (meeting.version === shownVersion.current) return;
    shownVersion.current = meeting.version;
    form.reset(toRecordValues(meeting, timeZone));
  }, [meeting, timeZone, form]);
  const save = useMutation({
    mutationFn: (values: RecordValues) => recordMeeting(meeting.id, toMeetingRecord(values, meeting.version, timeZone)),
    onSuccess: (answer) => {
      queryClient.setQueryData(meetingQuery(meeting.id).queryKey, answer);
      void queryClient.invalidateQueries({ queryKey: meetingsQuery(meeting.caseId).queryKey });
      form.reset(toRecordValues(answer, timeZone));
      setSaved(true);
    },
    onError: server.capture,
  });
  const stale = isApiError(save.error) && save.error.reason === 'stale_version';
  const onSubmit = form.handleSubmit((values) => {
    server.clear();
    setSaved(false);
    save.mutate(values);
  });
  const required = (label: string) => ({ validate: (value: string) => value.trim() !== '' || label });
  const responsibleOptions = [...meeting.team.map((m) => ({ value: m.id, label: m.name })), { value: OTHER, label: t('meeting.followUp.responsibleOther') }];

  return (
    <form className="usa-form usa-form--large maxw-full" noValidate onSubmit={onSubmit} aria-labelledby="meeting-record-heading">
      <h2 id="meeting-record-heading">{t('meeting.recordHeading')}</h2>
      <p>{t('meeting.recordIntro')}</p>
      {saved && <SuccessAlert role="status">{t('meeting.saved')}</SuccessAlert>}
      {stale && <ConflictAlert subject="record" onReload={() => void queryClient.invalidateQueries({ queryKey: meetingQuery(meeting.id).queryKey })} />}
      <ErrorSummary problems={[...collectProblems(errors, FORM, names), ...server.problems]} />
      <ProblemAlert error={stale ? null : generalError(save.error)} />
      <TextField
        id={fieldId(FORM, 'heldAt')}
        type="datetime-local"
        required
        label={t('meeting.field.heldAt')}
        hint={t('meetings.field.scheduledForHint', { zone: timeZone })}
        error={errorText(errors, 'heldAt')}
        {...form.register('heldAt', { validate: (value) => fromZonedInputValue(value, timeZone) !== null || t('meeting.field.heldAt') })}
      />
      <fieldset className="usa-fieldset margin-top-3">
        <legend className="usa-legend usa-legend--large">{t('meeting.attendanceHeading')}</legend>
        <div className="grid-row grid-gap">
          {attendanceRoster(meeting).map((member, i) => (
            <div className="tablet:grid-col-6" key={member.id}>
              <SelectField
                id={fieldId(FORM, `attendance.${i}.memberId`)}
                label={t('meeting.field.attendance', { name: `${member.name} (${tc('teamRole', member.role)})` })}
                placeholder={t('meeting.field.attendanceNone')}
                error={errorText(errors, `attendance.${i}.memberId`)}
                options={attendanceModes.map((code) => ({ value: code, label: tc('attendanceMode', code) }))}
                {...form.register(`attendance.${i}.attendance`)}
              />
            </div>
          ))}
        </div>
      </fieldset>
      <TextareaField
        id={fieldId(FORM, 'familyWords')}
        required
        tall
        label={t('meeting.field.familyWords')}
        error={errorText(errors, 'familyWords')}
        {...form.register('familyWords', required(t('meeting.field.familyWords')))}
      />
      <TextareaField
        id={fieldId(FORM, 'decisions')}
        required
        label={t('meeting.field.decisions')}
        error={errorText(errors, 'decisions')}
        {...form.register('decisions', required(t('meeting.field.decisions')))}
      />
      <fieldset className="usa-fieldset margin-top-3">
        <legend className="usa-legend usa-legend--large">{t('meeting.disclosureHeading')}</legend>
        <p className="usa-hint">{t('meeting.disclosureIntro')}</p>
        {meeting.disclosures.map((item, i) => {
          const label = item.label[language];
          return (
            <div key={item.code} className="border-top border-base-lighter padding-top-1 margin-top-2">
              <ChoiceGroup
                id={fieldId(FORM, `disclosures.${i}.explained`)}
                type="radio"
                required
                legend={t('meeting.disclosure.question', { item: label })}
                hint={item.explanation[language]}
                error={errorText(errors, `disclosures.${i}.explained`) ?? errorText(errors, `disclosures.${item.code}`)}
                options={[
                  { value: 'yes', label: t('meeting.disclosure.explained') },
                  { value: 'no', label: t('meeting.disclosure.notExplained') },
                ]}
                {...form.register(`disclosures.${i}.explained`, { validate: (value) => value !== '' || label })}
              />
              <TextareaField
                id={fieldId(FORM, `disclosures.${i}.familyResponse`)}
                label={`${t('meeting.disclosure.response')}: ${label}`}
                {...form.register(`disclosures.${i}.familyResponse`)}
              />
            </div>
          );
        })}
      </fieldset>
      <fieldset className="usa-fieldset margin-top-3">
        <legend className="usa-legend usa-legend--large">{t('meeting.followUpsHeading')}</legend>
        {followUps.fields.map((field, i) => {
          const responsible = form.watch(`followUps.${i}.responsible`);
          return (
            <fieldset key={field.key} className="usa-fieldset border-top border-base-lighter padding-top-1 margin-top-2">
              <legend className="usa-legend text-bold">{t('meeting.followUp.heading', { number: i + 1 })}</legend>
              <TextField
                id={fieldId(FORM, `followUps.${i}.action`)}
                required
                label={t('meeting.followUp.action')}
                error={errorText(errors, `followUps.${i}.action`)}
                {...form.register(`followUps.${i}.action`, required(t('meeting.followUp.action')))}
              />
              <SelectField
                id={fieldId(FORM, `followUps.${i}.responsibleMemberId`)}
                required
                label={t('meeting.followUp.responsible')}
                error={errorText(errors, `followUps.${i}.responsibleMemberId`)}
                options={responsibleOptions}
                {...form.register(`followUps.${i}.responsible`)}
              />
              {responsible === OTHER && (
                <TextField
                  id={fieldId(FORM, `followUps.${i}.responsibleName`)}
                  required
                  label={t('meeting.followUp.responsibleName')}
                  error={errorText(errors, `followUps.${i}.responsibleName`)}
                  {...form.register(`followUps.${i}.responsibleName`, required(t('meeting.followUp.responsibleName')))}
                />
              )}
              <TextField
                id={fieldId(FORM, `followUps.${i}.dueOn`)}
                type="date"
                required
                label={t('meeting.followUp.dueOn')}
                error={errorText(errors, `followUps.${i}.dueOn`)}
                {...form.register(`followUps.${i}.dueOn`, required(t('meeting.followUp.dueOn')))}
              />
              <button type="button" className="usa-button usa-button--unstyled margin-top-1" onClick={() => followUps.remove(i)}>
                {t('meeting.followUp.remove', { number: i + 1 })}
              </button>
            </fieldset>
          );
        })}
        <button
          type="button"
          className="usa-button usa-button--outline margin-top-2"
          onClick={() => followUps.append({ id: crypto.randomUUID(), action: '', responsible: meeting.team[0]?.id ?? OTHER, responsibleName: '', dueOn: '' })}
        >
          {t('meeting.followUp.add')}
        </button>
      </fieldset>
      <div className="margin-top-3">
        <BusyButton busy={save.isPending} label={t('meeting.save')} busyLabel={t('meeting.saving')} />
      </div>
    </form>
  );
}
