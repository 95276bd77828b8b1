import type { UseFormReturn } from 'react-hook-form';
import { useFieldArray } from 'react-hook-form';
import { ChoiceGroup } from '../../../components/fields/ChoiceGroup';
import { fieldId } from '../../../components/fields/field-ids';
import { TextareaField } from '../../../components/fields/TextareaField';
import { TextField } from '../../../components/fields/TextField';
import { useI18n } from '../../../i18n/I18nProvider';
import { errorText } from '../../../lib/form-problems';
import type { PlanVisitValues, TopicChoice } from './visit-topics';

/** The field names, in page order, for the error summary and the server's field paths. */
export const planFieldNames = (values: PlanVisitValues) => ['plannedFor', 'purpose', 'chosen', ...values.own.map((_, i) => `own.${i}.text`)];

/** VIS-2: a visit's day, purpose and topics — the plan's objectives, open follow-ups and the worker's own — for planning it or changing the plan. */
export function VisitPlanFields({
  form,
  formName: FORM,
  choices,
  loading,
  hasPlan,
}: {
  form: UseFormReturn<PlanVisitValues>;
  formName: string;
  choices: TopicChoice[];
  loading: boolean;
  hasPlan: boolean;
}) {
  const { t } = useI18n();
  const { errors } = form.formState;
  const own = useFieldArray({ control: form.control, name: 'own' });
  const objectives = choices.filter((c) => c.kind === 'objective');
  const followUps = choices.filter((c) => c.kind === 'follow_up');
  return (
    <>
      <TextField
        id={fieldId(FORM, 'plannedFor')}
        type="date"
        required
        label={t('visits.field.plannedFor')}
        error={errorText(errors, 'plannedFor')}
        {...form.register('plannedFor', { validate: (value) => value !== '' || t('visits.field.plannedFor') })}
      />
      <TextareaField
        id={fieldId(FORM, 'purpose')}
        required
        label={t('visits.field.purpose')}
        hint={t('visits.field.purposeHint')}
        error={errorText(errors, 'purpose')}
        {...form.register('purpose', { validate: (value) => value.trim() !== '' || t('visits.field.purpose') })}
      />
      {loading ? (
        <p role="status" className="usa-hint">
          {t('app.loading')}
        </p>
      ) : (
        <>
          {!hasPlan && <p className="usa-hint">{t('visits.noPlan')}</p>}
          {objectives.length > 0 && (
            <ChoiceGroup
              id={fieldId(FORM, 'chosen')}
              type="checkbox"
              legend={t('visits.topics.objectives')}
              options={objectives.map((c) => ({ value: c.key, label: c.text }))}
              {...form.register('chosen')}
            />
          )}
          {followUps.length > 0 && (
            <ChoiceGroup
              id={fieldId(FORM, 'chosen-follow-ups')}
              type="checkbox"
              legend={t('visits.topics.followUps')}
              options={followUps.map((c) => ({ value: c.key, label: c.text }))}
              {...form.register('chosen')}
            />
          )}
        </>
      )}
      <fieldset className="usa-fieldset margin-top-3">
        <legend className="usa-legend">{t('visits.topics.own')}</legend>
        {own.fields.map((field, i) => (
          <div key={field.id} className="display-flex flex-align-end">
            <TextField
              id={fieldId(FORM, `own.${i}.text`)}
              label={t('visits.topics.ownNumber', { number: i + 1 })}
              error={errorText(errors, `own.${i}.text`)}
              {...form.register(`own.${i}.text`)}
            />
            <button type="button" className="usa-button usa-button--unstyled margin-left-2 margin-bottom-1" onClick={() => own.remove(i)}>
              {t('visits.topics.removeOwn', { number: i + 1 })}
            </button>
          </div>
        ))}
        <button type="button" className="usa-button usa-button--outline margin-top-2" onClick={() => own.append({ text: '' })}>
          {t('visits.topics.addOwn')}
        </button>
      </fieldset>
    </>
  );
}
