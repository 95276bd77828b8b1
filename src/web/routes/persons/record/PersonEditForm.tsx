import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type UseFormReturn, useFieldArray, useForm } from 'react-hook-form';
import { aliasKinds } from '../../../../domain/code-lists';
import { isApiError } from '../../../api/client';
import { personHistoryQuery, personQuery, updatePerson } from '../../../api/person-record';
import type { Person } from '../../../api/types';
import { BusyButton } from '../../../components/BusyButton';
import { ConflictAlert } from '../../../components/ConflictAlert';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { CheckboxField } from '../../../components/fields/CheckboxField';
import { fieldId } from '../../../components/fields/field-ids';
import { SelectField } from '../../../components/fields/SelectField';
import { TextField } from '../../../components/fields/TextField';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { collectProblems, errorText, generalError } from '../../../lib/form-problems';
import { useServerProblems } from '../../../lib/use-server-problems';
import type { NewPersonValues } from '../../intake/people/new-person-values';
import { PersonIdentityFields } from '../../intake/people/PersonIdentityFields';
import { type PersonEditValues, toEditValues, toPersonUpdate } from './person-edit-values';

const FORM = 'person-edit';
const IDENTITY = [
  'firstName',
  'middleName',
  'lastName',
  'suffix',
  'dateOfBirth',
  'approximateAge',
  'sex',
  'races',
  'ethnicity',
  'tribalAffiliation',
  'icwaInquiry',
];
const fieldNames = (aliases: number, addresses: number) => [
  ...IDENTITY,
  'icwaInquiryDate',
  'primaryLanguage',
  'phone',
  'email',
  ...Array.from({ length: aliases }, (_, i) => [`aliases.${i}.firstName`, `aliases.${i}.lastName`]).flat(),
  ...Array.from({ length: addresses }, (_, i) => [`addresses.${i}.line1`, `addresses.${i}.city`, `addresses.${i}.state`, `addresses.${i}.postalCode`]).flat(),
];

/**
 * PLAT-4: edits the whole person record at the version read. A stale version says so and keeps what
 * was typed until the worker reloads; the earlier record is kept by the server as a version.
 */
export function PersonEditForm({ person, onDone }: { person: Person; onDone: () => void }) {
  const { t, tc } = useI18n();
  const queryClient = useQueryClient();
  const form = useForm<PersonEditValues>({ shouldFocusError: false, defaultValues: toEditValues(person) });
  const { errors } = form.formState;
  const aliases = useFieldArray({ control: form.control, name: 'aliases' });
  const addresses = useFieldArray({ control: form.control, name: 'addresses', keyName: 'key' });
  const names = fieldNames(aliases.fields.length, addresses.fields.length);
  const server = useServerProblems(names, form.setError);
  const save = useMutation({
    mutationFn: (values: PersonEditValues) => updatePerson(person.id, toPersonUpdate(values, person.version)),
    onSuccess: (answer) => {
      queryClient.setQueryData(personQuery(person.id).queryKey, answer);
      void queryClient.invalidateQueries({ queryKey: personHistoryQuery(person.id).queryKey });
      onDone();
    },
    onError: server.capture,
  });
  const stale = isApiError(save.error) && save.error.reason === 'stale_version';
  const onSubmit = form.handleSubmit((values) => {
    server.clear();
    save.mutate(values);
  });
  const required = (label: string) => ({ validate: (value: string) => value.trim() !== '' || label });
  // The identity fields are the intake form's; the edit's values hold every field they register.
  const identityForm = form as unknown as UseFormReturn<NewPersonValues>;

  return (
    <form className="usa-form usa-form--large maxw-full" noValidate onSubmit={onSubmit} aria-labelledby="person-edit-heading">
      <h2 id="person-edit-heading">{t('personRecord.editHeading')}</h2>
      {stale && <ConflictAlert subject="record" onReload={() => void queryClient.invalidateQueries({ queryKey: personQuery(person.id).queryKey })} />}
      <ErrorSummary problems={[...collectProblems(errors, FORM, names), ...server.problems]} />
      <ProblemAlert error={stale ? null : generalError(save.error)} />
      <PersonIdentityFields form={identityForm} formName={FORM} />
      <TextField
        id={fieldId(FORM, 'icwaInquiryDate')}
        type="date"
        label={t('personRecord.icwaInquiryDate')}
        error={errorText(errors, 'icwaInquiryDate')}
        {...form.register('icwaInquiryDate')}
      />
      <fieldset className="usa-fieldset margin-top-4">
        <legend className="usa-legend font-sans-lg text-bold">{t('personRecord.contactHeading')}</legend>
        <TextField id={fieldId(FORM, 'phone')} type="tel" label={t('team.field.phone')} error={errorText(errors, 'phone')} {...form.register('phone')} />
        <TextField id={fieldId(FORM, 'email')} type="email" label={t('team.field.email')} error={errorText(errors, 'email')} {...form.register('email')} />
      </fieldset>
      <fieldset className="usa-fieldset margin-top-4">
        <legend className="usa-legend font-sans-lg text-bold">{t('personRecord.aliasesHeading')}</legend>
        {aliases.fields.map((field, i) => (
          <fieldset key={field.id} className="usa-fieldset border-top border-base-lighter padding-top-1">
            <legend className="usa-legend text-bold">{t('personRecord.aliasNumber', { number: i + 1 })}</legend>
            <TextField
              id={fieldId(FORM, `aliases.${i}.firstName`)}
              required
              label={t('person.firstName')}
              error={errorText(errors, `aliases.${i}.firstName`)}
              {...form.register(`aliases.${i}.firstName`, required(t('person.firstNameRequired')))}
            />
            <TextField
              id={fieldId(FORM, `aliases.${i}.lastName`)}
              required
              label={t('person.lastName')}
              error={errorText(errors, `aliases.${i}.lastName`)}
              {...form.register(`aliases.${i}.lastName`, required(t('person.lastNameRequired')))}
            />
            <SelectField
              id={fieldId(FORM, `aliases.${i}.kind`)}
              label={t('personRecord.aliasKind')}
              options={aliasKinds.map((code) => ({ value: code, label: tc('aliasKind', code) }))}
              {...form.register(`aliases.${i}.kind`)}
            />
            <button type="button" className="usa-button usa-button--unstyled" onClick={() => aliases.remove(i)}>
              {t('personRecord.removeAlias', { number: i + 1 })}
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          className="usa-button usa-button--outline margin-top-1"
          onClick={() => aliases.append({ firstName: '', lastName: '', kind: 'alias' })}
        >
          {t('personRecord.addAlias')}
        </button>
      </fieldset>
      <fieldset className="usa-fieldset margin-top-4">
        <legend className="usa-legend font-sans-lg text-bold">{t('personRecord.addressesHeading')}</legend>
        {addresses.fields.map((field, i) => (
          <fieldset key={field.key} className="usa-fieldset border-top border-base-lighter padding-top-1">
            <legend className="usa-legend text-bold">{t('personRecord.addressNumber', { number: i + 1 })}</legend>
            <TextField
              id={fieldId(FORM, `addresses.${i}.line1`)}
              required
              label={t('person.addressLine1')}
              error={errorText(errors, `addresses.${i}.line1`)}
              {...form.register(`addresses.${i}.line1`, required(t('person.line1Required')))}
            />
            <TextField id={fieldId(FORM, `addresses.${i}.line2`)} label={t('person.addressLine2')} {...form.register(`addresses.${i}.line2`)} />
            <TextField
              id={fieldId(FORM, `addresses.${i}.city`)}
              required
              label={t('person.city')}
              error={errorText(errors, `addresses.${i}.city`)}
              {...form.register(`addresses.${i}.city`, required(t('person.cityRequired')))}
            />
            <TextField
              id={fieldId(FORM, `addresses.${i}.state`)}
              required
              label={t('person.state')}
              hint={t('person.stateHint')}
              error={errorText(errors, `addresses.${i}.state`)}
              {...form.register(`addresses.${i}.state`, { validate: (value) => /^[A-Za-z]{2}$/.test(value.trim()) || t('person.stateInvalid') })}
            />
            <TextField
              id={fieldId(FORM, `addresses.${i}.postalCode`)}
              label={t('person.postalCode')}
              error={errorText(errors, `addresses.${i}.postalCode`)}
              {...form.register(`addresses.${i}.postalCode`, {
                validate: (value) => value.trim() === '' || /^\d{5}(-\d{4})?$/.test(value.trim()) || t('person.postalCodeInvalid'),
              })}
            />
            <CheckboxField
              id={fieldId(FORM, `addresses.${i}.confidential`)}
              label={t('person.addressConfidential')}
              {...form.register(`addresses.${i}.confidential`)}
            />
            <CheckboxField id={fieldId(FORM, `addresses.${i}.current`)} label={t('personRecord.addressCurrent')} {...form.register(`addresses.${i}.current`)} />
          </fieldset>
        ))}
        <button
          type="button"
          className="usa-button usa-button--outline margin-top-1"
          onClick={() => addresses.append({ id: '', line1: '', line2: '', city: '', state: '', postalCode: '', confidential: false, current: true })}
        >
          {t('personRecord.addAddress')}
        </button>
      </fieldset>
      <div className="margin-top-3">
        <BusyButton busy={save.isPending} label={t('personRecord.save')} busyLabel={t('common.saving')} />
        <button type="button" className="usa-button usa-button--unstyled margin-left-2" onClick={onDone}>
          {t('team.cancel')}
        </button>
      </div>
    </form>
  );
}
