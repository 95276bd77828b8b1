import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { FieldProblem } from '../../../api/client';
import { useCodeLists } from '../../../api/code-lists';
import { submitReport, updateReport } from '../../../api/endpoints';
import { durationText, responsePriorityLabel } from '../../../api/response-priority';
import { reportQuery } from '../../../api/queries';
import type { Decision, Report } from '../../../api/types';
import { BusyButton } from '../../../components/BusyButton';
import { ErrorSummary, focusField } from '../../../components/ErrorSummary';
import { ChoiceGroup, choiceId } from '../../../components/fields/ChoiceGroup';
import { fieldId } from '../../../components/fields/field-ids';
import { TextareaField } from '../../../components/fields/TextareaField';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { collectProblems, errorText, generalError } from '../../../lib/form-problems';
import { useServerProblems } from '../../../lib/use-server-problems';
import { clearDraft, clearReportDrafts, readDraft } from '../intake-drafts';
import { intakeSteps, stepForPath } from '../intake-steps';
import type { StepProps } from '../IntakePage';
import { StepNav } from '../StepNav';
import { usePersistDraft } from '../use-draft';
import { useGoToStep } from '../use-go-to-step';
import { useReportMutation } from '../use-report-mutation';
import { InstrumentDifferenceAlert } from './InstrumentDifferenceAlert';
import { ScreeningInstrumentSection } from './ScreeningInstrumentSection';

interface DecisionValues {
  decision: string;
  responsePriority: string;
  decisionRationale: string;
  communityReferral: string;
}

const FORM = 'decision';
const FIELDS = ['decision', 'responsePriority', 'decisionRationale', 'communityReferral'];
const isScreenIn = (decision: string) => decision === 'screen_in' || decision === 'screen_in_family_assessment';

/** Step 5: the screening decision and its reasons, then submission for supervisor approval. */
export function DecisionStep({ report, onReload }: StepProps) {
  const words = useI18n();
  const { t, tc } = words;
  const lists = useCodeLists();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const goToStep = useGoToStep(report.id);
  const form = useForm<DecisionValues>({ shouldFocusError: false, defaultValues: { ...fromReport(report), ...readDraft<DecisionValues>(report.id, FORM) } });
  const { errors } = form.formState;
  usePersistDraft(form.watch, report.id, FORM);
  const server = useServerProblems(FIELDS, form.setError);
  const [savedNotice, setSavedNotice] = useState(false);
  // Which button was pressed: only submission insists on a decision and a response priority.
  const intent = useRef<'save' | 'submit'>('save');
  const decision = form.watch('decision');

  const save = useReportMutation(
    async ({ values, submit }: { values: DecisionValues; submit: boolean }) => {
      const saved = await updateReport(report.id, report.version, toChanges(values));
      // Keep the new version even if submission then fails, so a retry does not conflict with ourselves.
      queryClient.setQueryData(reportQuery(report.id).queryKey, saved);
      return submit ? submitReport(saved.id, saved.version) : saved;
    },
    (saved, { submit }) => {
      if (submit) {
        clearReportDrafts(report.id);
        void navigate({ to: '/reports/$reportId', params: { reportId: saved.id }, search: { notice: 'submitted' } });
      } else {
        clearDraft(report.id, FORM);
        setSavedNotice(true);
      }
    },
    server.capture,
  );

  const run = (submit: boolean) => {
    intent.current = submit ? 'submit' : 'save';
    setSavedNotice(false);
    server.clear();
    void form.handleSubmit((values) => save.run({ values, submit }))();
  };
  const requiredOnSubmit = (message: string) => (value: string) => intent.current === 'save' || value !== '' || message;

  const linkTargets = {
    decision: choiceId(fieldId(FORM, 'decision'), lists.decisions[0]),
    responsePriority: choiceId(fieldId(FORM, 'responsePriority'), lists.responsePriorities[0]?.code ?? ''),
  };

  return (
    <>
      <ScreeningInstrumentSection report={report} onReload={onReload} />
      <form
        className="usa-form usa-form--large"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          run(true);
        }}
      >
        <ErrorSummary problems={[...collectProblems(errors, FORM, FIELDS, linkTargets), ...server.problems]} />
        <ProblemAlert
          error={generalError(save.error)}
          onReload={onReload}
          incompleteHeading={t('decision.incompleteHeading')}
          renderIncompleteLink={(problem) => <StepLink report={report} problem={problem} />}
        />
        {savedNotice && (
          <div className="usa-alert usa-alert--success usa-alert--slim margin-bottom-3" role="status">
            <div className="usa-alert__body">
              <p className="usa-alert__text">{t('decision.saved')}</p>
            </div>
          </div>
        )}
        <ChoiceGroup
          id={fieldId(FORM, 'decision')}
          type="radio"
          tile
          required
          legend={t('decision.decisionLegend')}
          options={lists.decisions.map((code) => ({ value: code, label: tc('decision', code) }))}
          error={errorText(errors, 'decision')}
          {...form.register('decision', { validate: requiredOnSubmit(t('decision.decisionRequired')) })}
        />
        {isScreenIn(decision) && (
          <ChoiceGroup
            id={fieldId(FORM, 'responsePriority')}
            type="radio"
            tile
            required
            legend={t('decision.priorityLegend')}
            hint={t('decision.priorityHint')}
            options={lists.responsePriorities.map(({ code, within }) => ({
              value: code,
              label: responsePriorityLabel(lists.responsePriorities, code, words),
              description: within ? t('decision.priorityDescription', { within: durationText(within, words) }) : t('decision.priorityNotSet'),
            }))}
            error={errorText(errors, 'responsePriority')}
            {...form.register('responsePriority', {
              validate: (value, values) => !isScreenIn(values.decision) || requiredOnSubmit(t('decision.priorityRequired'))(value),
            })}
          />
        )}
        <InstrumentDifferenceAlert reportId={report.id} decision={decision} responsePriority={form.watch('responsePriority')} />
        <TextareaField
          id={fieldId(FORM, 'decisionRationale')}
          label={t('decision.rationale')}
          maxLength={4000}
          error={errorText(errors, 'decisionRationale')}
          {...form.register('decisionRationale')}
        />
        {decision === 'screen_out' && (
          <TextareaField
            id={fieldId(FORM, 'communityReferral')}
            label={t('decision.communityReferral')}
            hint={t('decision.communityReferralHint')}
            maxLength={1000}
            error={errorText(errors, 'communityReferral')}
            {...form.register('communityReferral')}
          />
        )}
        <StepNav onBack={() => goToStep(4)}>
          <BusyButton type="button" variant="outline" busy={save.busy} label={t('decision.save')} busyLabel={t('common.saving')} onClick={() => run(false)} />
          {report.abilities.submit && <BusyButton busy={save.busy} label={t('decision.submit')} busyLabel={t('decision.submitting')} />}
        </StepNav>
      </form>
    </>
  );
}

/** Next to each missing item from the server: a link to the step that fixes it. */
function StepLink({ report, problem }: { report: Report; problem: FieldProblem }) {
  const { t } = useI18n();
  const step = stepForPath(problem.path);
  if (step === 5) {
    const target =
      problem.path === 'screeningInstrument'
        ? 'screening-instrument-heading'
        : problem.path === 'decision' || problem.path === 'responsePriority'
          ? null
          : fieldId(FORM, problem.path);
    if (!target) return null;
    return (
      <a href={`#${target}`} onClick={(event) => focusField(event, target)}>
        {t('decision.fixBelow')}
      </a>
    );
  }
  return (
    <Link to="/intake/$reportId" params={{ reportId: report.id }} search={{ step }}>
      {t('decision.goToStep', { step, name: t(intakeSteps[step - 1]) })}
    </Link>
  );
}

function fromReport(report: Report): DecisionValues {
  return {
    decision: report.decision ?? '',
    responsePriority: report.responsePriority ?? '',
    decisionRationale: report.decisionRationale ?? '',
    communityReferral: report.communityReferral ?? '',
  };
}

function toChanges(values: DecisionValues) {
  const text = (value: string) => (value.trim() === '' ? null : value.trim());
  return {
    decision: (values.decision || null) as Decision | null,
    responsePriority: isScreenIn(values.decision) ? values.responsePriority || null : null,
    decisionRationale: text(values.decisionRationale),
    communityReferral: values.decision === 'screen_out' ? text(values.communityReferral) : null,
  };
}
