import type { ComponentPropsWithRef, ReactNode } from 'react';
import { cx } from '../../lib/cx';
import { describedBy, errorId, hintId } from './field-ids';
import { RequiredMark } from './FieldShell';
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
    <div className={cx('usa-form-group', error && 'usa-form-group--error')}>
      <fieldset className="usa-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className={cx('usa-legend', error && 'usa-label--error')}>
          {legend}
          {required && <RequiredMark />}
        </legend>
        {hint && (
          <div className="usa-hint" id={hintId(id)}>
            {hint}
          </div>
        )}
        {error && (
          <span className="usa-error-message" id={errorId(id)}>
            {error}
          </span>
        )}
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
      </fieldset>
    </div>
  );
}
