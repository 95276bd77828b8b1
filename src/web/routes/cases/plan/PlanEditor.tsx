import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { planParts } from '../../../../domain/case-plan/plan-completeness';
import { type CasePlan, planListQuery, planQuery, savePlan, submitPlan } from '../../../api/case-plan';
import type { FamilyCase } from '../../../api/cases';
import { isApiError } from '../../../api/client';
import { BusyButton } from '../../../components/BusyButton';
import { ConflictAlert } from '../../../components/ConflictAlert';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { fieldId } from '../../../components/fields/field-ids';
import { TextareaField } from '../../../components/fields/TextareaField';
import { TextField } from '../../../components/fields/TextField';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { collectProblems, errorText, generalError } from '../../../lib/form-problems';
import { useServerProblems } from '../../../lib/use-server-problems';
import { useSubmitGuard } from '../../../lib/use-submit-guard';
import { FocusedNotice } from '../../investigations/safety-plan/FocusedNotice';
import { ObjectiveFields } from './ObjectiveFields';
import { GapLink, PlanGaps } from './PlanGaps';
import { FORM, newGoal, newObjective, objectiveIndexes, type PlanValues, planFieldNames, toPlanSave, toPlanValues } from './plan-model';
import { itemCode, itemSubject, mapProblemItems } from './plan-problems';
import { gapText } from './plan-words';

/**
 * PLAN-1, PLAN-2: the draft plan, written with the family — goals in their words, each with its
 * objectives and action steps — saved at the version read (a 409 keeps what was typed), and sent
 * for approval once nothing is missing (a 422 lists each gap with a link to it).
 */
interface PlanEditorProps {
  plan: CasePlan;
  people: FamilyCase['people'];
  onSubmitted: () => void;
  /** Told when the form has changes not saved yet: the family signs only what is saved. */
  onUnsavedChange: (unsaved: boolean) => void;
}

export function PlanEditor({ plan, people, onSubmitted, onUnsavedChange }: PlanEditorProps) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const guard = useSubmitGuard();
  const form = useForm<PlanValues>({ shouldFocusError: false, defaultValues: toPlanValues(plan) });
  const { errors, isDirty } = form.formState;
  const goals = useFieldArray({ control: form.control, name: 'goals', keyName: 'key' });
  const objectives = useFieldArray({ control: form.control, name: 'objectives', keyName: 'key' });
  const names = planFieldNames(form.getValues());
  const server = useServerProblems(names, form.setError);
  const [notice, setNotice] = useState<string | null>(null);
  const planKey = planQuery(plan.caseId, plan.id).queryKey;
  useEffect(() => onUnsavedChange(isDirty), [isDirty, onUnsavedChange]);
  // Only a new version (a reload after a 409, or our own save) resets the form; a refetch of the same one keeps the typing.
  const shownVersion = useRef(plan.version);
  useEffect(() => {
    if (plan.version === shownVersion.current) return;
    shownVersion.current = plan.version;
    form.reset(toPlanValues(plan));
  }, [plan, form]);

  const saved = (answer: CasePlan) => {
    queryClient.setQueryData(planKey, answer);
    void queryClient.invalidateQueries({ queryKey: planListQuery(plan.caseId).queryKey });
  };
  const save = useMutation({
    mutationFn: (values: PlanValues) => savePlan(plan.id, toPlanSave(values, plan.version)),
    onSuccess: (answer) => {
      saved(answer);
      setNotice(t('cplan.edit.saved'));
    },
    onError: server.capture,
    onSettled: guard.release,
  });
  const submit = useMutation({
    mutationFn: async (values: PlanValues) => {
      let current = plan;
      if (isDirty) {
        current = await savePlan(plan.id, toPlanSave(values, plan.version));
        saved(current);
      }
      return submitPlan(current.id, { version: current.version });
    },
    onSuccess: (answer) => {
      saved(answer);
      // The submitted version is read-only: the page, not this form, says it was sent.
      onSubmitted();
    },
    onError: server.capture,
    onSettled: guard.release,
  });
  const failed = submit.error ?? save.error;
  const stale = isApiError(failed) && failed.reason === 'stale_version';
  const needText = (id: string) => plan.needs.find((n) => n.id === id)?.text ?? '';
  const shownError =
    isApiError(failed) && failed.code === 'incomplete'
      ? mapProblemItems(failed, (item) => ({ ...item, message: gapText(t, { code: itemCode(item), subjectId: itemSubject(item) }, needText) }))
      : generalError(failed);

  const send = (action: typeof save | typeof submit) =>
    form.handleSubmit((values) => {
      if (!guard.claim()) return;
      server.clear();
      save.reset();
      submit.reset();
      setNotice(null);
      action.mutate(values);
    });
  const displayOrder = goals.fields.flatMap((goal) => objectiveIndexes({ objectives: objectives.fields }, goal.id));
  const unusedPart = () => planParts.find((part) => !form.getValues('objectives').some((o) => o.part === part)) ?? 'safety';

  return (
    <form className="usa-form usa-form--large maxw-full" noValidate onSubmit={send(save)} aria-labelledby="plan-edit-heading">
      <h2 id="plan-edit-heading">{t('cplan.edit.heading')}</h2>
      <p>{t('cplan.edit.intro')}</p>
      <FocusedNotice key={notice ?? ''} message={notice} />
      {stale && <ConflictAlert subject="record" onReload={() => void queryClient.invalidateQueries({ queryKey: planKey })} />}
      <ErrorSummary problems={[...collectProblems(errors, FORM, names), ...server.problems]} />
      <ProblemAlert
        error={stale ? null : shownError}
        incompleteHeading={t('cplan.submit.incompleteHeading')}
        renderIncompleteLink={(problem) => <GapLink path={problem.path} goalCount={goals.fields.length} label={problem.message} />}
      />
      <PlanGaps plan={plan} goalCount={goals.fields.length} />
      <TextField
        id={fieldId(FORM, 'startDate')}
        type="date"
        label={t('cplan.edit.startDate')}
        error={errorText(errors, 'startDate')}
        {...form.register('startDate')}
      />
      {goals.fields.length === 0 && <p className="margin-top-3">{t('cplan.goal.none')}</p>}
      {goals.fields.map((goal, g) => {
        const indexes = objectiveIndexes({ objectives: objectives.fields }, goal.id);
        return (
          <fieldset key={goal.key} className="usa-fieldset bg-base-lightest padding-2 margin-top-4 radius-md">
            <legend className="usa-legend usa-legend--large text-bold">{t('cplan.goal.legend', { n: g + 1 })}</legend>
            <TextareaField
              id={fieldId(FORM, `goals.${g}.text`)}
              label={t('cplan.goal.text', { n: g + 1 })}
              hint={t('cplan.goal.textHint')}
              maxLength={2000}
              error={errorText(errors, `goals.${g}.text`)}
              {...form.register(`goals.${g}.text`)}
            />
            {indexes.length === 0 && <p className="usa-hint">{t('cplan.objective.none')}</p>}
            {indexes.map((i) => (
              <ObjectiveFields
                // Keyed by position too: an objective's action steps are a field array under its index, which must not change under it.
                key={`${objectives.fields[i]?.key}-${i}`}
                form={form}
                index={i}
                number={displayOrder.indexOf(i) + 1}
                needs={plan.needs}
                people={people}
                onRemove={() => objectives.remove(i)}
              />
            ))}
            <div className="margin-top-2">
              <button
                type="button"
                id={fieldId(FORM, `goals.${g}.addObjective`)}
                className="usa-button usa-button--outline"
                onClick={() => objectives.append(newObjective(goal.id, unusedPart()))}
              >
                {t('cplan.objective.add', { n: g + 1 })}
              </button>
              <button
                type="button"
                className="usa-button usa-button--unstyled text-secondary-dark"
                onClick={() => {
                  objectives.remove(indexes);
                  goals.remove(g);
                }}
              >
                {t('cplan.goal.remove', { n: g + 1 })}
              </button>
            </div>
          </fieldset>
        );
      })}
      <button type="button" id={fieldId(FORM, 'addGoal')} className="usa-button usa-button--outline margin-top-3" onClick={() => goals.append(newGoal())}>
        {t('cplan.goal.add')}
      </button>
      {isDirty && (
        <div className="usa-alert usa-alert--warning usa-alert--slim margin-top-3">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{t('cplan.edit.unsaved')}</p>
          </div>
        </div>
      )}
      <div className="margin-top-3">
        <BusyButton busy={save.isPending} label={t('cplan.edit.save')} busyLabel={t('cplan.edit.saving')} disabled={submit.isPending} />
        {plan.abilities.submit && (
          <BusyButton
            type="button"
            variant="outline"
            busy={submit.isPending}
            label={t('cplan.submit.button')}
            busyLabel={t('cplan.submit.busy')}
            disabled={save.isPending}
            onClick={send(submit)}
          />
        )}
      </div>
    </form>
  );
}
