import { useState } from 'react';
import { type UseFormReturn, useFieldArray } from 'react-hook-form';
import type { AssessmentMember } from '../../../api/family-assessment';
import { ChoiceGroup } from '../../../components/fields/ChoiceGroup';
import { fieldId } from '../../../components/fields/field-ids';
import { SelectField } from '../../../components/fields/SelectField';
import { TextareaField } from '../../../components/fields/TextareaField';
import { useI18n } from '../../../i18n/I18nProvider';
import { errorText } from '../../../lib/form-problems';
import { type AssessmentValues, blankNeed, type Domain } from './assessment-model';

/**
 * FCA-4: the needs the family agreed to work on, in the order they agreed. The order of the list
 * is the priority, so moving a need up or down is how the priority is set.
 */
export function PrioritisedNeedFields({
  form,
  formName,
  members,
  domains,
}: {
  form: UseFormReturn<AssessmentValues>;
  formName: string;
  members: AssessmentMember[];
  domains: readonly Domain[];
}) {
  const { t, tc } = useI18n();
  const { errors } = form.formState;
  const needs = useFieldArray({ control: form.control, name: 'content.needs', keyName: 'key' });
  // Said aloud after a move, since the need's new place is otherwise only visible.
  const [moved, setMoved] = useState('');
  const move = (from: number, to: number) => {
    needs.move(from, to);
    setMoved(t('fca.need.moved', { n: to + 1 }));
  };
  const memberOptions = members.map((m) => ({ value: m.personId, label: m.name }));
  const domainOptions = domains.map((d) => ({ value: d, label: tc('familyAssessmentDomain', d) }));
  return (
    <section aria-labelledby="fca-needs-heading" className="margin-top-4">
      <h3 id="fca-needs-heading">{t('fca.needs.heading')}</h3>
      <p className="usa-hint">{t('fca.needs.hint')}</p>
      {needs.fields.length === 0 && <p>{t('fca.needs.none')}</p>}
      {needs.fields.map((need, i) => {
        const name = (field: string) => `content.needs.${i}.${field}` as const;
        const which = t('fca.need.which', { n: i + 1 });
        return (
          <fieldset key={need.key} className="usa-fieldset hearth-card margin-bottom-2">
            <legend className="usa-legend usa-legend--large">{t('fca.need.legend', { n: i + 1 })}</legend>
            <ChoiceGroup
              id={fieldId(formName, name('personIds'))}
              type="checkbox"
              required
              legend={t('fca.field.needMembers')}
              options={memberOptions}
              error={errorText(errors, name('personIds'))}
              {...form.register(`content.needs.${i}.personIds`, {
                validate: (value) => (Array.isArray(value) && value.length > 0) || t('fca.need.membersRequired'),
              })}
            />
            <SelectField
              id={fieldId(formName, name('domain'))}
              required
              label={t('fca.field.needDomain')}
              placeholder={t('fca.choose')}
              options={domainOptions}
              error={errorText(errors, name('domain'))}
              {...form.register(`content.needs.${i}.domain`, { validate: (value) => value !== '' || t('fca.need.domainRequired') })}
            />
            <TextareaField
              id={fieldId(formName, name('text'))}
              required
              label={t('fca.field.needText')}
              error={errorText(errors, name('text'))}
              {...form.register(`content.needs.${i}.text`, { validate: (value) => value.trim() !== '' || t('fca.need.textRequired') })}
            />
            <ul className="usa-button-group margin-top-2">
              <li className="usa-button-group__item">
                <NeedButton label={t('fca.need.up')} which={which} disabled={i === 0} onClick={() => move(i, i - 1)} />
              </li>
              <li className="usa-button-group__item">
                <NeedButton label={t('fca.need.down')} which={which} disabled={i === needs.fields.length - 1} onClick={() => move(i, i + 1)} />
              </li>
              <li className="usa-button-group__item">
                <NeedButton label={t('fca.need.remove')} which={which} onClick={() => needs.remove(i)} />
              </li>
            </ul>
          </fieldset>
        );
      })}
      <p className="usa-sr-only" aria-live="polite">
        {moved}
      </p>
      <button type="button" className="usa-button usa-button--outline" onClick={() => needs.append(blankNeed(crypto.randomUUID()))}>
        {t('fca.needs.add')}
      </button>
    </section>
  );
}

/** The same three buttons repeat per need; the hidden words say which need each one moves. */
function NeedButton({ label, which, disabled, onClick }: { label: string; which: string; disabled?: boolean; onClick: () => void }) {
  return (
    <button type="button" className="usa-button usa-button--outline" disabled={disabled} onClick={onClick}>
      {label}
      <span className="usa-sr-only">, {which}</span>
    </button>
  );
}
