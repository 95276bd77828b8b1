import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import type { PersonSearchParams } from '../../api/types';
import { BusyButton } from '../../components/BusyButton';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldId } from '../../components/fields/field-ids';
import { TextField } from '../../components/fields/TextField';
import { useI18n } from '../../i18n/I18nProvider';
import { collectProblems, errorText } from '../../lib/form-problems';
import type { PersonSearchCriteria } from '../search-params';

interface SearchValues {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  approximateAge: string;
  address: string;
}

const FIELDS = ['firstName', 'lastName', 'dateOfBirth', 'approximateAge', 'address'];

/** First name, last name, date of birth, approximate age: the search screeners run before creating anyone. */
export function PersonSearchForm({
  form: formName,
  initial,
  busy,
  onSearch,
}: {
  form: string;
  initial: PersonSearchCriteria;
  busy: boolean;
  onSearch: (params: PersonSearchParams) => void;
}) {
  const { t } = useI18n();
  const form = useForm<SearchValues>({ shouldFocusError: false, defaultValues: toValues(initial) });
  const { errors } = form.formState;

  // Back and forward change the criteria in the URL; show the ones the results are for.
  const signature = JSON.stringify(initial);
  useEffect(() => form.reset(toValues(JSON.parse(signature) as PersonSearchCriteria)), [form, signature]);

  const onSubmit = form.handleSubmit((values) => {
    onSearch({
      firstName: values.firstName.trim() || undefined,
      lastName: values.lastName.trim(),
      dateOfBirth: values.dateOfBirth || undefined,
      approximateAge: values.approximateAge === '' ? undefined : Number(values.approximateAge),
      address: values.address.trim() || undefined,
    });
  });

  return (
    // biome-ignore lint/a11y/useSemanticElements: USWDS styles the search form by its role; <search> is not yet in every browser agencies use
    <form className="usa-form usa-form--large" noValidate onSubmit={onSubmit} role="search" aria-label={t('persons.searchHeading')}>
      <ErrorSummary problems={collectProblems(errors, formName, FIELDS)} />
      <div className="grid-row grid-gap">
        <div className="tablet:grid-col-6">
          <TextField
            id={fieldId(formName, 'firstName')}
            label={t('persons.firstName')}
            autoComplete="off"
            error={errorText(errors, 'firstName')}
            {...form.register('firstName')}
          />
        </div>
        <div className="tablet:grid-col-6">
          <TextField
            id={fieldId(formName, 'lastName')}
            label={t('persons.lastName')}
            autoComplete="off"
            required
            error={errorText(errors, 'lastName')}
            {...form.register('lastName', { validate: (value) => value.trim() !== '' || t('persons.lastNameRequired') })}
          />
        </div>
        <div className="tablet:grid-col-6">
          <TextField
            id={fieldId(formName, 'dateOfBirth')}
            label={t('persons.dateOfBirth')}
            type="date"
            error={errorText(errors, 'dateOfBirth')}
            {...form.register('dateOfBirth', { validate: (value) => value === '' || /^\d{4}-\d{2}-\d{2}$/.test(value) || t('persons.dateInvalid') })}
          />
        </div>
        <div className="tablet:grid-col-6">
          <TextField
            id={fieldId(formName, 'approximateAge')}
            label={t('persons.approximateAge')}
            type="number"
            inputMode="numeric"
            min={0}
            max={120}
            width="usa-input--xs"
            error={errorText(errors, 'approximateAge')}
            {...form.register('approximateAge', { validate: (value) => value === '' || isAge(value) || t('persons.ageInvalid') })}
          />
        </div>
        <div className="grid-col-12">
          <TextField
            id={fieldId(formName, 'address')}
            label={t('persons.address')}
            hint={t('persons.addressHint')}
            autoComplete="off"
            error={errorText(errors, 'address')}
            {...form.register('address')}
          />
        </div>
      </div>
      <BusyButton busy={busy} label={t('persons.search')} busyLabel={t('persons.searching')} />
    </form>
  );
}

function toValues(criteria: PersonSearchCriteria): SearchValues {
  return {
    firstName: criteria.firstName ?? '',
    lastName: criteria.lastName ?? '',
    dateOfBirth: criteria.dateOfBirth ?? '',
    approximateAge: criteria.approximateAge === undefined ? '' : String(criteria.approximateAge),
    address: criteria.address ?? '',
  };
}

export const isAge = (value: string) => /^\d{1,3}$/.test(value) && Number(value) <= 120;
