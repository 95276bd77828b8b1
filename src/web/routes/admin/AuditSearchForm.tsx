import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { BusyButton } from '../../components/BusyButton';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldId } from '../../components/fields/field-ids';
import { TextField } from '../../components/fields/TextField';
import { useI18n } from '../../i18n/I18nProvider';
import { collectProblems, errorText } from '../../lib/form-problems';
import type { AuditFilters } from '../search-params';

interface AuditValues {
  personId: string;
  userId: string;
  from: string;
  to: string;
}

const FORM = 'audit';
const FIELDS = ['personId', 'userId', 'from', 'to'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const toValues = (filters: AuditFilters): AuditValues => ({
  personId: filters.personId ?? '',
  userId: filters.userId ?? '',
  from: filters.from ?? '',
  to: filters.to ?? '',
});
const orUndefined = (value: string) => (value.trim() === '' ? undefined : value.trim());

/** Person id, user id and a date range (agency days, both ends included). */
export function AuditSearchForm({ initial, busy, onSearch }: { initial: AuditFilters; busy: boolean; onSearch: (filters: AuditFilters) => void }) {
  const { t } = useI18n();
  const form = useForm<AuditValues>({ shouldFocusError: false, defaultValues: toValues(initial) });
  const { errors } = form.formState;
  const signature = JSON.stringify(initial);
  useEffect(() => form.reset(toValues(JSON.parse(signature) as AuditFilters)), [form, signature]);

  const validId = (value: string) => value.trim() === '' || UUID.test(value.trim()) || t('audit.idInvalid');
  const onSubmit = form.handleSubmit((values) =>
    onSearch({ personId: orUndefined(values.personId), userId: orUndefined(values.userId), from: orUndefined(values.from), to: orUndefined(values.to) }),
  );

  return (
    // biome-ignore lint/a11y/useSemanticElements: USWDS styles the search form by its role; <search> is not yet in every browser agencies use
    <form className="usa-form usa-form--large" noValidate onSubmit={onSubmit} role="search" aria-label={t('audit.search')}>
      <ErrorSummary problems={collectProblems(errors, FORM, FIELDS)} />
      <TextField
        id={fieldId(FORM, 'personId')}
        label={t('audit.personId')}
        hint={t('audit.idHint')}
        autoComplete="off"
        spellCheck={false}
        error={errorText(errors, 'personId')}
        {...form.register('personId', { validate: validId })}
      />
      <TextField
        id={fieldId(FORM, 'userId')}
        label={t('audit.userId')}
        autoComplete="off"
        spellCheck={false}
        error={errorText(errors, 'userId')}
        {...form.register('userId', { validate: validId })}
      />
      <div className="grid-row grid-gap">
        <div className="tablet:grid-col-6">
          <TextField id={fieldId(FORM, 'from')} type="date" label={t('audit.from')} error={errorText(errors, 'from')} {...form.register('from')} />
        </div>
        <div className="tablet:grid-col-6">
          <TextField
            id={fieldId(FORM, 'to')}
            type="date"
            label={t('audit.to')}
            error={errorText(errors, 'to')}
            {...form.register('to', { validate: (value, values) => value === '' || values.from === '' || values.from <= value || t('audit.rangeInvalid') })}
          />
        </div>
      </div>
      <BusyButton busy={busy} label={t('audit.search')} busyLabel={t('persons.searching')} />
    </form>
  );
}
