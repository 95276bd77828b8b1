import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useRef } from 'react';
import { type CasePlan, planListQuery, planQuery, revisePlan, startPlan } from '../../../api/case-plan';
import { BusyButton } from '../../../components/BusyButton';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { useSubmitGuard } from '../../../lib/use-submit-guard';

/**
 * PLAN-1, PLAN-5: starts the first draft of the case plan, or (with `revising`) a new draft copied
 * from the approved version, and opens it. The id is made once and kept until the server answers,
 * so a double click or a retry makes one draft.
 */
export function NewVersionButton({ caseId, revising }: { caseId: string; revising?: string }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const guard = useSubmitGuard();
  const versionId = useRef(crypto.randomUUID());
  const create = useMutation({
    mutationFn: () => (revising ? revisePlan(revising, { id: versionId.current }) : startPlan(caseId, { id: versionId.current })),
    onSuccess: (plan: CasePlan) => {
      versionId.current = crypto.randomUUID();
      queryClient.setQueryData(planQuery(caseId, plan.id).queryKey, plan);
      void queryClient.invalidateQueries({ queryKey: planListQuery(caseId).queryKey });
      void navigate({ to: '/cases/$caseId/plans/$planId', params: { caseId, planId: plan.id } });
    },
    // Someone else may have started a version meanwhile: the list then shows theirs.
    onError: () => void queryClient.invalidateQueries({ queryKey: planListQuery(caseId).queryKey }),
    onSettled: guard.release,
  });
  return (
    <div className="margin-top-2">
      <ProblemAlert error={create.error} />
      <BusyButton
        type="button"
        busy={create.isPending}
        label={t(revising ? 'cplan.revise.button' : 'cplan.section.start')}
        busyLabel={t(revising ? 'cplan.revise.busy' : 'cplan.section.starting')}
        onClick={() => {
          if (guard.claim()) create.mutate();
        }}
      />
    </div>
  );
}
