import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useMemo, useRef, useState } from 'react';
import type { InstrumentDefinition } from '../../../../domain/instruments/index';
import { isApiError } from '../../../api/client';
import {
  completeFunctional,
  type FunctionalAssessment,
  type FunctionalChild,
  functionalOverviewQuery,
  saveFunctional,
} from '../../../api/functional-assessment';
import type { InstrumentAnswers } from '../../../api/instruments';
import { BusyButton } from '../../../components/BusyButton';
import { TextField } from '../../../components/fields/TextField';
import { InstrumentForm } from '../../../components/instrument/InstrumentForm';
import { sameAnswers, visibleAnswers } from '../../../components/instrument/instrument-model';
import { scoreAnswers } from '../../../components/instrument/instrument-scoring';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { SuccessAlert } from '../../../components/SuccessAlert';
import { useI18n } from '../../../i18n/I18nProvider';

/**
 * The child's draft as the instrument's form. Saves at the version it read: a stale save shows the
 * conflict message and the typed ratings stay in the form until the worker chooses to reload.
 * "Complete" saves and completes in one go, once every required item is rated.
 */
export function FunctionalEditor({
  caseId,
  child,
  draft,
  definition,
  onCompleted,
}: {
  caseId: string;
  child: FunctionalChild;
  draft: FunctionalAssessment;
  definition: InstrumentDefinition;
  onCompleted: () => void;
}) {
  const { t, formatDate } = useI18n();
  const queryClient = useQueryClient();
  const baseVersion = useRef(draft.version);
  const [saved, setSaved] = useState<InstrumentAnswers>(draft.answers);
  const [answers, setAnswers] = useState<InstrumentAnswers>(draft.answers);
  const [savedOn, setSavedOn] = useState(draft.assessedOn);
  const [assessedOn, setAssessedOn] = useState(draft.assessedOn);
  const [attempt, setAttempt] = useState(0);
  const [notice, setNotice] = useState(false);
  const result = useMemo(() => scoreAnswers(definition, answers), [definition, answers]);
  const toSave = visibleAnswers(answers, result);
  const dirty = !sameAnswers(toSave, saved) || assessedOn !== savedOn;
  const overviewKey = functionalOverviewQuery(caseId).queryKey;

  const remember = (answer: FunctionalAssessment) => {
    baseVersion.current = answer.version;
    setSaved(answer.answers);
    setSavedOn(answer.assessedOn);
  };
  const save = useMutation({
    mutationFn: async (complete: boolean) => {
      const answer = await saveFunctional(draft.id, { version: baseVersion.current, answers: toSave, assessedOn });
      remember(answer);
      return complete ? completeFunctional(draft.id, { version: answer.version }) : answer;
    },
    onSuccess: (answer) => {
      remember(answer);
      if (answer.status === 'completed') {
        onCompleted();
        void queryClient.invalidateQueries({ queryKey: overviewKey });
      } else setNotice(true);
    },
  });

  const reload = async () => {
    const fresh = (await queryClient.fetchQuery({ ...functionalOverviewQuery(caseId), staleTime: 0 })).children
      .find((c) => c.personId === child.personId)
      ?.assessments.find((a) => a.id === draft.id);
    save.reset();
    if (!fresh) return;
    remember(fresh);
    setAnswers(fresh.answers);
    setAssessedOn(fresh.assessedOn);
  };

  const run = (complete: boolean) => {
    if (save.isPending) return;
    setNotice(false);
    if (complete) {
      setAttempt((n) => n + 1);
      if (!result.complete) return;
    }
    save.mutate(complete);
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    run(true);
  };
  const dateError = isApiError(save.error) && save.error.errors.some((e) => e.path === 'assessedOn');
  const prefix = `functional-${draft.id}`;

  return (
    <form className="usa-form maxw-none margin-top-3" noValidate onSubmit={onSubmit} aria-labelledby={`${prefix}-heading`}>
      <h3 id={`${prefix}-heading`}>{t('functional.form.heading', { name: child.name, date: formatDate(draft.assessedOn) })}</h3>
      <ProblemAlert error={save.error} onReload={() => void reload()} conflictSubject="record" incompleteHeading={t('functional.incompleteHeading')} />
      <TextField
        id={`${prefix}-date`}
        type="date"
        label={t('functional.assessedOn')}
        hint={t('functional.assessedOnHint')}
        required
        error={dateError ? t('functional.assessedOnError') : undefined}
        value={assessedOn}
        onChange={(event) => setAssessedOn(event.target.value)}
      />
      <InstrumentForm
        definition={definition}
        answers={answers}
        onChange={(next) => {
          setNotice(false);
          setAnswers(next);
        }}
        idPrefix={prefix}
        attempt={attempt}
        headingLevel={3}
        actions={
          <>
            {notice && !dirty && (
              <SuccessAlert className="margin-top-2 margin-bottom-0" role="status">
                {t('functional.saved')}
              </SuccessAlert>
            )}
            <div className="hearth-actions">
              <BusyButton
                busy={save.isPending && save.variables === true}
                disabled={save.isPending}
                label={t('functional.complete')}
                busyLabel={t('common.saving')}
              />
              <BusyButton
                type="button"
                variant="outline"
                busy={save.isPending && save.variables === false}
                disabled={save.isPending}
                label={t('functional.save')}
                busyLabel={t('common.saving')}
                onClick={() => run(false)}
              />
            </div>
            <p className="usa-hint">{t('functional.completeHint')}</p>
            {dirty && <p className="margin-bottom-0">{t('functional.unsaved')}</p>}
          </>
        }
      />
    </form>
  );
}
