import { useForm } from 'react-hook-form';
import { useCodeLists } from '../../../api/code-lists';
import { addAllegation } from '../../../api/endpoints';
import type { Allegation, Report } from '../../../api/types';
import { BusyButton } from '../../../components/BusyButton';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { fieldId } from '../../../components/fields/field-ids';
import { SelectField } from '../../../components/fields/SelectField';
import { TextareaField } from '../../../components/fields/TextareaField';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { collectProblems, errorText, generalError } from '../../../lib/form-problems';
import { useServerProblems } from '../../../lib/use-server-problems';
import { clearDraft, readDraft } from '../intake-drafts';
import { usePersistDraft } from '../use-draft';
import { useReportMutation } from '../use-report-mutation';
import { participantNames } from './participant-names';

interface AllegationValues {
  victimPersonId: string;
  perpetratorPersonId: string;
  /** Empty until the screener chooses one; the form's rules require a choice before saving. */
  maltreatmentType: Allegation['maltreatmentType'] | '';
  description: string;
}

const FORM = 'allegation';
const FIELDS = ['victimPersonId', 'perpetratorPersonId', 'maltreatmentType', 'description'];
// The select needs a value for "no known perpetrator"; the API takes null.
const UNKNOWN = 'unknown';
const empty: AllegationValues = { victimPersonId: '', perpetratorPersonId: '', maltreatmentType: '', description: '' };

/** Adds one allegation: alleged victim × alleged perpetrator (or unknown) × maltreatment type. */
export function AllegationForm({ report, onReload }: { report: Report; onReload: () => void }) {
  const { t, tc } = useI18n();
  const lists = useCodeLists();
  const names = participantNames(report);
  const victims = report.participants.filter((participant) => participant.role === 'alleged_victim');
  const form = useForm<AllegationValues>({ shouldFocusError: false, defaultValues: { ...empty, ...readDraft<AllegationValues>(report.id, FORM) } });
  const { errors } = form.formState;
  usePersistDraft(form.watch, report.id, FORM);
  const server = useServerProblems(FIELDS, form.setError);
  const victimId = form.watch('victimPersonId');

  const save = useReportMutation(
    (values: AllegationValues) =>
      addAllegation(report.id, report.version, {
        victimPersonId: values.victimPersonId,
        perpetratorPersonId: values.perpetratorPersonId === UNKNOWN ? null : values.perpetratorPersonId,
        // The form's rules have required a choice from the list by now.
        maltreatmentType: values.maltreatmentType as Allegation['maltreatmentType'],
        description: values.description.trim(),
      }),
    () => {
      clearDraft(report.id, FORM);
      form.reset(empty);
    },
    server.capture,
  );

  const onSubmit = form.handleSubmit((values) => {
    server.clear();
    save.run(values);
  });

  return (
    <form className="usa-form usa-form--large" noValidate onSubmit={onSubmit} aria-labelledby="add-allegation-heading">
      <h3 id="add-allegation-heading">{t('allegations.addHeading')}</h3>
      <ErrorSummary problems={[...collectProblems(errors, FORM, FIELDS), ...server.problems]} />
      <ProblemAlert error={generalError(save.error)} onReload={onReload} />
      <SelectField
        id={fieldId(FORM, 'victimPersonId')}
        label={t('allegations.victim')}
        placeholder={t('common.select')}
        required
        options={victims.map((participant) => ({ value: participant.personId, label: names.get(participant.personId) ?? participant.personId }))}
        error={errorText(errors, 'victimPersonId')}
        {...form.register('victimPersonId', { required: t('allegations.victimRequired') })}
      />
      <SelectField
        id={fieldId(FORM, 'perpetratorPersonId')}
        label={t('allegations.perpetrator')}
        placeholder={t('common.select')}
        required
        options={[
          ...report.participants
            .filter((participant) => participant.personId !== victimId)
            .map((participant) => ({ value: participant.personId, label: names.get(participant.personId) ?? participant.personId })),
          { value: UNKNOWN, label: t('allegations.perpetratorUnknown') },
        ]}
        error={errorText(errors, 'perpetratorPersonId')}
        {...form.register('perpetratorPersonId', { required: t('allegations.perpetratorRequired') })}
      />
      <SelectField
        id={fieldId(FORM, 'maltreatmentType')}
        label={t('allegations.maltreatmentType')}
        placeholder={t('common.select')}
        required
        options={lists.maltreatmentTypes.map((code) => ({ value: code, label: tc('maltreatmentType', code) }))}
        error={errorText(errors, 'maltreatmentType')}
        {...form.register('maltreatmentType', { required: t('allegations.typeRequired') })}
      />
      <TextareaField
        id={fieldId(FORM, 'description')}
        label={t('allegations.description')}
        maxLength={4000}
        error={errorText(errors, 'description')}
        {...form.register('description')}
      />
      <div className="hearth-actions">
        <BusyButton busy={save.busy} label={t('allegations.add')} busyLabel={t('common.saving')} />
      </div>
    </form>
  );
}
