import type { UseFormReturn } from 'react-hook-form';
import { ChoiceGroup } from '../../../components/fields/ChoiceGroup';
import { fieldId } from '../../../components/fields/field-ids';
import { TextareaField } from '../../../components/fields/TextareaField';
import { TextField } from '../../../components/fields/TextField';
import { useI18n } from '../../../i18n/I18nProvider';
import { errorText } from '../../../lib/form-problems';
import type { VisitRecordValues } from './visit-record-model';

/**
 * VIS-3: everyone in the home, one row each — every child marked seen or not (a reason required
 * when not), and private time with each child and parent who was seen.
 */
export function VisitPeopleFields({ form, formName }: { form: UseFormReturn<VisitRecordValues>; formName: string }) {
  const { t, tc } = useI18n();
  const { errors } = form.formState;
  const people = form.watch('people');
  return (
    <fieldset className="usa-fieldset margin-top-3">
      <legend className="usa-legend usa-legend--large">{t('visit.peopleHeading')}</legend>
      <p className="usa-hint">{t('visit.peopleIntro')}</p>
      {people.map((person, i) => {
        const child = person.role === 'child';
        const who = `${person.name} (${tc('visitPersonRole', person.role)})`;
        return (
          <fieldset key={person.personId} className="usa-fieldset border-top border-base-lighter padding-top-1 margin-top-2">
            <legend className="usa-legend text-bold">{who}</legend>
            <ChoiceGroup
              id={fieldId(formName, `people.${i}.seen`)}
              type="radio"
              required={child}
              legend={t('visit.field.seen', { name: person.name })}
              error={errorText(errors, `people.${i}.seen`)}
              options={[
                { value: 'yes', label: t('visit.seen.yes') },
                { value: 'no', label: t('visit.seen.no') },
              ]}
              {...form.register(`people.${i}.seen`, { validate: (value) => !child || value !== '' || t('visit.error.markChild', { name: person.name }) })}
            />
            {person.seen === 'no' && (
              <TextareaField
                id={fieldId(formName, `people.${i}.notSeenReason`)}
                required
                label={t('visit.field.notSeenReason', { name: person.name })}
                error={errorText(errors, `people.${i}.notSeenReason`)}
                {...form.register(`people.${i}.notSeenReason`, {
                  validate: (value, all) => all.people[i]?.seen !== 'no' || value.trim() !== '' || t('visit.field.notSeenReason', { name: person.name }),
                })}
              />
            )}
            {person.seen === 'yes' && (
              <TextField
                id={fieldId(formName, `people.${i}.privateTimeMinutes`)}
                type="number"
                inputMode="numeric"
                min={1}
                max={600}
                width="usa-input--small"
                label={t('visit.field.privateTime', { name: person.name })}
                hint={t('visit.field.privateTimeHint')}
                error={errorText(errors, `people.${i}.privateTimeMinutes`)}
                {...form.register(`people.${i}.privateTimeMinutes`, {
                  validate: (value) =>
                    value.trim() === '' || (/^\d+$/.test(value.trim()) && Number(value) >= 1 && Number(value) <= 600) || t('visit.error.minutes'),
                })}
              />
            )}
          </fieldset>
        );
      })}
    </fieldset>
  );
}
