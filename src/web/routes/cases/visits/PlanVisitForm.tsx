import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { useForm } from 'react-hook-form';
import { planVisit, type Visit, visitScheduleQuery, visitsQuery } from '../../../api/visits';
import { BusyButton } from '../../../components/BusyButton';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { collectProblems, generalError } from '../../../lib/form-problems';
import { useServerProblems } from '../../../lib/use-server-problems';
import { useSubmitGuard } from '../../../lib/use-submit-guard';
import { useTopicChoices } from './use-topic-choices';
import { markVisitProblems } from './visit-problem-words';
import { blankPlan, type PlanVisitValues, toNewVisit } from './visit-topics';
import { planFieldNames, VisitPlanFields } from './VisitPlanFields';

const FORM = 'visit-plan';

/** VIS-2: plans a visit — its day, purpose and topics. Its id is made once per form, so a double tap plans one visit. */
export function PlanVisitForm({ caseId, onPlanned, onCancel }: { caseId: string; onPlanned: (v: Visit) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const visitId = useRef(crypto.randomUUID());
  const guard = useSubmitGuard();
  const { choices, loading, hasPlan } = useTopicChoices(caseId);
  const form = useForm<PlanVisitValues>({ shouldFocusError: false, defaultValues: blankPlan });
  const names = planFieldNames(form.getValues());
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
    onError: (error) => server.capture(markVisitProblems(error, names, form.setError, t)),
    onSettled: guard.release,
  });
  const onSubmit = form.handleSubmit((values) => {
    if (!guard.claim()) return;
    server.clear();
    save.mutate(values);
  });

  return (
    <form className="usa-form usa-form--large maxw-full" noValidate onSubmit={onSubmit} aria-labelledby="visit-plan-heading">
      <h3 id="visit-plan-heading">{t('visits.planHeading')}</h3>
      <ErrorSummary problems={[...collectProblems(errors, FORM, names), ...server.problems]} />
      <ProblemAlert error={generalError(save.error)} />
      <VisitPlanFields form={form} formName={FORM} choices={choices} loading={loading} hasPlan={hasPlan} />
      <div className="margin-top-3">
        <BusyButton busy={save.isPending} label={t('visits.plan')} busyLabel={t('visits.planning')} />
        <button type="button" className="usa-button usa-button--unstyled margin-left-2" onClick={onCancel}>
          {t('visits.cancelForm')}
        </button>
      </div>
    </form>
  );
}
