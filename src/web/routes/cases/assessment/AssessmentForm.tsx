import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { ApiError, isApiError } from '../../../api/client';
import {
  type AssessmentOverview,
  assessmentOverviewQuery,
  assessmentVersionQuery,
  completeAssessment,
  type FamilyAssessment,
  saveAssessment,
} from '../../../api/family-assessment';
import { BusyButton } from '../../../components/BusyButton';
import { ErrorSummary, type FormProblem } from '../../../components/ErrorSummary';
import { choiceId } from '../../../components/fields/ChoiceGroup';
import { fieldId } from '../../../components/fields/field-ids';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { SuccessAlert } from '../../../components/SuccessAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { applyServerErrors, collectProblems, generalError } from '../../../lib/form-problems';
import { type AssessmentValues, type Domain, fieldNames, formPathFor, toFormValues, toSave } from './assessment-model';
import { ContributionFields } from './ContributionFields';
import { FamilyFields, SharingFields } from './FamilyFields';
import { MemberDomainFields } from './MemberDomainFields';
import { PrioritisedNeedFields } from './PrioritisedNeedFields';
import { StaleAssessmentAlert } from './StaleAssessmentAlert';

const FORM = 'fca';

/** A need's members are a checkbox group; the error summary jumps to its first box. */
const linkTargets = (values: AssessmentValues, firstPersonId: string | undefined) =>
  Object.fromEntries(
    values.content.needs.map((_, i) => [`content.needs.${i}.personIds`, choiceId(fieldId(FORM, `content.needs.${i}.personIds`), firstPersonId ?? '')]),
  );

/** The server names each chosen person; the form marks the group they were chosen in. */
const onFormPaths = (error: unknown) =>
  isApiError(error)
    ? new ApiError(
        error.status,
        error.code,
        error.detail,
        error.errors.map((p) => ({ ...p, path: formPathFor(p.path) })),
        error.reason,
        error.params,
      )
    : error;

/**
 * FCA-1, FCA-3, FCA-4: the draft version, saved at the version it was read (a stale save is
 * refused, and the worker's text stays in the form), then marked completed once saved.
 */
export function AssessmentForm({
  assessment,
  overview,
  onReload,
  onCompleted,
}: {
  assessment: FamilyAssessment;
  overview: AssessmentOverview;
  onReload: () => Promise<FamilyAssessment | null | undefined>;
  onCompleted: (versionNo: number) => void;
}) {
  const words = useI18n();
  const { t } = words;
  const queryClient = useQueryClient();
  const domains = overview.domains as readonly Domain[];
  const memberIds = overview.members.map((m) => m.personId);
  const baseVersion = useRef(assessment.version);
  const form = useForm<AssessmentValues>({ shouldFocusError: false, defaultValues: toFormValues(assessment.content, memberIds, domains) });
  const [serverProblems, setServerProblems] = useState<FormProblem[]>([]);
  const [savedNotice, setSavedNotice] = useState(false);

  const remember = (answer: FamilyAssessment) => {
    baseVersion.current = answer.version;
    queryClient.setQueryData(assessmentVersionQuery(answer.caseId, answer.id).queryKey, answer);
    queryClient.setQueryData(assessmentOverviewQuery(answer.caseId).queryKey, (old: AssessmentOverview | undefined) =>
      old ? { ...old, current: answer } : old,
    );
  };

  const save = useMutation({
    mutationFn: (values: AssessmentValues) => saveAssessment(assessment.id, toSave(baseVersion.current, values)),
    onSuccess: (answer) => {
      remember(answer);
      form.reset(toFormValues(answer.content, memberIds, domains));
      setSavedNotice(true);
    },
    onError: (error, sent) => setServerProblems(applyServerErrors(onFormPaths(error), fieldNames(sent), form.setError, words)),
  });

  const complete = useMutation({
    mutationFn: () => completeAssessment(assessment.id, { version: baseVersion.current }),
    onSuccess: (answer) => {
      remember(answer);
      onCompleted(answer.versionNo);
      void queryClient.invalidateQueries({ queryKey: assessmentOverviewQuery(answer.caseId).queryKey });
    },
  });

  const onSubmit = form.handleSubmit((values) => {
    if (save.isPending) return;
    setServerProblems([]);
    setSavedNotice(false);
    complete.reset();
    save.mutate(values);
  });

  const reload = async () => {
    const fresh = await onReload();
    save.reset();
    complete.reset();
    if (fresh && fresh.id === assessment.id) {
      baseVersion.current = fresh.version;
      form.reset(toFormValues(fresh.content, memberIds, domains));
    }
  };

  const failure = save.error ?? complete.error;
  const stale = isApiError(failure) && failure.reason === 'stale_version';
  const values = form.getValues();
  const { errors, isDirty } = form.formState;

  return (
    <form className="usa-form usa-form--large maxw-none" noValidate onSubmit={onSubmit} aria-labelledby="fca-form-heading">
      <h2 id="fca-form-heading">{t('fca.form.heading', { n: assessment.versionNo })}</h2>
      <p className="usa-hint">{t('fca.form.hint')}</p>
      <ErrorSummary problems={[...collectProblems(errors, FORM, fieldNames(values), linkTargets(values, overview.members[0]?.personId)), ...serverProblems]} />
      {stale ? <StaleAssessmentAlert onReload={() => void reload()} /> : <ProblemAlert error={generalError(failure)} />}
      {savedNotice && !isDirty && <SuccessAlert role="status">{t('fca.saved')}</SuccessAlert>}
      <MemberDomainFields form={form} formName={FORM} members={overview.members} />
      <FamilyFields form={form} formName={FORM} />
      <ContributionFields form={form} formName={FORM} />
      <SharingFields form={form} formName={FORM} />
      <PrioritisedNeedFields form={form} formName={FORM} members={overview.members} domains={domains} />
      <div className="margin-top-4">
        <BusyButton busy={save.isPending} label={t('fca.save')} busyLabel={t('fca.saving')} />
        {assessment.abilities.complete && (
          <BusyButton
            type="button"
            variant="secondary"
            busy={complete.isPending}
            disabled={isDirty || save.isPending}
            aria-describedby="fca-complete-hint"
            label={t('fca.complete')}
            busyLabel={t('fca.completing')}
            onClick={() => complete.mutate()}
          />
        )}
        {assessment.abilities.complete && (
          <p id="fca-complete-hint" className="usa-hint">
            {t('fca.completeHint')}
          </p>
        )}
      </div>
    </form>
  );
}
