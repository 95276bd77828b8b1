import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { type AssessmentOverview, assessmentOverviewQuery, startAssessment } from '../../../api/family-assessment';
import { BusyButton } from '../../../components/BusyButton';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n/I18nProvider';

/**
 * FCA-1: starts version 1, or a new version copied from the latest completed one. The id is made
 * once and kept until the server answers, so a double click or a retry starts one draft, not two.
 */
export function StartAssessmentButton({ caseId, isUpdate }: { caseId: string; isUpdate: boolean }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const draftId = useRef(crypto.randomUUID());
  const overviewKey = assessmentOverviewQuery(caseId).queryKey;
  const start = useMutation({
    mutationFn: () => startAssessment(caseId, { id: draftId.current }),
    onSuccess: (draft) => {
      draftId.current = crypto.randomUUID();
      queryClient.setQueryData(overviewKey, (old: AssessmentOverview | undefined) =>
        old ? { ...old, current: draft, abilities: { ...old.abilities, start: false } } : old,
      );
      void queryClient.invalidateQueries({ queryKey: overviewKey });
    },
    // Someone else may have started a draft meanwhile: the page then shows theirs.
    onError: () => void queryClient.invalidateQueries({ queryKey: overviewKey }),
  });
  return (
    <div className="margin-top-2">
      <ProblemAlert error={start.error} />
      <BusyButton
        type="button"
        busy={start.isPending}
        label={t(isUpdate ? 'fca.update' : 'fca.start')}
        busyLabel={t('fca.starting')}
        aria-describedby={isUpdate ? 'fca-update-hint' : undefined}
        onClick={() => start.mutate()}
      />
      {isUpdate && (
        <p id="fca-update-hint" className="usa-hint">
          {t('fca.updateHint')}
        </p>
      )}
    </div>
  );
}
