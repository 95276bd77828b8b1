import type { DecisionClosureFacts } from '../../../api/investigation-types';
import { SelectField } from '../../../components/fields/SelectField';
import { TextareaField } from '../../../components/fields/TextareaField';
import { useI18n } from '../../../i18n/I18nProvider';
import { type DecisionValues, MINIMUM_EFFORTS } from './decision-model';

/**
 * INV-1: closing while a child in the home was never seen face to face needs one of the practice
 * profile's exceptions and the efforts made; the attempted contacts on record are shown against
 * what the exception asks, so the worker knows before submitting whether it will hold.
 */
export function UnseenChildrenFields({
  closure,
  values,
  onChange,
  effortsError,
  ids,
}: {
  closure: DecisionClosureFacts;
  values: DecisionValues;
  onChange: (change: Partial<DecisionValues>) => void;
  effortsError: string | undefined;
  ids: { unseenExceptionCode: string; unseenEfforts: string };
}) {
  const { t, language } = useI18n();
  const chosen = closure.allowedExceptions.find((e) => e.code === values.unseenExceptionCode);
  return (
    <fieldset className="usa-fieldset margin-top-3 border-1px border-base-lighter padding-2">
      <legend className="usa-legend text-bold">{t('inv.decision.unseen.legend')}</legend>
      <p>{t('inv.decision.unseen.intro', { names: closure.childrenNeverSeen.join(', ') })}</p>
      <SelectField
        id={ids.unseenExceptionCode}
        label={t('inv.decision.unseen.exception')}
        value={values.unseenExceptionCode}
        onChange={(event) => onChange({ unseenExceptionCode: event.target.value })}
        options={[{ value: '', label: t('inv.decision.unseen.none') }, ...closure.allowedExceptions.map((e) => ({ value: e.code, label: e.label[language] }))]}
      />
      {values.unseenExceptionCode && (
        <TextareaField
          id={ids.unseenEfforts}
          label={t('inv.decision.unseen.efforts')}
          hint={t('inv.decision.unseen.effortsHint', { min: MINIMUM_EFFORTS, attempts: closure.attemptedContacts, needed: chosen?.minimumAttempts ?? 0 })}
          required
          maxLength={4000}
          value={values.unseenEfforts}
          error={effortsError}
          onChange={(event) => onChange({ unseenEfforts: event.target.value })}
        />
      )}
    </fieldset>
  );
}
