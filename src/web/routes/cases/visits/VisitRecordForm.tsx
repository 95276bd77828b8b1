import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { Visit } from '../../../api/visits';
import { BusyButton } from '../../../components/BusyButton';
import { ConflictAlert } from '../../../components/ConflictAlert';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { ChoiceGroup, choiceId } from '../../../components/fields/ChoiceGroup';
import { fieldId } from '../../../components/fields/field-ids';
import { TextareaField } from '../../../components/fields/TextareaField';
import { TextField } from '../../../components/fields/TextField';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { SuccessAlert } from '../../../components/SuccessAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { fromZonedInputValue } from '../../../lib/date-time';
import { collectProblems, errorText, generalError } from '../../../lib/form-problems';
import { useTopicChoices } from './use-topic-choices';
import { initialRecord, useVisitRecord } from './use-visit-record';
import { visitLocationCodes } from './visit-codes';
import type { VisitRecordValues } from './visit-record-model';
import { VisitPeopleFields } from './VisitPeopleFields';
import { VisitProgressFields } from './VisitProgressFields';

const FORM = 'visit-record';

/** The field names, in page order, for the error summary and the server's field paths. */
const fieldNames = (values: VisitRecordValues) => [
  'occurredAt',
  'location.kind',
  'location.note',
  ...values.people.flatMap((_, i) => [`people.${i}.seen`, `people.${i}.notSeenReason`, `people.${i}.privateTimeMinutes`]),
  'safety.newConcerns',
  'safety.childrenSafe',
  'safety.note',
  ...values.progress.flatMap((_, i) => [`progress.${i}.discussed`, `progress.${i}.note`, `progress.${i}.givenBy.name`]),
  'familyWords',
  'nextSteps',
  'nextVisitOn',
];

/** Radio groups: the error summary links to their first choice (a fieldset has no control to focus). */
const linkTargets = (values: VisitRecordValues) =>
  Object.fromEntries(
    [
      ['location.kind', visitLocationCodes[0]],
      ['safety.newConcerns', 'yes'],
      ['safety.childrenSafe', 'yes'],
      ...values.people.map((_, i) => [`people.${i}.seen`, 'yes']),
    ].map(([name, first]) => [name, choiceId(fieldId(FORM, name), first)]),
  );

/**
 * VIS-3: what happened at the visit. Saving marks it recorded; saving again corrects the record.
 * The typing is kept on this device, and sent when the network comes back (use-visit-record.ts).
 */
export function VisitRecordForm({ visit }: { visit: Visit }) {
  const { t, tc, timeZone, formatMoment } = useI18n();
  const [start] = useState(() => initialRecord(visit, timeZone));
  const form = useForm<VisitRecordValues>({ shouldFocusError: false, defaultValues: start.values });
  const { errors } = form.formState;
  const names = fieldNames(form.getValues());
  const record = useVisitRecord(visit, form, names, start);
  const objectives = useTopicChoices(visit.caseId).choices.filter((c) => c.kind === 'objective');
  const location = form.watch('location.kind');
  const safety = form.watch('safety');
  const onSubmit = form.handleSubmit(record.send);
  const yesNo = [
    { value: 'yes', label: t('common.yes') },
    { value: 'no', label: t('common.no') },
  ];
  const required = (label: string) => ({ validate: (value: string) => value.trim() !== '' || label });

  return (
    <form className="usa-form usa-form--large maxw-full" noValidate onSubmit={onSubmit} aria-labelledby="visit-record-heading">
      <h2 id="visit-record-heading">{t(visit.status === 'recorded' ? 'visit.correctHeading' : 'visit.recordHeading')}</h2>
      <div role="status">
        {record.saved && <SuccessAlert>{t('visit.saved')}</SuccessAlert>}
        {record.draft === 'pending' && (
          <div className="usa-alert usa-alert--warning usa-alert--slim margin-bottom-3">
            <div className="usa-alert__body">
              <p className="usa-alert__text">{t('visit.draft.pending')}</p>
              <button type="button" className="usa-button usa-button--unstyled" disabled={record.busy} onClick={record.sendNow}>
                {t('visit.draft.sendNow')}
              </button>
            </div>
          </div>
        )}
        {record.draft === 'kept' && <p className="usa-hint">{t('visit.draft.kept')}</p>}
      </div>
      {record.stale && <ConflictAlert subject="record" onReload={record.reload} />}
      <ErrorSummary problems={[...collectProblems(errors, FORM, names, linkTargets(form.getValues())), ...record.problems]} />
      <ProblemAlert error={record.stale ? null : generalError(record.failure)} />
      {visit.recordedByName && visit.occurredAt && (
        <p className="usa-hint">{t('visit.recordedBy', { name: visit.recordedByName, date: formatMoment(visit.occurredAt) })}</p>
      )}
      <TextField
        id={fieldId(FORM, 'occurredAt')}
        type="datetime-local"
        required
        label={t('visit.field.occurredAt')}
        hint={t('visit.field.occurredAtHint', { zone: timeZone })}
        error={errorText(errors, 'occurredAt')}
        {...form.register('occurredAt', { validate: (value) => fromZonedInputValue(value, timeZone) !== null || t('visit.field.occurredAt') })}
      />
      <ChoiceGroup
        id={fieldId(FORM, 'location.kind')}
        type="radio"
        required
        tile
        legend={t('visit.field.location')}
        error={errorText(errors, 'location.kind')}
        options={visitLocationCodes.map((code) => ({ value: code, label: tc('visitLocation', code) }))}
        {...form.register('location.kind', { validate: (value) => value !== '' || t('visit.field.location') })}
      />
      <TextField
        id={fieldId(FORM, 'location.note')}
        required={location === 'other'}
        label={t(location === 'other' ? 'visit.field.locationWhere' : 'visit.field.locationNote')}
        error={errorText(errors, 'location.note')}
        {...form.register('location.note', {
          validate: (value, all) => all.location.kind !== 'other' || value.trim() !== '' || t('visit.field.locationWhere'),
        })}
      />
      <VisitPeopleFields form={form} formName={FORM} />
      <fieldset className="usa-fieldset margin-top-3">
        <legend className="usa-legend usa-legend--large">{t('visit.safetyHeading')}</legend>
        <ChoiceGroup
          id={fieldId(FORM, 'safety.newConcerns')}
          type="radio"
          required
          legend={t('visit.field.newConcerns')}
          error={errorText(errors, 'safety.newConcerns')}
          options={yesNo}
          {...form.register('safety.newConcerns', { validate: (value) => value !== '' || t('visit.field.newConcerns') })}
        />
        <ChoiceGroup
          id={fieldId(FORM, 'safety.childrenSafe')}
          type="radio"
          required
          legend={t('visit.field.childrenSafe')}
          error={errorText(errors, 'safety.childrenSafe')}
          options={yesNo}
          {...form.register('safety.childrenSafe', { validate: (value) => value !== '' || t('visit.field.childrenSafe') })}
        />
        <TextareaField
          id={fieldId(FORM, 'safety.note')}
          required={safety.newConcerns === 'yes' || safety.childrenSafe === 'no'}
          label={t('visit.field.safetyNote')}
          error={errorText(errors, 'safety.note')}
          {...form.register('safety.note', {
            validate: (value, all) =>
              (all.safety.newConcerns !== 'yes' && all.safety.childrenSafe !== 'no') || value.trim() !== '' || t('visit.field.safetyNote'),
          })}
        />
      </fieldset>
      <VisitProgressFields form={form} formName={FORM} objectives={objectives} />
      <TextareaField
        id={fieldId(FORM, 'familyWords')}
        required
        tall
        label={t('visit.field.familyWords')}
        error={errorText(errors, 'familyWords')}
        {...form.register('familyWords', required(t('visit.field.familyWords')))}
      />
      <TextareaField
        id={fieldId(FORM, 'nextSteps')}
        required
        label={t('visit.field.nextSteps')}
        error={errorText(errors, 'nextSteps')}
        {...form.register('nextSteps', required(t('visit.field.nextSteps')))}
      />
      <TextField
        id={fieldId(FORM, 'nextVisitOn')}
        type="date"
        label={t('visit.field.nextVisitOn')}
        error={errorText(errors, 'nextVisitOn')}
        {...form.register('nextVisitOn')}
      />
      <div className="margin-top-3">
        <BusyButton busy={record.busy} label={t('visit.save')} busyLabel={t('visit.saving')} />
      </div>
    </form>
  );
}
