import { type ReactNode, useState } from 'react';
import type { InstrumentItem } from '../../../domain/instruments/index';
import { optionsOf } from '../../../domain/instruments/lookup';
import { useI18n } from '../../i18n/I18nProvider';
import { cx } from '../../lib/cx';
import { describedBy } from '../fields/field-ids';
import { FieldsetShell, FieldShell } from '../fields/FieldShell';
import {
  answerOf,
  type InstrumentAnswers,
  type InstrumentChild,
  itemFieldId,
  localize,
  optionFieldId,
  parseNumberInput,
  toggleOption,
} from './instrument-model';

export interface InstrumentItemFieldProps {
  item: InstrumentItem;
  prefix: string;
  answers: InstrumentAnswers;
  /** Called with the item's new value (and the child it is for, on 'each_child' items). */
  onAnswer: (value: unknown, childId?: string) => void;
  householdChildren: readonly InstrumentChild[];
  required: boolean;
  /** Inline errors by child id ('' for the household answer). */
  errors: ReadonlyMap<string, string>;
}

/**
 * One question: radios for single, yes/no and rating items, checkboxes for multi, a number box or
 * a text area. An 'each_child' item is a group with one control per child, named by the child.
 */
export function InstrumentItemField({ item, prefix, answers, onAnswer, householdChildren, required, errors }: InstrumentItemFieldProps) {
  const { language } = useI18n();
  const text = localize(item.text, language);
  const hint = useItemHint(item);
  const id = itemFieldId(prefix, item.key);
  if (item.appliesTo !== 'each_child') {
    return (
      <ItemControl
        item={item}
        id={id}
        label={text}
        hint={hint}
        required={required}
        error={errors.get('')}
        value={answerOf(answers, item.key)}
        onAnswer={(value) => onAnswer(value)}
      />
    );
  }
  return (
    <FieldsetShell id={id} legend={text} hint={hint} required={required}>
      <div className="hearth-instrument__children">
        {householdChildren.map((child) => (
          <ItemControl
            key={child.id}
            item={item}
            id={itemFieldId(prefix, item.key, child.id)}
            label={child.name}
            required={required}
            error={errors.get(child.id)}
            value={answerOf(answers, item.key, child.id)}
            onAnswer={(value) => onAnswer(value, child.id)}
          />
        ))}
      </div>
    </FieldsetShell>
  );
}

/** Help text from the definition, plus how to answer where the control does not say it. */
function useItemHint(item: InstrumentItem): ReactNode {
  const { t, language } = useI18n();
  const parts: string[] = [];
  if (item.help) parts.push(localize(item.help, language));
  if (item.type === 'multi') parts.push(t('instrument.chooseAll'));
  if (item.type === 'rating') {
    const scale = optionsOf(item);
    if (scale.length > 1) parts.push(t('instrument.scale', { from: String(scale[0]!.value), to: String(scale[scale.length - 1]!.value) }));
  }
  if (item.type === 'number') {
    if (item.min !== undefined && item.max !== undefined) parts.push(t('instrument.numberRange', { min: item.min, max: item.max }));
    else if (item.min !== undefined) parts.push(t('instrument.numberMin', { min: item.min }));
    else if (item.max !== undefined) parts.push(t('instrument.numberMax', { max: item.max }));
  }
  return parts.length > 0 ? parts.join(' ') : null;
}

interface ItemControlProps {
  item: InstrumentItem;
  id: string;
  label: string;
  hint?: ReactNode;
  required: boolean;
  error?: string;
  value: unknown;
  onAnswer: (value: unknown) => void;
}

function ItemControl(props: ItemControlProps) {
  const { item } = props;
  if (item.type === 'number') return <NumberControl {...props} />;
  if (item.type === 'text') return <TextControl {...props} />;
  return <ChoiceControl {...props} />;
}

function ChoiceControl({ item, id, label, hint, required, error, value, onAnswer }: ItemControlProps) {
  const { language } = useI18n();
  const multi = item.type === 'multi';
  const base = multi ? 'usa-checkbox' : 'usa-radio';
  const options = optionsOf(item);
  return (
    <FieldsetShell
      id={id}
      legend={label}
      hint={hint}
      error={error}
      required={required}
      fieldsetClassName={item.type === 'yes_no' ? 'hearth-instrument__inline' : undefined}
    >
      <div className="hearth-instrument__options">
        {options.map((option, index) => {
          const optionId = optionFieldId(id, index);
          const checked = multi ? Array.isArray(value) && value.includes(option.value) : value === option.value;
          return (
            <div className={base} key={optionId}>
              <input
                className={`${base}__input`}
                id={optionId}
                type={multi ? 'checkbox' : 'radio'}
                name={id}
                value={String(index)}
                checked={checked}
                required={!multi && required ? true : undefined}
                onChange={(event) => onAnswer(multi ? toggleOption(item, value, option.value, event.target.checked) : option.value)}
              />
              <label className={`${base}__label`} htmlFor={optionId}>
                {localize(option.label, language)}
              </label>
            </div>
          );
        })}
      </div>
    </FieldsetShell>
  );
}

function TextControl({ id, label, hint, required, error, value, onAnswer }: ItemControlProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} required={required} error={error}>
      <textarea
        id={id}
        className={cx('usa-textarea', error && 'usa-input--error')}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        value={typeof value === 'string' ? value : ''}
        onChange={(event) => onAnswer(event.target.value)}
      />
    </FieldShell>
  );
}

/**
 * A number box keeps the text as typed ("1." on the way to "1.5"); the answer is the number, or
 * the text itself while it is not one, so the engine reports it as invalid instead of dropping it.
 */
function NumberControl({ id, label, hint, required, error, value, onAnswer }: ItemControlProps) {
  const shown = (v: unknown) => (v === undefined || v === null ? '' : String(v));
  const [state, setState] = useState({ text: shown(value), value });
  // The answers changed from outside (cleared, reloaded): show them.
  if (!Object.is(state.value, value)) setState({ text: shown(value), value });
  return (
    <FieldShell id={id} label={label} hint={hint} required={required} error={error}>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        className={cx('usa-input usa-input--small', error && 'usa-input--error')}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        value={state.text}
        onChange={(event) => {
          const text = event.target.value;
          const next = parseNumberInput(text) ?? (text.trim() === '' ? undefined : text.trim());
          setState({ text, value: next });
          onAnswer(next);
        }}
      />
    </FieldShell>
  );
}
