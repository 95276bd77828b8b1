import { type UseFormReturn, useFieldArray } from 'react-hook-form';
import { fieldId } from '../../../components/fields/field-ids';
import { SelectField } from '../../../components/fields/SelectField';
import { TextareaField } from '../../../components/fields/TextareaField';
import { TextField } from '../../../components/fields/TextField';
import { useI18n } from '../../../i18n/I18nProvider';
import { errorText } from '../../../lib/form-problems';
import { type AssessmentValues, blankContribution, type ContributionKind } from './assessment-model';

const kinds: ContributionKind[] = ['internal_consultant', 'external_provider'];

/** FCA-1: who else contributed (consultants inside the agency, providers outside it), and what they said. */
export function ContributionFields({ form, formName }: { form: UseFormReturn<AssessmentValues>; formName: string }) {
  const { t } = useI18n();
  const { errors } = form.formState;
  // keyName: the rows carry their own `id`, which the server keeps; the list key must not replace it.
  const rows = useFieldArray({ control: form.control, name: 'content.contributions', keyName: 'key' });
  const required = (message: string) => ({ validate: (value: string) => value.trim() !== '' || message });
  return (
    <section aria-labelledby="fca-contributions-heading" className="margin-top-4">
      <h3 id="fca-contributions-heading">{t('fca.contributions.heading')}</h3>
      {rows.fields.length === 0 && <p>{t('fca.contributions.none')}</p>}
      {rows.fields.map((row, i) => {
        const name = (field: string) => `content.contributions.${i}.${field}` as const;
        return (
          <fieldset key={row.key} className="usa-fieldset hearth-card margin-bottom-2">
            <legend className="usa-legend usa-legend--large">{t('fca.contribution.legend', { n: i + 1 })}</legend>
            <div className="grid-row grid-gap">
              <div className="tablet:grid-col-6">
                <SelectField
                  id={fieldId(formName, name('kind'))}
                  required
                  label={t('fca.field.kind')}
                  options={kinds.map((kind) => ({ value: kind, label: t(`fca.kind.${kind}`) }))}
                  {...form.register(`content.contributions.${i}.kind`)}
                />
              </div>
              <div className="tablet:grid-col-6">
                <TextField
                  id={fieldId(formName, name('date'))}
                  type="date"
                  required
                  label={t('fca.field.date')}
                  error={errorText(errors, name('date'))}
                  {...form.register(`content.contributions.${i}.date`, required(t('fca.field.dateRequired')))}
                />
              </div>
              <div className="tablet:grid-col-6">
                <TextField
                  id={fieldId(formName, name('name'))}
                  required
                  label={t('fca.field.name')}
                  error={errorText(errors, name('name'))}
                  {...form.register(`content.contributions.${i}.name`, required(t('fca.field.nameRequired')))}
                />
              </div>
              <div className="tablet:grid-col-6">
                <TextField
                  id={fieldId(formName, name('roleOrOrganisation'))}
                  label={t('fca.field.roleOrOrganisation')}
                  error={errorText(errors, name('roleOrOrganisation'))}
                  {...form.register(`content.contributions.${i}.roleOrOrganisation`)}
                />
              </div>
            </div>
            <TextareaField
              id={fieldId(formName, name('summary'))}
              label={t('fca.field.summary')}
              error={errorText(errors, name('summary'))}
              {...form.register(`content.contributions.${i}.summary`)}
            />
            <button type="button" className="usa-button usa-button--unstyled margin-top-2" onClick={() => rows.remove(i)}>
              {t('fca.contribution.remove', { n: i + 1 })}
            </button>
          </fieldset>
        );
      })}
      <button type="button" className="usa-button usa-button--outline" onClick={() => rows.append(blankContribution(crypto.randomUUID()))}>
        {t('fca.contributions.add')}
      </button>
    </section>
  );
}
