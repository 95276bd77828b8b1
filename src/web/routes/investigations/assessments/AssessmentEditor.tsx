import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { isApiError } from '../../../api/client';
import { assessmentQuery, investigationKey, saveAssessment } from '../../../api/investigation-endpoints';
import type { Assessment, AssessmentKind } from '../../../api/investigation-types';
import type { InstrumentAnswers } from '../../../api/instruments';
import type { Investigation } from '../../../api/types';
import { BusyButton } from '../../../components/BusyButton';
import { InstrumentForm } from '../../../components/instrument/InstrumentForm';
import { sameAnswers, visibleAnswers } from '../../../components/instrument/instrument-model';
import { scoreAnswers } from '../../../components/instrument/instrument-scoring';
import { SuccessAlert } from '../../../components/SuccessAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { clearInvestigationDraft, readInvestigationDraft, writeInvestigationDraft } from '../workspace/investigation-drafts';
import { WorkspaceProblem } from '../workspace/WorkspaceProblem';
import { assessmentChildren } from './assessment-children';

/**
 * The safety or risk instrument as a form (INV-3, INV-5, INV-8): every child in the home answers
 * the per-child questions. "Save draft" keeps the answers on the server as they are; "Complete the
 * assessment" needs every required answer (the form lists what is missing, and so does the server's
 * 422). Unsaved answers are kept in sessionStorage; a stale save gets the conflict message.
 */
export function AssessmentEditor({
  investigation,
  kind,
  data,
  onReload,
  onCompleted,
}: {
  investigation: Investigation;
  kind: AssessmentKind;
  data: Assessment;
  onReload: () => void;
  onCompleted: () => void;
}) {
  const { t, formatMoment } = useI18n();
  const queryClient = useQueryClient();
  const draftPart = `assessment-${kind}`;
  const { definition, response } = data;
  const saved = useMemo(() => response?.answers ?? {}, [response]);
  const [answers, setAnswers] = useState<InstrumentAnswers>(() => ({
    ...saved,
    ...(readInvestigationDraft<InstrumentAnswers>(investigation.id, draftPart) ?? {}),
  }));
  const [attempt, setAttempt] = useState(0);
  const [notice, setNotice] = useState(false);
  const inFlight = useRef(false);
  const children = useMemo(() => assessmentChildren(data.childIds, investigation), [data.childIds, investigation]);
  const result = useMemo(() => scoreAnswers(definition, answers, children), [definition, answers, children]);
  const toSave = visibleAnswers(answers, result);
  const dirty = !sameAnswers(toSave, saved);
  const prefix = `${kind}-assessment`;

  useEffect(() => {
    if (dirty) writeInvestigationDraft(investigation.id, draftPart, answers);
    else clearInvestigationDraft(investigation.id, draftPart);
  }, [dirty, answers, investigation.id, draftPart]);

  const save = useMutation({
    mutationFn: (complete: boolean) => saveAssessment(investigation.id, kind, { answers: toSave, version: response?.version, complete }),
    onSuccess: (next, complete) => {
      queryClient.setQueryData(assessmentQuery(investigation.id, kind).queryKey, next);
      clearInvestigationDraft(investigation.id, draftPart);
      // The decision's readiness, the safety plan and the clocks all follow the assessments.
      void queryClient.invalidateQueries({ queryKey: investigationKey(investigation.id), predicate: (query) => query.queryKey[3] !== kind });
      void queryClient.invalidateQueries({ queryKey: ['tasks'] });
      if (complete) onCompleted();
      else setNotice(true);
    },
    onError: (error) => {
      // The server found answers missing: show them on the form as well as in the alert.
      if (isApiError(error) && error.code === 'incomplete') setAttempt((n) => n + 1);
    },
    onSettled: () => {
      inFlight.current = false;
    },
  });

  const run = (complete: boolean) => {
    if (inFlight.current) return;
    setNotice(false);
    if (complete) {
      setAttempt((n) => n + 1);
      if (!result.complete) return;
    }
    inFlight.current = true;
    save.mutate(complete);
  };
  const complete = (event: FormEvent) => {
    event.preventDefault();
    run(true);
  };

  return (
    <form noValidate onSubmit={complete}>
      <WorkspaceProblem error={save.error} onReload={onReload} incompleteHeading={t('inv.assessment.incompleteHeading')} />
      <InstrumentForm
        definition={definition}
        answers={answers}
        onChange={(next) => {
          setNotice(false);
          setAnswers(next);
        }}
        idPrefix={prefix}
        householdChildren={children}
        attempt={attempt}
        actions={
          <>
            {notice && (
              <SuccessAlert className="margin-top-2 margin-bottom-0" role="status">
                {t('inv.assessment.savedDraft')}
              </SuccessAlert>
            )}
            <div className="hearth-actions">
              <BusyButton
                busy={save.isPending && save.variables === true}
                disabled={save.isPending}
                label={t('inv.assessment.complete')}
                busyLabel={t('common.saving')}
              />
              <BusyButton
                type="button"
                variant="outline"
                busy={save.isPending && save.variables === false}
                disabled={save.isPending}
                label={t('inv.assessment.saveDraft')}
                busyLabel={t('common.saving')}
                onClick={() => run(false)}
              />
            </div>
            <p className="usa-hint">{t('inv.assessment.completeHint')}</p>
          </>
        }
        resultExtra={
          <>
            {response && (
              <p className="text-base-darker font-sans-2xs margin-bottom-0">{t('inv.assessment.lastSaved', { moment: formatMoment(response.updatedAt) })}</p>
            )}
            {dirty && <p className="margin-bottom-0">{t('inv.assessment.unsaved')}</p>}
          </>
        }
      />
    </form>
  );
}
