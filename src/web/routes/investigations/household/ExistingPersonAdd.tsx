import { useState } from 'react';
import type { PersonMatch } from '../../../api/types';
import { BusyButton } from '../../../components/BusyButton';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { personName } from '../../persons/PersonMatchList';
import { foundRoleProblems, foundRoles, type FoundRoleValues, toFoundParticipant } from './found-person';
import { ParticipantRoleFields } from '../../persons/ParticipantRoleFields';
import { useAddFound } from './use-add-found';

/** Under a search result: the person's role in the household, and "Add to the investigation". */
export function ExistingPersonAdd({ investigationId, match, onAdded }: { investigationId: string; match: PersonMatch; onAdded: () => void }) {
  const { t } = useI18n();
  const [values, setValues] = useState<FoundRoleValues>({ role: '', parentType: '', livesInHousehold: true });
  const [errors, setErrors] = useState<{ role?: string; parentType?: string }>({});
  const add = useAddFound(investigationId, onAdded);
  const name = personName(match);
  const submit = () => {
    const problems = foundRoleProblems(values);
    setErrors({ role: problems.role && t(problems.role), parentType: problems.parentType && t(problems.parentType) });
    if (!problems.role && !problems.parentType && !add.isPending) add.mutate(toFoundParticipant(match.id, values));
  };
  return (
    <div className="border-top-1px border-base-lighter padding-top-1">
      <ProblemAlert error={add.error} />
      <ParticipantRoleFields
        roles={foundRoles}
        id={`found-${match.id}`}
        name={name}
        values={values}
        onChange={(change) => setValues((v) => ({ ...v, ...change }))}
        errors={errors}
      />
      <BusyButton
        type="button"
        busy={add.isPending}
        label={t('inv.found.add')}
        busyLabel={t('people.adding')}
        srSuffix={name}
        onClick={submit}
        className="margin-top-2"
      />
    </div>
  );
}
