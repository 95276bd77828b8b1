import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { planVisit, type Visit, visitScheduleQuery, visitsQuery } from '../../../api/visits';
import { BusyButton } from '../../../components/BusyButton';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { ChoiceGroup } from '../../../components/fields/ChoiceGroup';
import { fieldId } from '../../../components/fields/field-ids';
import { TextareaField } from '../../../components/fields/TextareaField';
import { TextField } from '../../../components/fields/TextField';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { collectProblems, errorText, generalError } from '../../../lib/form-problems';
import { useServerProblems } from '../../../lib/use-server-problems';
import { useSubmitGuard } from '../../../lib/use-submit-guard';
import { useTopicChoices } from './use-topic-choices';
import { blankPlan, type PlanVisitValues, toNewVisit } from './visit-topics';

const FORM = 'visit-plan';

/** VIS-2: plans a visit — its day, purpose and topics. Its id is made once per form, so a double tap plans one visit. */
export function PlanVisitForm({ caseId, onPlanned, onCancel }: { caseId: string; onPlanned: (v: Visit) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const visitId = useRef(crypto.randomUUID());
  const guard = useSubmitGuard();
  const { choices, loading, hasPlan } = useTopicChoices(caseId);
  const form = useForm<PlanVisitValues>({ shouldFocusError: false, defaultValues: blankPlan });
  const own = useFieldArray({ control: form.control, name: 'own' });
  const names = ['plannedFor', 'purpose', 'chosen', ...own.fields.map((_, i) => `own.${i}.text`)];
  const { errors } = form.formState;
  const server = useServerProblems(names, form.setError);
  const save = useMutation({
    mutationFn: (values: PlanVisitValues) => planVisit(caseId, toNewVisit(visitId.current, values, choices)),
    onSuccess: (visit) => {
      void queryClient.invalidateQueries({ queryKey: visitsQuery(caseId).queryKey });
      void queryClient.invalidateQueries({ queryKey: visitScheduleQuery(caseId).queryKey });
      visitId.current = crypto.randomUUID();
      form.reset(blankPlan);
      onPlanned(visit);
    },
    onError: server.capture,
    onSettled: guard.release,
  });
  const onSubmit = form.handleSubmit((values) => {
    if (!guard.claim()) return;
    server.clear();
    save.mutate(values);
  });
  const objectives = choices.filter((c) => c.kind === 'objective');
  const followUps = choices.filter((c) => c.kind === 'follow_up');

  return (
    <form className="usa-form usa-form--large maxw-full" noValidate onSubmit={onSubmit} aria-labelledby="visit-plan-heading">
      <h3 id="visit-plan-heading">{t('visits.planHeading')}</h3>
      <ErrorSummary problems={[...collectProblems(errors, FORM, names), ...server.problems]} />
      <ProblemAlert error={generalError(save.error)} />
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
      <div className="margin-top-3">
        <BusyButton busy={save.isPending} label={t('visits.plan')} busyLabel={t('visits.planning')} />
        <button type="button" className="usa-button usa-button--unstyled margin-left-2" onClick={onCancel}>
          {t('visits.cancelForm')}
        </button>
      </div>
    </form>
  );
}
