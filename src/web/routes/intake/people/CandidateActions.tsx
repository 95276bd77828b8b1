import { useState } from 'react';
import { useCodeLists } from '../../../api/code-lists';
import { addParticipant } from '../../../api/endpoints';
import type { ParentType, ParticipantRole, PersonMatch, Report } from '../../../api/types';
import { BusyButton } from '../../../components/BusyButton';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { ParticipantRoleFields, type ParticipantRoleValues } from '../../persons/ParticipantRoleFields';
import { personName } from '../../persons/PersonMatchList';
import { useReportMutation } from '../use-report-mutation';

/** Under a search result: the role this existing person plays in the report, and "Add to report". */
export function CandidateActions({ report, match, onReload }: { report: Report; match: PersonMatch; onReload: () => void }) {
  const { t } = useI18n();
  const lists = useCodeLists();
  const [values, setValues] = useState<ParticipantRoleValues>({ role: '', parentType: '', livesInHousehold: true });
  const { role, parentType, livesInHousehold } = values;
  const [errors, setErrors] = useState<{ role?: string; parentType?: string }>({});
  const name = personName(match);
  const id = `candidate-${match.id}`;

  const add = useReportMutation(() =>
    addParticipant(report.id, report.version, {
      personId: match.id,
      role: role as ParticipantRole,
      parentType: role === 'parent' ? (parentType as ParentType) : null,
      livesInHousehold,
    }),
  );

  if (report.participants.some((participant) => participant.personId === match.id)) {
    return <p className="usa-tag bg-primary-dark">{t('people.alreadyAdded')}</p>;
  }

  const submit = () => {
    const found = {
      role: role ? undefined : t('people.roleRequired'),
      parentType: role === 'parent' && !parentType ? t('people.parentTypeRequired') : undefined,
    };
    setErrors(found);
    if (!found.role && !found.parentType) add.run(undefined);
  };

  return (
    <div className="border-top-1px border-base-lighter padding-top-1">
      <ProblemAlert error={add.error} onReload={onReload} />
      <ParticipantRoleFields
        id={id}
        name={name}
        roles={lists.participantRoles}
        values={values}
        onChange={(change) => setValues((v) => ({ ...v, ...change }))}
        errors={errors}
      />
      <BusyButton
        type="button"
        busy={add.busy}
        label={t('people.addToReport')}
        busyLabel={t('people.adding')}
        srSuffix={name}
        onClick={submit}
        className="margin-top-2"
      />
    </div>
  );
}
