import type { ReactNode } from 'react';
import { choiceId } from '../../../components/fields/ChoiceGroup';
import { FieldsetShell } from '../../../components/fields/FieldShell';
import type { SelectOption } from '../../../components/fields/SelectField';
import { cx } from '../../../lib/cx';

export interface RadioChoicesProps {
  /** Prefix for option ids; the first option's id is `${id}-${firstValue}` (the error summary's target). */
  id: string;
  legend: ReactNode;
  options: SelectOption[];
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  /** USWDS tiles: large touch targets, for the few choices made at every contact. */
  tile?: boolean;
  disabled?: boolean;
}

/** A controlled radio group in a fieldset (the shared ChoiceGroup is for react-hook-form's uncontrolled inputs). */
export function RadioChoices({ id, legend, options, value, onChange, hint, error, required, tile, disabled }: RadioChoicesProps) {
  return (
    <FieldsetShell id={id} legend={legend} hint={hint} error={error} required={required}>
      {options.map((option) => (
        <div className="usa-radio" key={option.value}>
          <input
            className={cx('usa-radio__input', tile && 'usa-radio__input--tile')}
            id={choiceId(id, option.value)}
            type="radio"
            name={id}
            value={option.value}
            checked={value === option.value}
            required={required}
            disabled={disabled}
            onChange={() => onChange(option.value)}
          />
          <label className="usa-radio__label" htmlFor={choiceId(id, option.value)}>
            {option.label}
            {option.description && <span className="usa-radio__label-description">{option.description}</span>}
          </label>
        </div>
      ))}
    </FieldsetShell>
  );
}
