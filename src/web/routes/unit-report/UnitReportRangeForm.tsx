import { useNavigate } from '@tanstack/react-router';
import { useForm } from 'react-hook-form';
import type { UnitReportRange } from '../../api/unit-report';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldId } from '../../components/fields/field-ids';
import { TextField } from '../../components/fields/TextField';
import { useI18n } from '../../i18n/I18nProvider';
import { collectProblems, errorText } from '../../lib/form-problems';
import { rangeProblem } from './unit-report-model';

const FORM = 'unit-report';

/** The optional date range; it lives in the URL so a supervisor can bookmark or share the view. */
export function UnitReportRangeForm({ range }: { range: UnitReportRange }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const form = useForm<{ from: string; to: string }>({ shouldFocusError: false, defaultValues: { from: range.from ?? '', to: range.to ?? '' } });
  const { errors } = form.formState;
  const onSubmit = form.handleSubmit((values) => {
    void navigate({ to: '/unit-report', search: { from: values.from || undefined, to: values.to || undefined } });
  });
  const clear = () => {
    form.reset({ from: '', to: '' });
    void navigate({ to: '/unit-report', search: {} });
  };
  return (
    <form className="usa-form usa-form--large maxw-none margin-bottom-4" noValidate onSubmit={onSubmit} aria-label={t('unitReport.rangeLabel')}>
      <ErrorSummary problems={collectProblems(errors, FORM, ['from', 'to'])} />
      <div className="grid-row grid-gap">
        <div className="mobile-lg:grid-col-6 tablet:grid-col-4">
          <TextField id={fieldId(FORM, 'from')} type="date" label={t('unitReport.from')} error={errorText(errors, 'from')} {...form.register('from')} />
        </div>
        <div className="mobile-lg:grid-col-6 tablet:grid-col-4">
          <TextField
            id={fieldId(FORM, 'to')}
            type="date"
            label={t('unitReport.to')}
            error={errorText(errors, 'to')}
            {...form.register('to', {
              validate: (to, values) => (rangeProblem({ from: values.from || undefined, to: to || undefined }) ? t('unitReport.rangeBackwards') : true),
            })}
          />
        </div>
      </div>
      <div className="hearth-actions">
        <button type="submit" className="usa-button">
          {t('unitReport.show')}
        </button>
        {(range.from || range.to) && (
          <button type="button" className="usa-button usa-button--outline" onClick={clear}>
            {t('unitReport.clearRange')}
          </button>
        )}
      </div>
    </form>
  );
}
