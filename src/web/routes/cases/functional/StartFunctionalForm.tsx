import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { isApiError } from '../../../api/client';
import { type FunctionalChild, functionalOverviewQuery, startFunctional } from '../../../api/functional-assessment';
import { BusyButton } from '../../../components/BusyButton';
import { TextField } from '../../../components/fields/TextField';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { todayInZone } from '../../../lib/date-time';

/**
 * Starts a child's assessment on the day it is done. The id is made once and kept until the server
 * answers, so a double click or a retry starts one assessment, not two.
 */
export function StartFunctionalForm({ caseId, child }: { caseId: string; child: FunctionalChild }) {
  const { t, timeZone } = useI18n();
  const queryClient = useQueryClient();
  const draftId = useRef(crypto.randomUUID());
  const [assessedOn, setAssessedOn] = useState(() => todayInZone(timeZone));
  const overviewKey = functionalOverviewQuery(caseId).queryKey;
  const start = useMutation({
    mutationFn: () => startFunctional(caseId, { id: draftId.current, childPersonId: child.personId, assessedOn }),
    onSuccess: () => {
      draftId.current = crypto.randomUUID();
      void queryClient.invalidateQueries({ queryKey: overviewKey });
    },
    // Someone else may have started a draft meanwhile: the page then shows theirs.
    onError: () => void queryClient.invalidateQueries({ queryKey: overviewKey }),
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!start.isPending) start.mutate();
  };
  const fieldError = isApiError(start.error) ? start.error.errors.find((e) => e.path === 'assessedOn')?.message : undefined;
  const id = `functional-start-${child.personId}`;
  return (
    <form className="usa-form margin-top-2" noValidate onSubmit={onSubmit} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('functional.start.heading', { name: child.name })}</h3>
      <ProblemAlert error={fieldError ? null : start.error} />
      <TextField
        id={`${id}-date`}
        type="date"
        label={t('functional.assessedOn')}
        hint={t('functional.assessedOnHint')}
        required
        error={fieldError ? t('functional.assessedOnError') : undefined}
        value={assessedOn}
        onChange={(event) => setAssessedOn(event.target.value)}
      />
      <BusyButton busy={start.isPending} label={t('functional.start.button')} busyLabel={t('functional.start.busy')} srSuffix={child.name} />
    </form>
  );
}
