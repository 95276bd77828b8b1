import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../../api/client';
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { decisionQuery, investigationKey, saveDecision, submitDecision } from '../../../api/investigation-endpoints';
import { type InvestigationDecisionView, investigationDecisionCodes } from '../../../api/investigation-types';
import { BusyButton } from '../../../components/BusyButton';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { choiceId } from '../../../components/fields/ChoiceGroup';
import { TextareaField } from '../../../components/fields/TextareaField';
import { SuccessAlert } from '../../../components/SuccessAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { clearInvestigationDraft, readInvestigationDraft, writeInvestigationDraft } from '../workspace/investigation-drafts';
import { RadioChoices } from '../workspace/RadioChoices';
import { WorkspaceProblem } from '../workspace/WorkspaceProblem';
import {
  type DecisionField,
  type DecisionValues,
  departsFromGuide,
  isClosingDecision,
  MINIMUM_DECISION_REASON,
  MINIMUM_EFFORTS,
  sameDecision,
  toDecisionBody,
  validateDecision,
} from './decision-model';
import { decisionText } from './decision-words';
import { NotReadyAlert } from './NotReadyAlert';
import { UnseenChildrenFields } from './UnseenChildrenFields';

const DRAFT = 'decision';
const fieldIds: Record<DecisionField, string> = {
  decision: choiceId('decision-choice', investigationDecisionCodes[0]!),
  reason: 'decision-reason',
  communityReferral: 'decision-referral',
  unseenExceptionCode: 'decision-unseen-exception',
  unseenEfforts: 'decision-unseen-efforts',
};

/**
 * Choose the investigation's outcome (INV-7): close, close with a community referral, open an
 * in-home case, or open an out-of-home case. A choice outside the guide's recommendations asks for
 * the reason. "Save draft" keeps it; "Submit for approval" saves any change first, then sends it to
 * the supervisor (a 422 lists what is still to do, each linked to where it is done).
 */
export function DecisionForm({
  investigationId,
  view,
  onReload,
  onSubmitted,
}: {
  investigationId: string;
  view: InvestigationDecisionView;
  onReload: () => void;
  onSubmitted: () => void;
}) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const recommended = view.guide.recommended;
  const saved: DecisionValues = useMemo(
    () => ({
      decision: view.decision.decision ?? '',
      reason: view.decision.reason ?? '',
      communityReferral: view.decision.communityReferral ?? '',
      unseenExceptionCode: view.closure?.unseenException?.code ?? '',
      unseenEfforts: view.closure?.unseenException?.efforts ?? '',
    }),
    [view.decision, view.closure],
  );
  const [values, setValues] = useState<DecisionValues>(() => ({ ...saved, ...(readInvestigationDraft<DecisionValues>(investigationId, DRAFT) ?? {}) }));
  const [attempted, setAttempted] = useState(false);
  const [notice, setNotice] = useState(false);
  const inFlight = useRef(false);
  const dirty = !sameDecision(values, saved);

  useEffect(() => {
    if (dirty) writeInvestigationDraft(investigationId, DRAFT, values);
    else clearInvestigationDraft(investigationId, DRAFT);
  }, [dirty, values, investigationId]);

  const problems = useMemo(() => (attempted ? validateDecision(values, recommended) : []), [attempted, values, recommended]);
  const errorOf = (field: DecisionField) => {
    const problem = problems.find((p) => p.field === field);
    return problem ? t(problem.key, { min: problem.field === 'unseenEfforts' ? MINIMUM_EFFORTS : MINIMUM_DECISION_REASON }) : undefined;
  };

  const mutation = useMutation({
    mutationFn: async (submit: boolean) => {
      let version = view.decision.version;
      if (dirty || !view.decision.decision) {
        const next = await saveDecision(investigationId, { version, ...toDecisionBody(values) });
        queryClient.setQueryData(decisionQuery(investigationId).queryKey, next);
        version = next.decision.version;
      }
      return submit ? submitDecision(investigationId, version) : null;
    },
    onSuccess: (next, submit) => {
      clearInvestigationDraft(investigationId, DRAFT);
      if (next) queryClient.setQueryData(decisionQuery(investigationId).queryKey, next);
      void queryClient.invalidateQueries({ queryKey: investigationKey(investigationId), exact: true });
      if (submit) onSubmitted();
      else setNotice(true);
    },
    onError: () => {
      // A save before a failed submit still landed: read the decision again for its new version.
      void queryClient.invalidateQueries({ queryKey: decisionQuery(investigationId).queryKey });
    },
    onSettled: () => {
      inFlight.current = false;
    },
  });

  const run = (submit: boolean) => {
    if (inFlight.current) return;
    setNotice(false);
    setAttempted(true);
    if (validateDecision(values, recommended).length > 0) return;
    inFlight.current = true;
    mutation.mutate(submit);
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    run(true);
  };

  const set = (change: Partial<DecisionValues>) => {
    setNotice(false);
    setValues((current) => ({ ...current, ...change }));
  };
  const departs = departsFromGuide(values.decision, recommended);
  return (
    <form noValidate onSubmit={onSubmit} aria-labelledby="decision-form-heading">
      <h3 id="decision-form-heading">{t('inv.decision.formHeading')}</h3>
      <ErrorSummary problems={problems.map((problem) => ({ message: errorOf(problem.field) ?? '', fieldId: fieldIds[problem.field] }))} />
      {isApiError(mutation.error) && mutation.error.code === 'incomplete' && mutation.error.errors.length > 0 ? (
        <NotReadyAlert investigationId={investigationId} problems={mutation.error.errors} />
      ) : (
        <WorkspaceProblem error={mutation.error} onReload={onReload} />
      )}
      <RadioChoices
        id="decision-choice"
        tile
        legend={t('inv.decision.choose')}
        required
        error={errorOf('decision')}
        value={values.decision}
        onChange={(decision) => set({ decision: decision as DecisionValues['decision'] })}
        options={investigationDecisionCodes.map((code) => ({
          value: code,
          label: decisionText(t, code),
          description: recommended.includes(code) ? t('inv.decision.recommendedTag') : undefined,
        }))}
      />
      <TextareaField
        id={fieldIds.reason}
        label={t('inv.decision.reason')}
        hint={departs ? t('inv.decision.reasonRequiredHint', { min: MINIMUM_DECISION_REASON }) : t('inv.decision.reasonHint')}
        required={departs}
        maxLength={4000}
        value={values.reason}
        error={errorOf('reason')}
        onChange={(event) => set({ reason: event.target.value })}
      />
      {values.decision === 'close_with_referral' && (
        <TextareaField
          id={fieldIds.communityReferral}
          label={t('inv.decision.referral')}
          hint={t('inv.decision.referralHint')}
          required
          maxLength={2000}
          value={values.communityReferral}
          error={errorOf('communityReferral')}
          onChange={(event) => set({ communityReferral: event.target.value })}
        />
      )}
      {isClosingDecision(values.decision) && view.closure && view.closure.childrenNeverSeen.length > 0 && (
        <UnseenChildrenFields closure={view.closure} values={values} onChange={set} effortsError={errorOf('unseenEfforts')} ids={fieldIds} />
      )}
      <div role="status">{notice && <SuccessAlert className="margin-top-2 margin-bottom-0">{t('inv.decision.savedDraft')}</SuccessAlert>}</div>
      <div className="hearth-actions">
        <BusyButton
          busy={mutation.isPending && mutation.variables === true}
          disabled={mutation.isPending}
          label={t('inv.decision.submit')}
          busyLabel={t('common.saving')}
        />
        <BusyButton
          type="button"
          variant="outline"
          busy={mutation.isPending && mutation.variables === false}
          disabled={mutation.isPending}
          label={t('inv.decision.saveDraft')}
          busyLabel={t('common.saving')}
          onClick={() => run(false)}
        />
      </div>
    </form>
  );
}
