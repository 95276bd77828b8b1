import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { investigationKey, requestExtension } from '../../../api/investigation-endpoints';
import type { Investigation } from '../../../api/types';
import { BusyButton } from '../../../components/BusyButton';
import { DueTime } from '../../../components/DueTime';
import { ErrorSummary, type FormProblem } from '../../../components/ErrorSummary';
import { TextareaField } from '../../../components/fields/TextareaField';
import { TextField } from '../../../components/fields/TextField';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { SuccessAlert } from '../../../components/SuccessAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { todayInZone } from '../../../lib/date-time';

const MINIMUM_REASON = 10;

/**
 * INV-6: ask the supervisor for more time to complete the assessment. The current due moment is
 * shown so the new date is chosen against it; an approved extension moves the completion clock.
 */
export function ExtensionForm({ investigation }: { investigation: Investigation }) {
  const { t, timeZone, formatDate } = useI18n();
  const queryClient = useQueryClient();
  const [requestedDueOn, setRequestedDueOn] = useState('');
  const [reason, setReason] = useState('');
  const [attempted, setAttempted] = useState(false);
  const [sentFor, setSentFor] = useState<string | null>(null);
  const inFlight = useRef(false);

  const today = todayInZone(timeZone);
  const dateError = !requestedDueOn ? t('inv.extension.error.date') : requestedDueOn <= today ? t('inv.extension.error.future') : undefined;
  const reasonError = reason.trim().length < MINIMUM_REASON ? t('inv.extension.error.reason', { min: MINIMUM_REASON }) : undefined;
  const problems: FormProblem[] = [];
  if (attempted && dateError) problems.push({ message: dateError, fieldId: 'extension-date' });
  if (attempted && reasonError) problems.push({ message: reasonError, fieldId: 'extension-reason' });

  const request = useMutation({
    mutationFn: () => requestExtension(investigation.id, { requestedDueOn, reason: reason.trim() }),
    onSuccess: () => {
      setSentFor(requestedDueOn);
      setRequestedDueOn('');
      setReason('');
      setAttempted(false);
      void queryClient.invalidateQueries({ queryKey: investigationKey(investigation.id), exact: true });
    },
    onSettled: () => {
      inFlight.current = false;
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (inFlight.current) return;
    setAttempted(true);
    setSentFor(null);
    if (dateError || reasonError) return;
    inFlight.current = true;
    request.mutate();
  };

  return (
    <section aria-labelledby="extension-heading" className="margin-top-5 border-top-1px border-base-lighter">
      <h3 id="extension-heading">{t('inv.extension.heading')}</h3>
      <dl className="hearth-summary">
        <dt>{t('inv.completionDue')}</dt>
        <dd>
          <DueTime dueAt={investigation.completionDueAt ?? null} />
        </dd>
      </dl>
      <div role="status">{sentFor && <SuccessAlert>{t('inv.extension.sent', { date: formatDate(sentFor) })}</SuccessAlert>}</div>
      <form noValidate onSubmit={submit}>
        <ErrorSummary problems={problems} />
        <ProblemAlert error={request.error} />
        <TextField
          id="extension-date"
          type="date"
          label={t('inv.extension.date')}
          hint={t('inv.extension.dateHint')}
          required
          min={today}
          width="usa-input--md"
          value={requestedDueOn}
          error={attempted ? dateError : undefined}
          onChange={(event) => setRequestedDueOn(event.target.value)}
        />
        <TextareaField
          id="extension-reason"
          label={t('inv.extension.reason')}
          hint={t('inv.extension.reasonHint', { min: MINIMUM_REASON })}
          required
          maxLength={2000}
          value={reason}
          error={attempted ? reasonError : undefined}
          onChange={(event) => setReason(event.target.value)}
        />
        <div className="hearth-actions">
          <BusyButton variant="outline" busy={request.isPending} label={t('inv.extension.submit')} busyLabel={t('common.saving')} />
        </div>
      </form>
    </section>
  );
}
