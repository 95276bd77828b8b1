import { type UseFormReturn, useFieldArray } from 'react-hook-form';
import type { FamilyCase } from '../../../api/cases';
import { fieldId } from '../../../components/fields/field-ids';
import { SelectField } from '../../../components/fields/SelectField';
import { TextField } from '../../../components/fields/TextField';
import { useI18n } from '../../../i18n/I18nProvider';
import { errorText } from '../../../lib/form-problems';
import { FORM, newStep, type PlanValues } from './plan-model';
import { responsibleKindKey } from './plan-words';

/** PLAN-1: an objective's action steps — what will be done, by whom (a person on the case, a provider or the agency, by name), by when. */
export function ActionStepFields({
  form,
  index,
  number,
  people,
}: {
  form: UseFormReturn<PlanValues>;
  index: number;
  number: number;
  people: FamilyCase['people'];
}) {
  const { t } = useI18n();
  const { errors } = form.formState;
  const steps = useFieldArray({ control: form.control, name: `objectives.${index}.actionSteps`, keyName: 'key' });
  const base = `objectives.${index}.actionSteps` as const;
  return (
    <div className="margin-top-2">
      {steps.fields.map((field, j) => {
        const kind = form.watch(`${base}.${j}.responsibleKind`);
        const name = (f: string) => `${base}.${j}.${f}`;
        return (
          <fieldset key={field.key} className="usa-fieldset border-left-05 border-base-lighter padding-left-2 margin-top-2">
            <legend className="usa-legend text-bold">{t('cplan.step.legend', { n: j + 1 })}</legend>
            <TextField
              id={fieldId(FORM, name('text'))}
              label={t('cplan.step.text')}
              maxLength={2000}
              error={errorText(errors, name('text'))}
              {...form.register(`${base}.${j}.text`)}
            />
            <div className="grid-row grid-gap">
              <div className="tablet:grid-col-6">
                <SelectField
                  id={fieldId(FORM, name('responsibleKind'))}
                  label={t('cplan.step.kind')}
                  placeholder={t('common.select')}
                  options={(['participant', 'provider', 'agency'] as const).map((k) => ({ value: k, label: t(responsibleKindKey[k]) }))}
                  error={errorText(errors, name('responsibleKind'))}
                  {...form.register(`${base}.${j}.responsibleKind`)}
                />
              </div>
              <div className="tablet:grid-col-6">
                {kind === 'participant' && (
                  <SelectField
                    id={fieldId(FORM, name('responsiblePersonId'))}
                    label={t('cplan.step.person')}
                    placeholder={t('common.select')}
                    options={people.map((p) => ({ value: p.personId, label: p.name }))}
                    error={errorText(errors, name('responsiblePersonId'))}
                    {...form.register(`${base}.${j}.responsiblePersonId`)}
                  />
                )}
                {(kind === 'provider' || kind === 'agency') && (
                  <TextField
                    id={fieldId(FORM, name('responsibleName'))}
                    label={t('cplan.step.name')}
                    maxLength={200}
                    error={errorText(errors, name('responsibleName'))}
                    {...form.register(`${base}.${j}.responsibleName`)}
                  />
                )}
              </div>
            </div>
            <TextField
              id={fieldId(FORM, name('dueDate'))}
              type="date"
              label={t('cplan.step.dueDate')}
              error={errorText(errors, name('dueDate'))}
              {...form.register(`${base}.${j}.dueDate`)}
            />
            <button type="button" className="usa-button usa-button--unstyled margin-top-1" onClick={() => steps.remove(j)}>
              {t('cplan.step.remove', { n: j + 1 })}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        id={fieldId(FORM, `objectives.${index}.addStep`)}
        className="usa-button usa-button--outline margin-top-2"
        onClick={() => steps.append(newStep())}
      >
        {t('cplan.step.add', { n: number })}
      </button>
    </div>
  );
}
