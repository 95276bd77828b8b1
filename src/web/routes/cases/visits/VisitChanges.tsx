import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiError } from '../../../api/client';
import { cancelVisit, changeVisitPlan, type Visit, visitQuery, visitScheduleQuery, visitsQuery } from '../../../api/visits';
import { BusyButton } from '../../../components/BusyButton';
import { TextareaField } from '../../../components/fields/TextareaField';
import { TextField } from '../../../components/fields/TextField';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n/I18nProvider';

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

/** VIS-2: moves a planned visit to another day, at the version read. */
export function RescheduleVisit({ visit }: { visit: Visit }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [day, setDay] = useState(visit.plannedFor ?? '');
  const move = useVisitChange(visit, (plannedFor: string) => changeVisitPlan(visit.id, { version: visit.version, plannedFor }));
  const reload = () => void queryClient.invalidateQueries({ queryKey: visitQuery(visit.id).queryKey });
  return (
    <details className="margin-top-4">
      <summary>{t('visit.reschedule')}</summary>
      <ProblemAlert error={move.error} conflictSubject="record" onReload={isApiError(move.error) ? reload : undefined} />
      <TextField id="visit-reschedule-day" type="date" required label={t('visits.field.plannedFor')} value={day} onChange={(e) => setDay(e.target.value)} />
      <BusyButton
        type="button"
        className="margin-top-1"
        busy={move.isPending}
        disabled={day === '' || day === visit.plannedFor}
        label={t('visit.rescheduleConfirm')}
        busyLabel={t('visit.saving')}
        onClick={() => move.mutate(day)}
      />
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
