import { useNavigate } from '@tanstack/react-router';
import { useForm } from 'react-hook-form';
import type { ComplianceFilters } from '../../api/visits';
import { ErrorSummary } from '../../components/ErrorSummary';
import { ChoiceGroup } from '../../components/fields/ChoiceGroup';
import { fieldId } from '../../components/fields/field-ids';
import { SelectField } from '../../components/fields/SelectField';
import { TextField } from '../../components/fields/TextField';
import { useI18n } from '../../i18n/I18nProvider';
import { collectProblems, errorText } from '../../lib/form-problems';
import { rangeProblem } from './compliance-model';

const FORM = 'visit-compliance';

interface FilterValues {
  period: 'year' | 'months';
  fiscalYear: string;
  fromMonth: string;
  toMonth: string;
  caseType: 'out_of_home' | 'in_home';
}

/** The unit's period and case type; they live in the URL so a supervisor can bookmark or share the view. */
export function ComplianceFilterForm({ filters }: { filters: ComplianceFilters }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const form = useForm<FilterValues>({
    shouldFocusError: false,
    defaultValues: {
      period: filters.fromMonth ? 'months' : 'year',
      fiscalYear: filters.fiscalYear === undefined ? '' : String(filters.fiscalYear),
      fromMonth: filters.fromMonth ?? '',
      toMonth: filters.toMonth ?? '',
      caseType: filters.caseType ?? 'out_of_home',
    },
  });
  const { errors } = form.formState;
  const period = form.watch('period');
  const onSubmit = form.handleSubmit((v) => {
    const range = v.period === 'months' ? { fromMonth: v.fromMonth, toMonth: v.toMonth } : { fiscalYear: Number(v.fiscalYear) };
    void navigate({ to: '/visit-compliance', search: { unit: filters.unit, caseType: v.caseType === 'in_home' ? 'in_home' : undefined, ...range } });
  });
  return (
    <form className="usa-form usa-form--large maxw-none margin-bottom-4" noValidate onSubmit={onSubmit} aria-label={t('visitCompliance.filtersLabel')}>
      <ErrorSummary problems={collectProblems(errors, FORM, ['fiscalYear', 'fromMonth', 'toMonth'])} />
      <div className="grid-row grid-gap">
        <div className="tablet:grid-col-4">
          <ChoiceGroup
            id={fieldId(FORM, 'period')}
            type="radio"
            legend={t('visitCompliance.period')}
            options={[
              { value: 'year', label: t('visitCompliance.periodYear') },
              { value: 'months', label: t('visitCompliance.periodMonths') },
            ]}
            {...form.register('period')}
          />
        </div>
        {period === 'year' ? (
          <div className="tablet:grid-col-4">
            <TextField
              id={fieldId(FORM, 'fiscalYear')}
              type="number"
              inputMode="numeric"
              width="usa-input--small"
              label={t('visitCompliance.fiscalYear')}
              hint={t('visitCompliance.fiscalYearHint')}
              error={errorText(errors, 'fiscalYear')}
              {...form.register('fiscalYear', { validate: (value) => /^\d{4}$/.test(value.trim()) || t('visitCompliance.fiscalYear') })}
            />
          </div>
        ) : (
          <>
            <div className="mobile-lg:grid-col-6 tablet:grid-col-2">
              <TextField
                id={fieldId(FORM, 'fromMonth')}
                type="month"
                label={t('visitCompliance.fromMonth')}
                hint={t('visitCompliance.monthHint')}
                error={errorText(errors, 'fromMonth')}
                {...form.register('fromMonth', { validate: (value) => value !== '' || t('visitCompliance.fromMonth') })}
              />
            </div>
            <div className="mobile-lg:grid-col-6 tablet:grid-col-2">
              <TextField
                id={fieldId(FORM, 'toMonth')}
                type="month"
                label={t('visitCompliance.toMonth')}
                hint={t('visitCompliance.monthHint')}
                error={errorText(errors, 'toMonth')}
                {...form.register('toMonth', {
                  validate: (toMonth, v) => {
                    const problem = rangeProblem({ fromMonth: v.fromMonth || undefined, toMonth: toMonth || undefined });
                    return problem ? t(problem) : true;
                  },
                })}
              />
            </div>
          </>
        )}
        <div className="tablet:grid-col-4">
          <SelectField
            id={fieldId(FORM, 'caseType')}
            label={t('visitCompliance.caseType')}
            options={[
              { value: 'out_of_home', label: t('visitCompliance.caseType.out_of_home') },
              { value: 'in_home', label: t('visitCompliance.caseType.in_home') },
            ]}
            {...form.register('caseType')}
          />
        </div>
      </div>
      <div className="hearth-actions">
        <button type="submit" className="usa-button">
          {t('visitCompliance.show')}
        </button>
      </div>
    </form>
  );
}
