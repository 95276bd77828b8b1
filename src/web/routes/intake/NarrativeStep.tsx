import { useForm } from 'react-hook-form';
import { NARRATIVE_MAX_CHARS } from '../../../domain/screening';
import { updateReport } from '../../api/endpoints';
import { BusyButton } from '../../components/BusyButton';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldId } from '../../components/fields/field-ids';
import { TextareaField } from '../../components/fields/TextareaField';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n/I18nProvider';
import { collectProblems, errorText, generalError } from '../../lib/form-problems';
import { useServerProblems } from '../../lib/use-server-problems';
import { clearDraft, readDraft } from './intake-drafts';
import type { StepProps } from './IntakePage';
import { StepNav } from './StepNav';
import { usePersistDraft } from './use-draft';
import { useGoToStep } from './use-go-to-step';
import { useReportMutation } from './use-report-mutation';

interface NarrativeValues {
  narrative: string;
}

const FORM = 'narrative';
const FIELDS = ['narrative'];

/** Step 2: the reporter's account, in their words. */
export function NarrativeStep({ report, onReload }: StepProps) {
  const { t, tp, locale } = useI18n();
  const goToStep = useGoToStep(report.id);
  const form = useForm<NarrativeValues>({
    shouldFocusError: false,
    defaultValues: { narrative: readDraft<NarrativeValues>(report.id, FORM)?.narrative ?? report.narrative },
  });
  const { errors } = form.formState;
  usePersistDraft(form.watch, report.id, FORM);
  const server = useServerProblems(FIELDS, form.setError);

  const save = useReportMutation(
    (values: NarrativeValues) => updateReport(report.id, report.version, { narrative: values.narrative }),
    () => {
      clearDraft(report.id, FORM);
      goToStep(3);
    },
    server.capture,
  );

  const onSubmit = form.handleSubmit((values) => {
    server.clear();
    save.run(values);
  });

  return (
    <form className="usa-form usa-form--large" noValidate onSubmit={onSubmit}>
      <ErrorSummary problems={[...collectProblems(errors, FORM, FIELDS), ...server.problems]} />
      <ProblemAlert error={generalError(save.error)} onReload={onReload} />
      <TextareaField
        id={fieldId(FORM, 'narrative')}
        label={t('narrative.label')}
        hint={t('narrative.hint')}
        tall
        // Counted, not cut: a longer paste stays in the box and is refused with the limit named.
        characterLimit={NARRATIVE_MAX_CHARS}
        characterCount={form.watch('narrative').length}
        error={errorText(errors, 'narrative')}
        {...form.register('narrative', {
          validate: (value) =>
            value.length <= NARRATIVE_MAX_CHARS ||
            t('problem.field.tooLongBy', {
              max: NARRATIVE_MAX_CHARS.toLocaleString(locale),
              over: tp('field.characterCount.over', value.length - NARRATIVE_MAX_CHARS),
            }),
        })}
      />
      <StepNav onBack={() => goToStep(1)}>
        <BusyButton busy={save.busy} label={t('common.saveAndContinue')} busyLabel={t('common.saving')} />
      </StepNav>
    </form>
  );
}
