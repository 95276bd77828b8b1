import type { UseFormReturn } from 'react-hook-form';
import { primaryLanguages, sexes, useCodeLists } from '../../../api/code-lists';
import { CheckboxField } from '../../../components/fields/CheckboxField';
import { ChoiceGroup } from '../../../components/fields/ChoiceGroup';
import { fieldId } from '../../../components/fields/field-ids';
import { SelectField } from '../../../components/fields/SelectField';
import { TextField } from '../../../components/fields/TextField';
import { useI18n } from '../../../i18n/I18nProvider';
import { todayInZone } from '../../../lib/date-time';
import { errorText } from '../../../lib/form-problems';
import { isAge } from '../../persons/PersonSearchForm';
import type { NewPersonValues } from './new-person-values';

/** Names, age, sex, OMB race and ethnicity, tribal affiliation, ICWA inquiry and language. */
export function PersonIdentityFields({ form, formName }: { form: UseFormReturn<NewPersonValues>; formName: string }) {
  const { t, tc, language, timeZone } = useI18n();
  const lists = useCodeLists();
  const { errors } = form.formState;
  const { register } = form;
  const id = (name: string) => fieldId(formName, name);
  const languageNames = new Intl.DisplayNames([language], { type: 'language' });

  return (
    <>
      <fieldset className="usa-fieldset">
        <legend className="usa-legend font-sans-lg text-bold">{t('person.namesHeading')}</legend>
        <TextField
          id={id('firstName')}
          label={t('person.firstName')}
          autoComplete="off"
          required
          maxLength={100}
          error={errorText(errors, 'firstName')}
          {...register('firstName', { validate: (value) => value.trim() !== '' || t('person.firstNameRequired') })}
        />
        <TextField
          id={id('middleName')}
          label={t('person.middleName')}
          autoComplete="off"
          maxLength={100}
          error={errorText(errors, 'middleName')}
          {...register('middleName')}
        />
        <TextField
          id={id('lastName')}
          label={t('person.lastName')}
          autoComplete="off"
          required
          maxLength={100}
          error={errorText(errors, 'lastName')}
          {...register('lastName', { validate: (value) => value.trim() !== '' || t('person.lastNameRequired') })}
        />
        <TextField
          id={id('suffix')}
          label={t('person.suffix')}
          autoComplete="off"
          maxLength={20}
          width="usa-input--xs"
          error={errorText(errors, 'suffix')}
          {...register('suffix')}
        />
      </fieldset>
      <TextField
        id={id('dateOfBirth')}
        type="date"
        label={t('person.dateOfBirth')}
        max={todayInZone(timeZone)}
        error={errorText(errors, 'dateOfBirth')}
        {...register('dateOfBirth', {
          validate: (value, values) => {
            if (value === '' && values.approximateAge === '') return t('person.dobOrAgeRequired');
            if (value !== '' && value > todayInZone(timeZone)) return t('person.dobFuture');
            return true;
          },
        })}
      />
      <TextField
        id={id('approximateAge')}
        type="number"
        inputMode="numeric"
        min={0}
        max={120}
        width="usa-input--xs"
        label={t('person.approximateAge')}
        hint={t('person.approximateAgeHint')}
        error={errorText(errors, 'approximateAge')}
        {...register('approximateAge', { validate: (value) => value === '' || isAge(value) || t('persons.ageInvalid') })}
      />
      <SelectField
        id={id('sex')}
        label={t('person.sex')}
        options={sexes.map((code) => ({ value: code, label: tc('sex', code) }))}
        error={errorText(errors, 'sex')}
        {...register('sex')}
      />
      <ChoiceGroup
        id={id('races')}
        type="checkbox"
        legend={t('person.races')}
        options={lists.races.map((code) => ({ value: code, label: tc('race', code) }))}
        error={errorText(errors, 'races')}
        {...register('races')}
      />
      <SelectField
        id={id('ethnicity')}
        label={t('person.ethnicity')}
        options={lists.ethnicities.map((code) => ({ value: code, label: tc('ethnicity', code) }))}
        error={errorText(errors, 'ethnicity')}
        {...register('ethnicity')}
      />
      <TextField
        id={id('tribalAffiliation')}
        label={t('person.tribalAffiliation')}
        autoComplete="off"
        maxLength={200}
        error={errorText(errors, 'tribalAffiliation')}
        {...register('tribalAffiliation')}
      />
      <SelectField
        id={id('icwaInquiry')}
        label={t('person.icwaInquiry')}
        hint={t('person.icwaInquiryHint')}
        options={lists.icwaInquiry.map((code) => ({ value: code, label: tc('icwaInquiry', code) }))}
        error={errorText(errors, 'icwaInquiry')}
        {...register('icwaInquiry')}
      />
      <SelectField
        id={id('primaryLanguage')}
        label={t('person.primaryLanguage')}
        options={primaryLanguages.map((code) => ({ value: code, label: languageNames.of(code) ?? code }))}
        error={errorText(errors, 'primaryLanguage')}
        {...register('primaryLanguage')}
      />
      <div className="margin-top-3">
        <CheckboxField id={id('interpreterNeeded')} label={t('person.interpreterNeeded')} {...register('interpreterNeeded')} />
      </div>
    </>
  );
}
