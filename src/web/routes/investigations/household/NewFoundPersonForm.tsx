import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { createPerson } from '../../../api/endpoints';
import type { Person } from '../../../api/types';
import { BusyButton } from '../../../components/BusyButton';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { collectProblems } from '../../../lib/form-problems';
import { AddressFields } from '../../intake/people/AddressFields';
import { NEW_PERSON_FIELDS, newPersonDefaults, type NewPersonValues, toPersonInput } from '../../intake/people/new-person-values';
import { PersonIdentityFields } from '../../intake/people/PersonIdentityFields';
import type { PersonSearchCriteria } from '../../search-params';
import { foundRoleProblems, foundRoles, type FoundRoleValues, toFoundParticipant } from './found-person';
import { ParticipantRoleFields } from '../../persons/ParticipantRoleFields';
import { useAddFound } from './use-add-found';

const FORM = 'found-person';

/** "Create new person", offered only after a search: the person, then their place in the household. */
export function NewFoundPersonForm({ investigationId, criteria, onDone }: { investigationId: string; criteria: PersonSearchCriteria; onDone: () => void }) {
  const { t } = useI18n();
  const form = useForm<NewPersonValues>({ shouldFocusError: false, defaultValues: newPersonDefaults(criteria) });
  const [role, setRole] = useState<FoundRoleValues>({ role: '', parentType: '', livesInHousehold: true });
  const [roleErrors, setRoleErrors] = useState<{ role?: string; parentType?: string }>({});
  // A retry after the person was created adds that same person instead of creating a duplicate.
  const created = useRef<Person | null>(null);
  const [creating, setCreating] = useState<unknown>(null);
  const add = useAddFound(investigationId, onDone);

  const onSubmit = form.handleSubmit(async (values) => {
    const problems = foundRoleProblems(role);
    setRoleErrors({ role: problems.role && t(problems.role), parentType: problems.parentType && t(problems.parentType) });
    if (problems.role || problems.parentType || add.isPending) return;
    try {
      setCreating(null);
      created.current ??= await createPerson(toPersonInput(values));
    } catch (error) {
      setCreating(error);
      return;
    }
    add.mutate(toFoundParticipant(created.current.id, role));
  });
  const name = `${form.watch('firstName')} ${form.watch('lastName')}`.trim() || t('inv.found.thisPerson');
  return (
    <form className="usa-form usa-form--large" noValidate onSubmit={onSubmit} aria-labelledby="found-person-heading">
      <h4 id="found-person-heading">{t('person.newHeading')}</h4>
      <ErrorSummary problems={collectProblems(form.formState.errors, FORM, NEW_PERSON_FIELDS, {})} />
      <ProblemAlert error={creating ?? add.error} />
      <PersonIdentityFields form={form} formName={FORM} />
      <AddressFields form={form} formName={FORM} />
      <fieldset className="usa-fieldset margin-top-4">
        <legend className="usa-legend font-sans-lg text-bold">{t('person.roleHeading')}</legend>
        <ParticipantRoleFields
          roles={foundRoles}
          id={FORM}
          name={name}
          values={role}
          onChange={(change) => setRole((v) => ({ ...v, ...change }))}
          errors={roleErrors}
        />
      </fieldset>
      <div className="hearth-actions">
        <BusyButton busy={form.formState.isSubmitting || add.isPending} label={t('inv.found.createAndAdd')} busyLabel={t('common.saving')} />
      </div>
    </form>
  );
}
