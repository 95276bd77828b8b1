import type { ComponentPropsWithRef, ReactNode } from 'react';

export type CheckboxFieldProps = Omit<ComponentPropsWithRef<'input'>, 'id' | 'type'> & {
  id: string;
  label: ReactNode;
};

/** A single yes/no checkbox with its label, e.g. "Mandated reporter". */
export function CheckboxField({ id, label, ...input }: CheckboxFieldProps) {
  return (
    <div className="usa-checkbox">
      <input {...input} id={id} type="checkbox" className="usa-checkbox__input" />
      <label className="usa-checkbox__label" htmlFor={id}>
        {label}
      </label>
    </div>
  );
}
