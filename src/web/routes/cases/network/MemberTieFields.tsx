import type { FieldValues, Path, UseFormRegister } from 'react-hook-form';
import { tieStrengths } from '../../../../domain/code-lists';
import { CheckboxField } from '../../../components/fields/CheckboxField';
import { fieldId } from '../../../components/fields/field-ids';
import { SelectField } from '../../../components/fields/SelectField';
import { useI18n } from '../../../i18n/I18nProvider';

/** The fields of a network member both forms share, by the same names. */
export interface MemberTieValues {
  tieStrength: string;
  placementResource: boolean;
  safetyMonitor: boolean;
  whereaboutsUnknown: boolean;
  deceased: boolean;
}

/** ENG-1: how strong the tie is (for the ecomap) and what the member could do or is — adding or changing them. */
export function MemberTieFields<T extends FieldValues & MemberTieValues>({ register, formName }: { register: UseFormRegister<T>; formName: string }) {
  const { t, tc } = useI18n();
  // The names are MemberTieValues' own keys, which every T has.
  const field = (name: keyof MemberTieValues) => register(name as Path<T>);
  return (
    <>
      <SelectField
        id={fieldId(formName, 'tieStrength')}
        label={t('network.field.tieStrength')}
        placeholder={t('network.choose')}
        options={tieStrengths.map((code) => ({ value: code, label: tc('tieStrength', code) }))}
        {...field('tieStrength')}
      />
      <fieldset className="usa-fieldset margin-top-3">
        <legend className="usa-legend">{t('network.field.flags')}</legend>
        <CheckboxField id={fieldId(formName, 'placementResource')} label={t('network.placementResource')} {...field('placementResource')} />
        <CheckboxField id={fieldId(formName, 'safetyMonitor')} label={t('network.safetyMonitor')} {...field('safetyMonitor')} />
        <CheckboxField id={fieldId(formName, 'whereaboutsUnknown')} label={t('network.whereaboutsUnknown')} {...field('whereaboutsUnknown')} />
        <CheckboxField id={fieldId(formName, 'deceased')} label={t('network.field.deceased')} {...field('deceased')} />
      </fieldset>
    </>
  );
}
