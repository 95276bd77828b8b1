import { useNavigate } from '@tanstack/react-router';
import { useRef } from 'react';
import { useForm } from 'react-hook-form';
import { useCodeLists } from '../../api/code-lists';
import { createReport, updateReport } from '../../api/endpoints';
import type { Report, Reporter } from '../../api/types';
import { BusyButton } from '../../components/BusyButton';
import { ErrorSummary } from '../../components/ErrorSummary';
import { CheckboxField } from '../../components/fields/CheckboxField';
import { fieldId } from '../../components/fields/field-ids';
import { SelectField } from '../../components/fields/SelectField';
import { TextField } from '../../components/fields/TextField';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n/I18nProvider';
import { fromZonedInputValue, toZonedInputValue } from '../../lib/date-time';
import { collectProblems, errorText, generalError } from '../../lib/form-problems';
import { useServerProblems } from '../../lib/use-server-problems';
import { clearDraft, NEW_REPORT_DRAFT, readDraft } from './intake-drafts';
import { StepNav } from './StepNav';
import { usePersistDraft } from './use-draft';
import { useReportMutation } from './use-report-mutation';

interface ReporterValues {
  receivedAt: string;
  channel: Report['channel'];
  /** Empty until the screener chooses one; the form's rules require a choice before saving. */
  reporter: {
    reporterType: Reporter['reporterType'] | '';
    mandated: boolean;
    anonymous: boolean;
    name: string;
    phone: string;
    email: string;
    relationshipToFamily: string;
  };
}

const FORM = 'reporter';
const DRAFT_PART = 'reporter';
const FIELDS = ['receivedAt', 'channel', 'reporter.reporterType', 'reporter.name', 'reporter.phone', 'reporter.email', 'reporter.relationshipToFamily'];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// Allows for a clock a little ahead of the server's when the screener types "now".
const CLOCK_SKEW_MS = 5 * 60_000;

/** Step 1: when and how the report came in, and who made it. Without a report it creates one. */
export function ReporterStep({ report, onReload }: { report?: Report; onReload?: () => void }) {
  const { t, tc, timeZone } = useI18n();
  const lists = useCodeLists();
  const navigate = useNavigate();
  const draftId = report?.id ?? NEW_REPORT_DRAFT;
  const form = useForm<ReporterValues>({ shouldFocusError: false, defaultValues: initialValues(report, draftId, timeZone) });
  const { errors } = form.formState;
  usePersistDraft(form.watch, draftId, DRAFT_PART);
  const server = useServerProblems(FIELDS, form.setError);
  // A report created by an attempt whose second write failed is reused on retry, never created twice.
  const created = useRef<Report | null>(null);

  const save = useReportMutation(
    async (values: ReporterValues) => {
      const receivedAt = fromZonedInputValue(values.receivedAt, timeZone) ?? undefined;
      const reporter = toReporter(values.reporter);
      if (report) return updateReport(report.id, report.version, { channel: values.channel, receivedAt, reporter });
      created.current ??= await createReport({ channel: values.channel, receivedAt });
      return updateReport(created.current.id, created.current.version, { reporter });
    },
    (saved) => {
      clearDraft(draftId, DRAFT_PART);
      void navigate({ to: '/intake/$reportId', params: { reportId: saved.id }, search: { step: 2 }, replace: !report });
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
      <p className="usa-hint">{t('common.requiredExplanation')}</p>
      <fieldset className="usa-fieldset">
        <legend className="usa-legend font-sans-lg text-bold">{t('reporter.reportHeading')}</legend>
        <TextField
          id={fieldId(FORM, 'receivedAt')}
          type="datetime-local"
          label={t('reporter.receivedAt')}
          hint={t('reporter.receivedAtHint', { timeZone })}
          required
          error={errorText(errors, 'receivedAt')}
          {...form.register('receivedAt', { validate: (value) => validateReceivedAt(value, timeZone, t) })}
        />
        <SelectField
          id={fieldId(FORM, 'channel')}
          label={t('field.channel')}
          required
          options={lists.channels.map((code) => ({ value: code, label: tc('channel', code) }))}
          error={errorText(errors, 'channel')}
          {...form.register('channel')}
        />
      </fieldset>
      <fieldset className="usa-fieldset margin-top-4">
        <legend className="usa-legend font-sans-lg text-bold">{t('reporter.reporterHeading')}</legend>
        <SelectField
          id={fieldId(FORM, 'reporter.reporterType')}
          label={t('reporter.reporterType')}
          required
          placeholder={t('common.select')}
          options={lists.reporterTypes.map((code) => ({ value: code, label: tc('reporterType', code) }))}
          error={errorText(errors, 'reporter.reporterType')}
          {...form.register('reporter.reporterType', { required: t('reporter.reporterTypeRequired') })}
        />
        <div className="margin-top-3">
          <CheckboxField id={fieldId(FORM, 'reporter.mandated')} label={t('reporter.mandated')} {...form.register('reporter.mandated')} />
          <CheckboxField id={fieldId(FORM, 'reporter.anonymous')} label={t('reporter.anonymous')} {...form.register('reporter.anonymous')} />
        </div>
        <TextField
          id={fieldId(FORM, 'reporter.name')}
          label={t('reporter.name')}
          autoComplete="off"
          maxLength={200}
          error={errorText(errors, 'reporter.name')}
          {...form.register('reporter.name')}
        />
        <TextField
          id={fieldId(FORM, 'reporter.phone')}
          type="tel"
          label={t('reporter.phone')}
          autoComplete="off"
          maxLength={40}
          width="usa-input--xl"
          error={errorText(errors, 'reporter.phone')}
          {...form.register('reporter.phone')}
        />
        <TextField
          id={fieldId(FORM, 'reporter.email')}
          type="email"
          label={t('reporter.email')}
          autoComplete="off"
          error={errorText(errors, 'reporter.email')}
          {...form.register('reporter.email', { validate: (value) => value.trim() === '' || EMAIL.test(value.trim()) || t('reporter.emailInvalid') })}
        />
        <TextField
          id={fieldId(FORM, 'reporter.relationshipToFamily')}
          label={t('reporter.relationshipToFamily')}
          autoComplete="off"
          maxLength={200}
          error={errorText(errors, 'reporter.relationshipToFamily')}
          {...form.register('reporter.relationshipToFamily')}
        />
      </fieldset>
      <StepNav>
        <BusyButton busy={save.busy} label={t('common.saveAndContinue')} busyLabel={t('common.saving')} />
      </StepNav>
    </form>
  );
}

function initialValues(report: Report | undefined, draftId: string, timeZone: string): ReporterValues {
  const saved: ReporterValues = {
    receivedAt: toZonedInputValue(report?.receivedAt ?? new Date().toISOString(), timeZone),
    channel: report?.channel ?? 'phone',
    reporter: {
      reporterType: report?.reporter?.reporterType ?? '',
      mandated: report?.reporter?.mandated ?? false,
      anonymous: report?.reporter?.anonymous ?? false,
      name: report?.reporter?.name ?? '',
      phone: report?.reporter?.phone ?? '',
      email: report?.reporter?.email ?? '',
      relationshipToFamily: report?.reporter?.relationshipToFamily ?? '',
    },
  };
  const draft = readDraft<ReporterValues>(draftId, DRAFT_PART);
  return draft ? { ...saved, ...draft, reporter: { ...saved.reporter, ...draft.reporter } } : saved;
}

function toReporter(values: ReporterValues['reporter']): Reporter {
  const optional = (value: string) => (value.trim() === '' ? null : value.trim());
  return {
    // The form's rules have required a choice from the list by now.
    reporterType: values.reporterType as Reporter['reporterType'],
    mandated: values.mandated,
    anonymous: values.anonymous,
    name: optional(values.name),
    phone: optional(values.phone),
    email: optional(values.email),
    relationshipToFamily: optional(values.relationshipToFamily),
  };
}

function validateReceivedAt(value: string, timeZone: string, t: ReturnType<typeof useI18n>['t']): true | string {
  const moment = fromZonedInputValue(value, timeZone);
  if (!moment) return t('reporter.receivedAtRequired');
  if (Date.parse(moment) > Date.now() + CLOCK_SKEW_MS) return t('reporter.receivedAtFuture');
  return true;
}
