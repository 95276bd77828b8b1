import type { UseFormReturn } from 'react-hook-form';
import { planParts } from '../../../../domain/case-plan/plan-completeness';
import type { CasePlan } from '../../../api/case-plan';
import type { FamilyCase } from '../../../api/cases';
import { ChoiceGroup } from '../../../components/fields/ChoiceGroup';
import { fieldId } from '../../../components/fields/field-ids';
import { SelectField } from '../../../components/fields/SelectField';
import { TextareaField } from '../../../components/fields/TextareaField';
import { TextField } from '../../../components/fields/TextField';
import { useI18n } from '../../../i18n/I18nProvider';
import { errorText } from '../../../lib/form-problems';
import { ActionStepFields } from './ActionStepFields';
import { FORM, type PlanValues } from './plan-model';
import { objectiveStatusKey, partKey } from './plan-words';

interface ObjectiveFieldsProps {
  form: UseFormReturn<PlanValues>;
  /** Its position in the plan's flat list of objectives (the server's path). */
  index: number;
  /** Its number as shown, counted across the plan. */
  number: number;
  needs: CasePlan['needs'];
  people: FamilyCase['people'];
  onRemove: () => void;
}

/**
 * PLAN-1, PLAN-2: one objective — its part of the plan, what will be done differently (a behaviour),
 * how the change will be seen, its dates, the prioritised needs it answers, the findings it comes
 * from, and its action steps.
 */
export function ObjectiveFields({ form, index, number, needs, people, onRemove }: ObjectiveFieldsProps) {
  const { t } = useI18n();
  const { errors } = form.formState;
  const name = (f: string) => `objectives.${index}.${f}`;
  const id = (f: string) => fieldId(FORM, name(f));
  return (
    <fieldset className="usa-fieldset border-top-2px border-base-lighter padding-top-1 margin-top-3">
      <legend className="usa-legend usa-legend--large">{t('cplan.objective.legend', { n: number })}</legend>
      <div className="grid-row grid-gap">
        <div className="tablet:grid-col-6">
          <SelectField
            id={id('part')}
            label={t('cplan.objective.part')}
            options={planParts.map((part) => ({ value: part, label: t(partKey[part]) }))}
            error={errorText(errors, name('part'))}
            {...form.register(`objectives.${index}.part`)}
          />
        </div>
        <div className="tablet:grid-col-6">
          <SelectField
            id={id('status')}
            label={t('cplan.objective.status')}
            options={(['open', 'achieved', 'dropped'] as const).map((s) => ({ value: s, label: t(objectiveStatusKey[s]) }))}
            error={errorText(errors, name('status'))}
            {...form.register(`objectives.${index}.status`)}
          />
        </div>
      </div>
      <TextareaField
        id={id('text')}
        label={t('cplan.objective.text')}
        hint={t('cplan.objective.textHint')}
        maxLength={2000}
        error={errorText(errors, name('text'))}
        {...form.register(`objectives.${index}.text`)}
      />
      <TextareaField
        id={id('measure')}
        label={t('cplan.objective.measure')}
        hint={t('cplan.objective.measureHint')}
        maxLength={2000}
        error={errorText(errors, name('measure'))}
        {...form.register(`objectives.${index}.measure`)}
      />
      <div className="grid-row grid-gap">
        <div className="tablet:grid-col-6">
          <TextField
            id={id('startDate')}
            type="date"
            label={t('cplan.objective.startDate')}
            hint={t('cplan.objective.startDateHint')}
            error={errorText(errors, name('startDate'))}
            {...form.register(`objectives.${index}.startDate`)}
          />
        </div>
        <div className="tablet:grid-col-6">
          <TextField
            id={id('targetDate')}
            type="date"
            label={t('cplan.objective.targetDate')}
            error={errorText(errors, name('targetDate'))}
            {...form.register(`objectives.${index}.targetDate`)}
          />
        </div>
      </div>
      {needs.length === 0 ? (
        <p className="usa-hint">{t('cplan.objective.noNeeds')}</p>
      ) : (
        <ChoiceGroup
          id={id('needIds')}
          type="checkbox"
          legend={t('cplan.objective.needs')}
          options={needs.map((need) => ({ value: need.id, label: t('cplan.needs.item', { priority: need.priority, text: need.text }) }))}
          error={errorText(errors, name('needIds'))}
          {...form.register(`objectives.${index}.needIds`)}
        />
      )}
      <TextareaField
        id={id('findings')}
        label={t('cplan.objective.findings')}
        hint={t('cplan.objective.findingsHint')}
        error={errorText(errors, name('findings'))}
        {...form.register(`objectives.${index}.findings`)}
      />
      <ActionStepFields form={form} index={index} number={number} people={people} />
      <button type="button" className="usa-button usa-button--unstyled text-secondary-dark margin-top-2" onClick={onRemove}>
        {t('cplan.objective.remove', { n: number })}
      </button>
    </fieldset>
  );
}
