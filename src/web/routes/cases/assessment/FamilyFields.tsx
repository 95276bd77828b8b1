import type { UseFormReturn } from 'react-hook-form';
import { CheckboxField } from '../../../components/fields/CheckboxField';
import { fieldId } from '../../../components/fields/field-ids';
import { TextareaField } from '../../../components/fields/TextareaField';
import { TextField } from '../../../components/fields/TextField';
import { useI18n } from '../../../i18n/I18nProvider';
import { errorText } from '../../../lib/form-problems';
import type { AssessmentValues } from './assessment-model';

/** FCA-1: what protects the children and who helps, across the whole family. */
export function FamilyFields({ form, formName }: { form: UseFormReturn<AssessmentValues>; formName: string }) {
  const { t } = useI18n();
  const { errors } = form.formState;
  return (
    <section aria-labelledby="fca-family-heading" className="margin-top-4">
      <h3 id="fca-family-heading">{t('fca.family.heading')}</h3>
      <TextareaField
        id={fieldId(formName, 'content.protectiveFactors')}
        label={t('fca.field.protectiveFactors')}
        hint={t('fca.field.protectiveFactorsHint')}
        error={errorText(errors, 'content.protectiveFactors')}
        {...form.register('content.protectiveFactors')}
      />
      <TextareaField
        id={fieldId(formName, 'content.naturalSupports')}
        label={t('fca.field.naturalSupports')}
        hint={t('fca.field.naturalSupportsHint')}
        error={errorText(errors, 'content.naturalSupports')}
        {...form.register('content.naturalSupports')}
      />
    </section>
  );
}

/** FCA-3: whether the findings were shared with the family, when, and what they said. */
export function SharingFields({ form, formName }: { form: UseFormReturn<AssessmentValues>; formName: string }) {
  const { t } = useI18n();
  const { errors } = form.formState;
  const shared = form.watch('content.sharing.shared');
  return (
    <section aria-labelledby="fca-sharing-heading" className="margin-top-4">
      <h3 id="fca-sharing-heading">{t('fca.sharing.heading')}</h3>
      <CheckboxField id={fieldId(formName, 'content.sharing.shared')} label={t('fca.field.shared')} {...form.register('content.sharing.shared')} />
      {shared && (
        <TextField
          id={fieldId(formName, 'content.sharing.sharedOn')}
          type="date"
          required
          label={t('fca.field.sharedOn')}
          error={errorText(errors, 'content.sharing.sharedOn')}
          {...form.register('content.sharing.sharedOn', {
            validate: (value) => !form.getValues('content.sharing.shared') || value !== '' || t('fca.field.sharedOnRequired'),
          })}
        />
      )}
      <TextareaField
        id={fieldId(formName, 'content.sharing.familyResponse')}
        label={t('fca.field.familyResponse')}
        error={errorText(errors, 'content.sharing.familyResponse')}
        {...form.register('content.sharing.familyResponse')}
      />
    </section>
  );
}
