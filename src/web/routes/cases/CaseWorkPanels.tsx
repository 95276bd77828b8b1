import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { type TeamCases, teamCasesQueryOptions, transferCase } from '../../api/case-network';
import { caseQuery, type FamilyCase } from '../../api/cases';
import { recordTasksQuery } from '../../api/queries';
import { BusyButton } from '../../components/BusyButton';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldId } from '../../components/fields/field-ids';
import { SelectField } from '../../components/fields/SelectField';
import { TextareaField } from '../../components/fields/TextareaField';
import { ProblemAlert } from '../../components/ProblemAlert';
import { QueryState } from '../../components/QueryState';
import { SuccessAlert } from '../../components/SuccessAlert';
import { TaskTable } from '../../components/TaskTable';
import { useI18n } from '../../i18n/I18nProvider';
import { collectProblems, errorText, generalError } from '../../lib/form-problems';
import { useServerProblems } from '../../lib/use-server-problems';

/** The case's open work from the practice profile's rules (ENG, PLAN and VIS clocks as they arrive). */
export function CaseTasks({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const query = useQuery(recordTasksQuery('case', caseId));
  return (
    <section aria-labelledby="case-tasks-heading" className="margin-top-4">
      <h2 id="case-tasks-heading">{t('cases.tasks.heading')}</h2>
      <QueryState query={query}>
        {({ items }) =>
          items.length === 0 ? <p>{t('cases.tasks.empty')}</p> : <TaskTable tasks={items} caption={t('cases.tasks.heading')} showRecord={false} />
        }
      </QueryState>
    </section>
  );
}

/** Everyone who has worked the case: a transfer ends one line and starts the next. */
export function AssignmentHistory({ familyCase }: { familyCase: FamilyCase }) {
  const { t, formatMoment } = useI18n();
  if (familyCase.assignmentHistory.length < 2) return null;
  return (
    <section aria-labelledby="case-history-heading" className="margin-top-4">
      <h2 id="case-history-heading">{t('cases.history.heading')}</h2>
      <table className="usa-table usa-table--borderless usa-table--stacked-header width-full">
        <caption className="usa-sr-only">{t('cases.history.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('cases.history.col.worker')}</th>
            <th scope="col">{t('cases.history.col.from')}</th>
            <th scope="col">{t('cases.history.col.to')}</th>
            <th scope="col">{t('cases.history.col.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {familyCase.assignmentHistory.map((a) => (
            <tr key={`${a.name}-${a.startedAt}`}>
              <th scope="row" data-label={t('cases.history.col.worker')}>
                {a.name}
              </th>
              <td data-label={t('cases.history.col.from')}>{formatMoment(a.startedAt)}</td>
              <td data-label={t('cases.history.col.to')}>{a.endedAt ? formatMoment(a.endedAt) : t('cases.history.current')}</td>
              <td data-label={t('cases.history.col.reason')}>{a.reason ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

const FORM = 'transfer';
const FIELDS = ['toUserId', 'reason'];

/** A supervisor moves the case to another caseworker; the case's version guards against a second transfer. */
export function TransferCase({ familyCase }: { familyCase: FamilyCase }) {
  const { t } = useI18n();
  const team = useQuery(teamCasesQueryOptions({}));
  return (
    <section aria-labelledby="transfer-heading" className="margin-top-4">
      <h2 id="transfer-heading">{t('transfer.heading')}</h2>
      <QueryState query={team}>{(data) => <TransferForm familyCase={familyCase} workers={data.workers} />}</QueryState>
    </section>
  );
}

function TransferForm({ familyCase, workers }: { familyCase: FamilyCase; workers: TeamCases['workers'] }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [done, setDone] = useState<string | null>(null);
  const form = useForm<{ toUserId: string; reason: string }>({ shouldFocusError: false, defaultValues: { toUserId: '', reason: '' } });
  const { errors } = form.formState;
  const server = useServerProblems(FIELDS, form.setError);
  const save = useMutation({
    mutationFn: (v: { toUserId: string; reason: string }) => transferCase(familyCase.id, { ...v, version: familyCase.version }),
    onSuccess: (answer) => {
      setDone(t('transfer.done', { name: answer.workerName, count: answer.tasksMoved }));
      form.reset({ toUserId: '', reason: '' });
      void queryClient.invalidateQueries({ queryKey: caseQuery(familyCase.id).queryKey });
      void queryClient.invalidateQueries({ queryKey: ['cases', 'team'] });
      void queryClient.invalidateQueries({ queryKey: ['tasks'] });
    },
    onError: server.capture,
  });
  const need = (label: string) => ({ validate: (value: string) => value.trim() !== '' || label });
  return (
    <form
      className="usa-form usa-form--large"
      noValidate
      aria-labelledby="transfer-heading"
      onSubmit={form.handleSubmit((v) => {
        server.clear();
        setDone(null);
        save.mutate(v);
      })}
    >
      {done && <SuccessAlert role="status">{done}</SuccessAlert>}
      <ErrorSummary problems={[...collectProblems(errors, FORM, FIELDS), ...server.problems]} />
      <ProblemAlert error={generalError(save.error)} />
      <SelectField
        id={fieldId(FORM, 'toUserId')}
        required
        label={t('transfer.to')}
        placeholder={t('network.choose')}
        error={errorText(errors, 'toUserId')}
        options={workers.map((w) => ({ value: w.id, label: `${w.name} (${w.unitName})` }))}
        {...form.register('toUserId', need(t('transfer.to')))}
      />
      <TextareaField
        id={fieldId(FORM, 'reason')}
        required
        label={t('transfer.reason')}
        error={errorText(errors, 'reason')}
        {...form.register('reason', need(t('transfer.reason')))}
      />
      <BusyButton className="margin-top-2" busy={save.isPending} label={t('transfer.submit')} busyLabel={t('transfer.busy')} />
    </form>
  );
}
