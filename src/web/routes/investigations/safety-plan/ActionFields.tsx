import type { FieldErrors, UseFormReturn } from 'react-hook-form';
import { responsibleKinds } from '../../../api/safety-plans';
import { fieldId } from '../../../components/fields/field-ids';
import { SelectField } from '../../../components/fields/SelectField';
import { TextareaField } from '../../../components/fields/TextareaField';
import { TextField } from '../../../components/fields/TextField';
import { useI18n } from '../../../i18n/I18nProvider';
import { errorText } from '../../../lib/form-problems';
import { actionProblems, defaultKindFor, type PlanFormValues, type PlanPerson, responsibleCandidates, TYPED_RESPONSIBLE } from './plan-form';
import { PLAN_FORM } from './plan-problems';
import { responsibleKindKey } from './plan-words';

export interface ActionFieldsProps {
  form: UseFormReturn<PlanFormValues>;
  index: number;
  /** 1-based number of this action within its threat, for the legend. */
  number: number;
  threatLabel: string;
  people: PlanPerson[];
  onRemove?: () => void;
}

/** One action of the safety plan: what is done, who does it, and how and how often it is checked (INV-4). */
export function ActionFields({ form, index, number, threatLabel, people, onRemove }: ActionFieldsProps) {
  const { t, tc } = useI18n();
  const errors: FieldErrors<PlanFormValues> = form.formState.errors;
  const name = (field: string) => `actions.${index}.${field}` as const;
  const id = (field: string) => fieldId(PLAN_FORM, name(field));
  const responsible = form.watch(`actions.${index}.responsible`);
  const candidates = responsibleCandidates(people);
  const check = (field: 'action' | 'responsibleName') => () => {
    const key = actionProblems(form.getValues(`actions.${index}`))[field];
    return key ? t(key) : true;
  };

  const responsibleField = form.register(`actions.${index}.responsible`, {
    onChange: (event: { target: { value: string } }) => {
      // A first guess at how this person helps; the worker can change it.
      if (!form.getValues(`actions.${index}.responsibleKind`)) {
        form.setValue(`actions.${index}.responsibleKind`, defaultKindFor(candidates.find((p) => p.personId === event.target.value)));
      }
    },
  });

  return (
    <fieldset className="usa-fieldset hearth-plan-action">
      <legend className="usa-legend text-bold">
        {t('plans.action.legend', { n: number })}
        <span className="usa-sr-only"> {t('plans.action.legendFor', { threat: threatLabel })}</span>
      </legend>
      <TextareaField
        id={id('action')}
        label={t('plans.action.action')}
        hint={t('plans.action.actionHint')}
        maxLength={2000}
        error={errorText(errors, name('action'))}
        {...form.register(`actions.${index}.action`, { validate: check('action') })}
      />
      <div className="grid-row grid-gap">
        <div className="tablet:grid-col-6">
          <SelectField
            id={id('responsible')}
            label={t('plans.action.responsible')}
            hint={t('plans.action.responsibleHint')}
            placeholder={t('common.select')}
            options={[
              ...candidates.map((person) => ({ value: person.personId, label: `${person.name} (${tc('participantRole', person.role)})` })),
              { value: TYPED_RESPONSIBLE, label: t('plans.action.someoneElse') },
            ]}
            error={errorText(errors, name('responsible'))}
            {...responsibleField}
          />
        </div>
        <div className="tablet:grid-col-6">
          <SelectField
            id={id('responsibleKind')}
            label={t('plans.action.responsibleKind')}
            placeholder={t('common.select')}
            options={responsibleKinds.map((kind) => ({ value: kind, label: t(responsibleKindKey[kind]) }))}
            error={errorText(errors, name('responsibleKind'))}
            {...form.register(`actions.${index}.responsibleKind`)}
          />
        </div>
      </div>
      {responsible === TYPED_RESPONSIBLE && (
        <TextField
          id={id('responsibleName')}
          label={t('plans.action.responsibleName')}
          hint={t('plans.action.responsibleNameHint')}
          maxLength={200}
          autoComplete="off"
          error={errorText(errors, name('responsibleName'))}
          {...form.register(`actions.${index}.responsibleName`, { validate: check('responsibleName') })}
        />
      )}
      <TextareaField
        id={id('monitoring')}
        label={t('plans.action.monitoring')}
        hint={t('plans.action.monitoringHint')}
        maxLength={2000}
        error={errorText(errors, name('monitoring'))}
        {...form.register(`actions.${index}.monitoring`)}
      />
      <TextField
        id={id('frequency')}
        label={t('plans.action.frequency')}
        hint={t('plans.action.frequencyHint')}
        maxLength={200}
        error={errorText(errors, name('frequency'))}
        {...form.register(`actions.${index}.frequency`)}
      />
      {onRemove && (
        <button type="button" className="usa-button usa-button--unstyled margin-top-2" onClick={onRemove}>
          {t('plans.action.remove', { n: number })}
          <span className="usa-sr-only"> {t('plans.action.legendFor', { threat: threatLabel })}</span>
        </button>
      )}
    </fieldset>
  );
}
