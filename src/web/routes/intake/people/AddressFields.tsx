import type { UseFormReturn } from 'react-hook-form';
import { CheckboxField } from '../../../components/fields/CheckboxField';
import { fieldId } from '../../../components/fields/field-ids';
import { TextField } from '../../../components/fields/TextField';
import { useI18n } from '../../../i18n/I18nProvider';
import { errorText } from '../../../lib/form-problems';
import { hasAddress, type NewPersonValues } from './new-person-values';

/** Optional current address; once any part is given, street, city and state are needed. */
export function AddressFields({ form, formName }: { form: UseFormReturn<NewPersonValues>; formName: string }) {
  const { t } = useI18n();
  const { errors } = form.formState;
  const { register } = form;
  const id = (name: string) => fieldId(formName, name);
  const neededWhenAddressGiven = (message: string) => (value: string, values: NewPersonValues) => !hasAddress(values.address) || value.trim() !== '' || message;

  return (
    <fieldset className="usa-fieldset margin-top-4">
      <legend className="usa-legend font-sans-lg text-bold">{t('person.addressHeading')}</legend>
      <TextField
        id={id('address.line1')}
        label={t('person.addressLine1')}
        autoComplete="off"
        maxLength={200}
        error={errorText(errors, 'address.line1')}
        {...register('address.line1', { validate: neededWhenAddressGiven(t('person.line1Required')) })}
      />
      <TextField
        id={id('address.line2')}
        label={t('person.addressLine2')}
        autoComplete="off"
        maxLength={200}
        error={errorText(errors, 'address.line2')}
        {...register('address.line2')}
      />
      <TextField
        id={id('address.city')}
        label={t('person.city')}
        autoComplete="off"
        maxLength={100}
        error={errorText(errors, 'address.city')}
        {...register('address.city', { validate: neededWhenAddressGiven(t('person.cityRequired')) })}
      />
      <TextField
        id={id('address.state')}
        label={t('person.state')}
        hint={t('person.stateHint')}
        autoComplete="off"
        maxLength={2}
        width="usa-input--xs"
        error={errorText(errors, 'address.state')}
        {...register('address.state', {
          validate: (value, values) => {
            const needed = neededWhenAddressGiven(t('person.stateRequired'))(value, values);
            if (needed !== true) return needed;
            return value.trim() === '' || /^[A-Za-z]{2}$/.test(value.trim()) || t('person.stateInvalid');
          },
        })}
      />
      <TextField
        id={id('address.postalCode')}
        label={t('person.postalCode')}
        autoComplete="off"
        inputMode="numeric"
        maxLength={10}
        width="usa-input--small"
        error={errorText(errors, 'address.postalCode')}
        {...register('address.postalCode', {
          validate: (value) => value.trim() === '' || /^\d{5}(-\d{4})?$/.test(value.trim()) || t('person.postalCodeInvalid'),
        })}
      />
      <div className="margin-top-3">
        <CheckboxField id={id('address.confidential')} label={t('person.addressConfidential')} {...register('address.confidential')} />
      </div>
    </fieldset>
  );
}
