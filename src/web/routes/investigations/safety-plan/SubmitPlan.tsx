import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiError } from '../../../api/client';
import { type SafetyPlan, safetyPlanQuery, safetyPlansQuery, submitSafetyPlan } from '../../../api/safety-plans';
import { BusyButton } from '../../../components/BusyButton';
import { ErrorSummary, type FormProblem } from '../../../components/ErrorSummary';
import { useI18n } from '../../../i18n/I18nProvider';
import { PlanProblemAlert } from './PlanConflictAlert';
import { PLAN_SAVE_BUTTON, submitProblems } from './plan-problems';

/**
 * Sends the draft to the supervisor (INV-4, SUP-3). The server checks the plan; a 422 lists
 * what is missing, each item linked to the field or section that fixes it.
 */
export function SubmitPlan({ plan, unsaved, onReload, onSubmitted }: { plan: SafetyPlan; unsaved: boolean; onReload: () => void; onSubmitted: () => void }) {
  const words = useI18n();
  const { t } = words;
  const queryClient = useQueryClient();
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const submit = useMutation({
    mutationFn: () => submitSafetyPlan(plan.id, plan.version),
    onSuccess: (answer) => {
      queryClient.setQueryData(safetyPlanQuery(answer.id).queryKey, answer);
      void queryClient.invalidateQueries({ queryKey: safetyPlansQuery(answer.investigationId).queryKey });
      onSubmitted();
    },
    onError: (error) => {
      if (isApiError(error) && error.code === 'incomplete' && error.errors.length > 0) setProblems(submitProblems(error.errors, plan, words));
    },
  });

  const onSubmit = () => {
    if (submit.isPending) return;
    setProblems([]);
    // The supervisor approves, and the family has signed, the saved plan; unsaved edits come first.
    if (unsaved) {
      setProblems([{ message: t('plans.submit.saveFirst'), fieldId: PLAN_SAVE_BUTTON }]);
      return;
    }
    submit.mutate();
  };

  const listed = problems.length > 0;
  return (
    <section aria-labelledby="plan-submit-heading" className="margin-top-4">
      <h3 id="plan-submit-heading">{t('plans.submit.heading')}</h3>
      <p>{t('plans.submit.intro')}</p>
      {listed && <p className="text-bold">{t('plans.submit.notReady')}</p>}
      <ErrorSummary problems={problems} />
      <PlanProblemAlert error={listed ? null : submit.error} onReload={onReload} />
      <BusyButton type="button" busy={submit.isPending} label={t('plans.submit.button')} busyLabel={t('plans.submit.busy')} onClick={onSubmit} />
    </section>
  );
}
