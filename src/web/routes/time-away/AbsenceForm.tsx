import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { addAbsence } from '../../api/endpoints';
import { absencesQuery, approvalsQuery, delegatesQuery } from '../../api/queries';
import { BusyButton } from '../../components/BusyButton';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldId } from '../../components/fields/field-ids';
import { SelectField } from '../../components/fields/SelectField';
import { TextField } from '../../components/fields/TextField';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n/I18nProvider';
import { todayInZone } from '../../lib/date-time';
import { collectProblems, errorText, generalError } from '../../lib/form-problems';
import { useServerProblems } from '../../lib/use-server-problems';
import { type AbsenceField, absenceProblems, type AbsenceValues } from './absence-rules';

const FORM = 'absence';
const FIELDS: AbsenceField[] = ['startsOn', 'endsOn', 'delegateId'];

/** First and last day away (agency calendar days, both included) and the delegate who approves meanwhile. */
export function AbsenceForm({ onSaved, onStart }: { onSaved: () => void; onStart: () => void }) {
  const { t, timeZone } = useI18n();
  const queryClient = useQueryClient();
  const delegates = useQuery(delegatesQuery);
  const today = todayInZone(timeZone);
  const form = useForm<AbsenceValues>({ shouldFocusError: false, defaultValues: { startsOn: today, endsOn: today, delegateId: '' } });
  const { errors } = form.formState;
  const server = useServerProblems(FIELDS, form.setError);

  const save = useMutation({
    mutationFn: addAbsence,
    onSuccess: (answer) => {
      queryClient.setQueryData(absencesQuery.queryKey, { items: answer.items });
      void queryClient.invalidateQueries({ queryKey: approvalsQuery.queryKey });
      form.reset({ startsOn: today, endsOn: today, delegateId: '' });
      onSaved();
    },
    onError: server.capture,
  });

  const check = (field: AbsenceField) => (_value: string, values: AbsenceValues) => {
    const key = absenceProblems(values, today)[field];
    return key ? t(key) : true;
  };
  const onSubmit = form.handleSubmit((values) => {
    server.clear();
    onStart();
    save.mutate(values);
  });

  return (
    <form className="usa-form usa-form--large" noValidate onSubmit={onSubmit} aria-labelledby="absence-form-heading">
      <ErrorSummary problems={[...collectProblems(errors, FORM, FIELDS), ...server.problems]} />
      <ProblemAlert error={generalError(save.error)} />
      <div className="grid-row grid-gap">
        <div className="tablet:grid-col-6">
          <TextField
            id={fieldId(FORM, 'startsOn')}
            type="date"
            required
            label={t('absence.startsOn')}
            error={errorText(errors, 'startsOn')}
            {...form.register('startsOn', { validate: check('startsOn'), deps: ['endsOn'] })}
          />
        </div>
        <div className="tablet:grid-col-6">
          <TextField
            id={fieldId(FORM, 'endsOn')}
            type="date"
            required
            label={t('absence.endsOn')}
            error={errorText(errors, 'endsOn')}
            {...form.register('endsOn', { validate: check('endsOn') })}
          />
        </div>
      </div>
      <SelectField
        id={fieldId(FORM, 'delegateId')}
        required
        label={t('absence.delegate')}
        hint={t('absence.delegateHint')}
        placeholder={t('common.select')}
        options={(delegates.data?.staff ?? []).map((person) => ({ value: person.id, label: person.displayName }))}
        error={errorText(errors, 'delegateId')}
        {...form.register('delegateId', { validate: check('delegateId') })}
      />
      <ProblemAlert error={delegates.error} />
      <BusyButton busy={save.isPending} label={t('absence.save')} busyLabel={t('common.saving')} className="margin-top-3" />
    </form>
  );
}
