import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { cancelVisit, changeVisitPlan, type Visit, visitQuery, visitScheduleQuery, visitsQuery } from '../../../api/visits';
import { BusyButton } from '../../../components/BusyButton';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { TextareaField } from '../../../components/fields/TextareaField';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { collectProblems, generalError } from '../../../lib/form-problems';
import { useServerProblems } from '../../../lib/use-server-problems';
import { useTopicChoices } from './use-topic-choices';
import { markVisitProblems } from './visit-problem-words';
import { type PlanVisitValues, toNewVisit, toPlanValues, withVisitTopics } from './visit-topics';
import { planFieldNames, VisitPlanFields } from './VisitPlanFields';

const FORM = 'visit-change';

/** After a change to a planned visit: the visit as answered, and the case's lists refreshed. */
function useVisitChange<T>(visit: Visit, send: (value: T) => Promise<Visit>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (answer) => {
      queryClient.setQueryData(visitQuery(visit.id).queryKey, answer);
      void queryClient.invalidateQueries({ queryKey: visitsQuery(visit.caseId).queryKey });
      void queryClient.invalidateQueries({ queryKey: visitScheduleQuery(visit.caseId).queryKey });
    },
  });
}

/** VIS-2: changes a planned visit's day, purpose or topics, at the version read (409 → the conflict alert, the typing kept). */
export function ChangeVisitPlan({ visit }: { visit: Visit }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const topics = useTopicChoices(visit.caseId);
  const choices = withVisitTopics(topics.choices, visit.topics);
  const form = useForm<PlanVisitValues>({ shouldFocusError: false, defaultValues: toPlanValues(visit) });
  const names = planFieldNames(form.getValues());
  const server = useServerProblems(names, form.setError);
  const change = useVisitChange(visit, (values: PlanVisitValues) => {
    const { plannedFor, purpose, topics: chosen } = toNewVisit(visit.id, values, choices);
    return changeVisitPlan(visit.id, { version: visit.version, plannedFor, purpose, topics: chosen });
  });
  const reload = () => void queryClient.invalidateQueries({ queryKey: visitQuery(visit.id).queryKey });
  const onSubmit = form.handleSubmit((values) => {
    server.clear();
    change.mutate(values, { onError: (error) => server.capture(markVisitProblems(error, names, form.setError, t)) });
  });
  return (
    <details className="margin-top-4">
      <summary>{t('visit.changePlan')}</summary>
      <form className="usa-form usa-form--large maxw-full" noValidate onSubmit={onSubmit} aria-label={t('visit.changePlan')}>
        <ErrorSummary problems={[...collectProblems(form.formState.errors, FORM, names), ...server.problems]} />
        <ProblemAlert error={generalError(change.error)} conflictSubject="record" onReload={reload} />
        <VisitPlanFields form={form} formName={FORM} choices={choices} loading={topics.loading} hasPlan={topics.hasPlan} />
        <BusyButton className="margin-top-2" busy={change.isPending} label={t('visit.changePlanConfirm')} busyLabel={t('visit.saving')} />
      </form>
    </details>
  );
}

/** VIS-2: cancels a visit not yet recorded, with the reason. */
export function CancelVisit({ visit }: { visit: Visit }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const cancel = useVisitChange(visit, (why: string) => cancelVisit(visit.id, { version: visit.version, reason: why }));
  return (
    <details className="margin-top-4">
      <summary>{t('visit.cancel')}</summary>
      <ProblemAlert error={cancel.error} />
      <TextareaField id="visit-cancel-reason" required label={t('visit.cancelReason')} value={reason} onChange={(e) => setReason(e.target.value)} />
      <BusyButton
        type="button"
        variant="secondary"
        className="margin-top-1"
        busy={cancel.isPending}
        disabled={reason.trim() === ''}
        label={t('visit.cancelConfirm')}
        busyLabel={t('visit.saving')}
        onClick={() => cancel.mutate(reason.trim())}
      />
    </details>
  );
}
