import type { ComponentPropsWithRef, ReactNode } from 'react';
import { cx } from '../../lib/cx';
import { FieldsetShell } from './FieldShell';
import type { SelectOption } from './SelectField';

export type ChoiceGroupProps = Omit<ComponentPropsWithRef<'input'>, 'id' | 'type'> & {
  /** Prefix for option ids; the first option's id is `${id}-${firstValue}` (error summary target). */
  id: string;
  type: 'radio' | 'checkbox';
  legend: ReactNode;
  options: SelectOption[];
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  tile?: boolean;
};

export const choiceId = (groupId: string, value: string) => `${groupId}-${value}`;

/** A fieldset of radios or checkboxes sharing one name, e.g. screening decision or races. */
export function ChoiceGroup({ id, type, legend, options, hint, error, required, tile, ...input }: ChoiceGroupProps) {
  const base = type === 'radio' ? 'usa-radio' : 'usa-checkbox';
  return (
    <FieldsetShell id={id} legend={legend} hint={hint} error={error} required={required}>
      {options.map((option) => (
        <div className={base} key={option.value}>
          <input
            {...input}
            className={cx(`${base}__input`, tile && `${base}__input--tile`)}
            id={choiceId(id, option.value)}
            type={type}
            value={option.value}
            required={type === 'radio' ? required : undefined}
          />
          <label className={`${base}__label`} htmlFor={choiceId(id, option.value)}>
            {option.label}
            {option.description && <span className={`${base}__label-description`}>{option.description}</span>}
          </label>
        </div>
      ))}
    </FieldsetShell>
  );
}
