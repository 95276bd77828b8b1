import { useRef } from 'react';
import { useForm } from 'react-hook-form';
import { parentTypes, useCodeLists } from '../../../api/code-lists';
import { addParticipant, createPerson } from '../../../api/endpoints';
import type { Person, Report } from '../../../api/types';
import { BusyButton } from '../../../components/BusyButton';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { CheckboxField } from '../../../components/fields/CheckboxField';
import { choiceId } from '../../../components/fields/ChoiceGroup';
import { fieldId } from '../../../components/fields/field-ids';
import { SelectField } from '../../../components/fields/SelectField';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { collectProblems, errorText, generalError } from '../../../lib/form-problems';
import { useServerProblems } from '../../../lib/use-server-problems';
import type { PersonSearchCriteria } from '../../search-params';
import { clearDraft, readDraft } from '../intake-drafts';
import { usePersistDraft } from '../use-draft';
import { useReportMutation } from '../use-report-mutation';
import { AddressFields } from './AddressFields';
import { NEW_PERSON_FIELDS, newPersonDefaults, type NewPersonValues, toParticipant, toPersonInput } from './new-person-values';
import { PersonIdentityFields } from './PersonIdentityFields';

const FORM = 'new-person';
export const NEW_PERSON_DRAFT = 'new-person';

/**
 * "Create new person", offered only after a search found no one who fits. Creates the person,
 * then adds them to the report in the chosen role.
 */
export function NewPersonForm({
  report,
  criteria,
  onReload,
  onDone,
}: {
  report: Report;
  criteria: PersonSearchCriteria;
  onReload: () => void;
  onDone: () => void;
}) {
  const { t, tc } = useI18n();
  const lists = useCodeLists();
  const form = useForm<NewPersonValues>({
    shouldFocusError: false,
    defaultValues: { ...newPersonDefaults(criteria), ...readDraft<NewPersonValues>(report.id, NEW_PERSON_DRAFT) },
  });
  const { errors } = form.formState;
  usePersistDraft(form.watch, report.id, NEW_PERSON_DRAFT);
  const server = useServerProblems(NEW_PERSON_FIELDS, form.setError);
  // If the person was created but adding them failed, a retry adds the same person instead of a duplicate.
  const created = useRef<Person | null>(null);
  const role = form.watch('role');

  const save = useReportMutation(
    async (values: NewPersonValues) => {
      created.current ??= await createPerson(toPersonInput(values));
      return addParticipant(report.id, report.version, toParticipant(created.current.id, values));
    },
    () => {
      clearDraft(report.id, NEW_PERSON_DRAFT);
      onDone();
    },
    server.capture,
  );

  const onSubmit = form.handleSubmit((values) => {
    server.clear();
    save.run(values);
  });
  const linkTargets = { races: choiceId(fieldId(FORM, 'races'), lists.races[0]) };

  return (
    <form className="usa-form usa-form--large" noValidate onSubmit={onSubmit} aria-labelledby="new-person-heading">
      <h3 id="new-person-heading">{t('person.newHeading')}</h3>
      <ErrorSummary problems={[...collectProblems(errors, FORM, NEW_PERSON_FIELDS, linkTargets), ...server.problems]} />
      <ProblemAlert error={generalError(save.error)} onReload={onReload} />
      <p className="usa-hint">{t('common.requiredExplanation')}</p>
      <PersonIdentityFields form={form} formName={FORM} />
      <AddressFields form={form} formName={FORM} />
      <fieldset className="usa-fieldset margin-top-4">
        <legend className="usa-legend font-sans-lg text-bold">{t('person.roleHeading')}</legend>
        <SelectField
          id={fieldId(FORM, 'role')}
          label={t('person.role')}
          placeholder={t('common.select')}
          required
          options={lists.participantRoles.map((code) => ({ value: code, label: tc('participantRole', code) }))}
          error={errorText(errors, 'role')}
          {...form.register('role', { required: t('people.roleRequired') })}
        />
        {role === 'parent' && (
          <SelectField
            id={fieldId(FORM, 'parentType')}
            label={t('person.parentType')}
            placeholder={t('common.select')}
            required
            options={parentTypes.map((code) => ({ value: code, label: tc('parentType', code) }))}
            error={errorText(errors, 'parentType')}
            {...form.register('parentType', { validate: (value, values) => values.role !== 'parent' || value !== '' || t('people.parentTypeRequired') })}
          />
        )}
        <div className="margin-top-3">
          <CheckboxField id={fieldId(FORM, 'livesInHousehold')} label={t('person.livesInHousehold')} {...form.register('livesInHousehold')} />
        </div>
      </fieldset>
      <div className="hearth-actions">
        <BusyButton busy={save.busy} label={t('person.createAndAdd')} busyLabel={t('common.saving')} />
      </div>
    </form>
  );
}
