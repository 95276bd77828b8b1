import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { type Path, useFieldArray, useForm } from 'react-hook-form';
import { isApiError } from '../../../api/client';
import { fieldProblemText } from '../../../api/problem-text';
import { type SafetyPlan, safetyPlanQuery, safetyPlansQuery, saveSafetyPlan } from '../../../api/safety-plans';
import { BusyButton } from '../../../components/BusyButton';
import { ErrorSummary, type FormProblem } from '../../../components/ErrorSummary';
import { ChoiceGroup, choiceId } from '../../../components/fields/ChoiceGroup';
import { fieldId } from '../../../components/fields/field-ids';
import { TextField } from '../../../components/fields/TextField';
import { useI18n } from '../../../i18n/I18nProvider';
import { collectProblems, errorText, generalError } from '../../../lib/form-problems';
import { ActionFields } from './ActionFields';
import { PlanProblemAlert } from './PlanConflictAlert';
import { FocusedNotice } from './FocusedNotice';
import { clearPlanDraft, readPlanDraft, writePlanDraft } from './plan-drafts';
import { blankAction, formPathFor, hasUnsavedChanges, type PlanFormValues, toContent, toFormValues, uncoveredThreats } from './plan-form';
import { PLAN_FORM, PLAN_SAVE_BUTTON, threatAnchor } from './plan-problems';

const newId = () => crypto.randomUUID();

/**
 * The draft safety plan (INV-4): each threat the safety assessment found, with the actions that
 * control it, the plan's language and its next review date. Unsaved edits are kept on this device
 * with the version they were made on; saving a stale version is refused (409) and never overwrites.
 */
export function PlanBuilderForm({ plan, onUnsavedChange, onReload }: { plan: SafetyPlan; onUnsavedChange: (unsaved: boolean) => void; onReload: () => void }) {
  const words = useI18n();
  const { t, language } = words;
  const queryClient = useQueryClient();
  const [restored] = useState(() => readPlanDraft(plan));
  const baseVersion = useRef(restored?.baseVersion ?? plan.version);
  const form = useForm<PlanFormValues>({ shouldFocusError: false, defaultValues: restored?.values ?? toFormValues(plan, newId) });
  const actions = useFieldArray({ control: form.control, name: 'actions', keyName: 'key' });
  const [serverProblems, setServerProblems] = useState<FormProblem[]>([]);
  const [saved, setSaved] = useState(0);
  const values = form.watch();
  const unsaved = hasUnsavedChanges(values, plan);

  useEffect(() => onUnsavedChange(unsaved), [unsaved, onUnsavedChange]);
  useEffect(() => {
    const subscription = form.watch((next) => writePlanDraft(plan, baseVersion.current, next as PlanFormValues));
    return () => subscription.unsubscribe();
  }, [form, plan]);

  const save = useMutation({
    mutationFn: (content: ReturnType<typeof toContent>) => saveSafetyPlan(plan.id, baseVersion.current, content.content),
    onSuccess: (answer) => {
      baseVersion.current = answer.version;
      queryClient.setQueryData(safetyPlanQuery(answer.id).queryKey, answer);
      void queryClient.invalidateQueries({ queryKey: safetyPlansQuery(answer.investigationId).queryKey });
      form.reset(toFormValues(answer, newId));
      // After the reset, which the draft mirror also hears: what is saved needs no draft.
      clearPlanDraft(plan);
      setSaved((count) => count + 1);
    },
    onError: (error, sent) => {
      if (!isApiError(error) || error.code !== 'validation') return;
      const unmatched: FormProblem[] = [];
      for (const problem of error.errors) {
        const path = formPathFor(problem.path, sent.formIndexOf);
        const text = fieldProblemText(problem, words);
        if (path === 'nextReviewOn' || path === 'language' || /^actions\.\d+\.\w+$/.test(path))
          form.setError(path as Path<PlanFormValues>, { type: 'server', message: text });
        else unmatched.push({ message: text });
      }
      setServerProblems(unmatched);
    },
  });

  const onSubmit = form.handleSubmit((next) => {
    if (save.isPending) return;
    setServerProblems([]);
    setSaved(0);
    save.mutate(toContent(next, plan.people));
  });

  const reload = () => {
    clearPlanDraft(plan);
    onReload();
  };

  const fieldNames = [
    'language',
    'nextReviewOn',
    ...actions.fields.flatMap((_, i) =>
      ['action', 'responsible', 'responsibleName', 'responsibleKind', 'monitoring', 'frequency'].map((f) => `actions.${i}.${f}`),
    ),
  ];
  const uncovered = new Set(
    uncoveredThreats(
      values,
      plan.threats.map((threat) => threat.key),
    ),
  );

  return (
    <form className="usa-form usa-form--large maxw-none" noValidate onSubmit={onSubmit} aria-labelledby="plan-builder-heading">
      <h3 id="plan-builder-heading">{t('plans.builder.heading')}</h3>
      <ErrorSummary
        problems={[
          ...collectProblems(form.formState.errors, PLAN_FORM, fieldNames, { language: choiceId(fieldId(PLAN_FORM, 'language'), 'en') }),
          ...serverProblems,
        ]}
      />
      <PlanProblemAlert error={generalError(save.error)} onReload={reload} />
      <FocusedNotice key={saved} message={saved > 0 ? t('plans.builder.saved') : null} />
      {restored && unsaved && !save.isSuccess && <p className="usa-hint">{t('plans.builder.restored')}</p>}
      {plan.threats.length === 0 && <p>{t('plans.builder.noThreats')}</p>}
      {plan.threats.map((threat) => {
        const label = threat.label[language];
        const rows = actions.fields.map((field, index) => ({ field, index })).filter(({ field }) => field.threat === threat.key);
        return (
          <section key={threat.key} className="hearth-card" aria-labelledby={threatAnchor(threat.key)}>
            <h4 id={threatAnchor(threat.key)} tabIndex={-1} className="margin-top-0">
              {t('plans.builder.threat', { threat: label })}
            </h4>
            <p className="margin-y-1">
              {uncovered.has(threat.key) ? (
                <span className="usa-tag bg-secondary-dark">{t('plans.builder.notCovered')}</span>
              ) : (
                <span className="usa-tag bg-success-darker">{t('plans.builder.covered')}</span>
              )}
            </p>
            {rows.map(({ field, index }, position) => (
              <ActionFields
                key={field.key}
                form={form}
                index={index}
                number={position + 1}
                threatLabel={label}
                people={plan.people}
                onRemove={rows.length > 1 ? () => actions.remove(index) : undefined}
              />
            ))}
            <button type="button" className="usa-button usa-button--outline margin-top-2" onClick={() => actions.append(blankAction(threat.key, newId()))}>
              {t('plans.builder.addAction')}
              <span className="usa-sr-only"> {t('plans.action.legendFor', { threat: label })}</span>
            </button>
          </section>
        );
      })}
      <ChoiceGroup
        id={fieldId(PLAN_FORM, 'language')}
        type="radio"
        legend={t('plans.builder.language')}
        hint={t('plans.builder.languageHint')}
        options={[
          { value: 'en', label: t('plans.language.en') },
          { value: 'es', label: t('plans.language.es') },
        ]}
        error={errorText(form.formState.errors, 'language')}
        {...form.register('language')}
      />
      <TextField
        id={fieldId(PLAN_FORM, 'nextReviewOn')}
        type="date"
        label={t('plans.builder.nextReview')}
        hint={t('plans.builder.nextReviewHint')}
        width="usa-input--md"
        error={errorText(form.formState.errors, 'nextReviewOn')}
        {...form.register('nextReviewOn')}
      />
      <div className="hearth-actions">
        <BusyButton id={PLAN_SAVE_BUTTON} busy={save.isPending} label={t('plans.builder.save')} busyLabel={t('common.saving')} />
      </div>
      {unsaved && <p className="usa-hint margin-top-1">{t('plans.builder.unsavedHint')}</p>}
    </form>
  );
}
