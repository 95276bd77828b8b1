import { useState } from 'react';
import { type UseFormReturn, useFieldArray } from 'react-hook-form';
import { CheckboxField } from '../../../components/fields/CheckboxField';
import { fieldId } from '../../../components/fields/field-ids';
import { SelectField } from '../../../components/fields/SelectField';
import { TextareaField } from '../../../components/fields/TextareaField';
import { TextField } from '../../../components/fields/TextField';
import { useI18n } from '../../../i18n/I18nProvider';
import { errorText } from '../../../lib/form-problems';
import { progressGiverCodes } from './visit-codes';
import type { VisitRecordValues } from './visit-record-model';
import type { TopicChoice } from './visit-topics';

/**
 * VIS-3: progress against each objective the visit took up — what changed in what people do, and
 * who said so — and any other open objective of the plan that came up at the visit.
 */
export function VisitProgressFields({ form, formName, objectives }: { form: UseFormReturn<VisitRecordValues>; formName: string; objectives: TopicChoice[] }) {
  const { t, tc } = useI18n();
  const { errors } = form.formState;
  const list = useFieldArray({ control: form.control, name: 'progress', keyName: 'key' });
  const rows = form.watch('progress');
  const people = form.watch('people').map((p) => ({ value: p.personId, label: p.name }));
  const listed = new Set(rows.map((r) => r.objectiveId));
  const more = objectives.filter((o) => !listed.has(o.refId));
  const [adding, setAdding] = useState('');
  const add = () => {
    const objective = more.find((o) => o.refId === adding);
    if (!objective) return;
    list.append({
      id: crypto.randomUUID(),
      objectiveId: objective.refId,
      objectiveText: objective.text,
      discussed: true,
      note: '',
      givenBy: { kind: 'parent', personId: '', name: '' },
    });
    setAdding('');
  };
  return (
    <fieldset className="usa-fieldset margin-top-3">
      <legend className="usa-legend usa-legend--large">{t('visit.progressHeading')}</legend>
      <p className="usa-hint">{t(rows.length === 0 ? 'visit.noObjectives' : 'visit.progressIntro')}</p>
      {list.fields.map((field, i) => {
        const row = rows[i] ?? field;
        return (
          <fieldset key={field.key} className="usa-fieldset border-top border-base-lighter padding-top-1 margin-top-2">
            <legend className="usa-legend text-bold">{row.objectiveText}</legend>
            <CheckboxField id={fieldId(formName, `progress.${i}.discussed`)} label={t('visit.field.discussed')} {...form.register(`progress.${i}.discussed`)} />
            {errorText(errors, `progress.${i}.discussed`) && (
              <span className="usa-error-message" role="alert">
                {errorText(errors, `progress.${i}.discussed`)}
              </span>
            )}
            {row.discussed && (
              <>
                <TextareaField
                  id={fieldId(formName, `progress.${i}.note`)}
                  required
                  label={t('visit.field.progressNote')}
                  hint={t('visit.field.progressNoteHint')}
                  error={errorText(errors, `progress.${i}.note`)}
                  {...form.register(`progress.${i}.note`, {
                    validate: (value, all) => !all.progress[i]?.discussed || value.trim() !== '' || t('visit.field.progressNote'),
                  })}
                />
                <SelectField
                  id={fieldId(formName, `progress.${i}.givenBy.kind`)}
                  label={t('visit.field.givenByKind')}
                  options={progressGiverCodes.map((code) => ({ value: code, label: tc('progressGiver', code) }))}
                  {...form.register(`progress.${i}.givenBy.kind`)}
                />
                {row.givenBy.kind !== 'worker' && (
                  <>
                    <SelectField
                      id={fieldId(formName, `progress.${i}.givenBy.personId`)}
                      label={t('visit.field.givenByPerson')}
                      placeholder={t('visit.field.givenBySomeoneElse')}
                      options={people}
                      {...form.register(`progress.${i}.givenBy.personId`)}
                    />
                    {row.givenBy.personId === '' && (
                      <TextField
                        id={fieldId(formName, `progress.${i}.givenBy.name`)}
                        required
                        label={t('visit.field.givenByName')}
                        error={errorText(errors, `progress.${i}.givenBy.name`)}
                        {...form.register(`progress.${i}.givenBy.name`, {
                          validate: (value, all) => {
                            const r = all.progress[i];
                            return (
                              !r?.discussed || r.givenBy.kind === 'worker' || r.givenBy.personId !== '' || value.trim() !== '' || t('visit.field.givenByName')
                            );
                          },
                        })}
                      />
                    )}
                  </>
                )}
              </>
            )}
          </fieldset>
        );
      })}
      {more.length > 0 && (
        <div className="margin-top-2">
          <SelectField
            id={fieldId(formName, 'progress-add')}
            label={t('visit.addObjective')}
            placeholder={t('visit.addObjectivePlaceholder')}
            options={more.map((o) => ({ value: o.refId, label: o.text }))}
            value={adding}
            onChange={(e) => setAdding(e.target.value)}
          />
          <button type="button" className="usa-button usa-button--outline margin-top-1" disabled={adding === ''} onClick={add}>
            {t('visit.addObjectiveButton')}
          </button>
        </div>
      )}
    </fieldset>
  );
}
