import { useState } from 'react';
import { parentTypes, useCodeLists } from '../../../api/code-lists';
import { addParticipant } from '../../../api/endpoints';
import type { ParentType, ParticipantRole, PersonMatch, Report } from '../../../api/types';
import { BusyButton } from '../../../components/BusyButton';
import { CheckboxField } from '../../../components/fields/CheckboxField';
import { SelectField } from '../../../components/fields/SelectField';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { personName } from '../../persons/PersonMatchList';
import { useReportMutation } from '../use-report-mutation';

/** Under a search result: the role this existing person plays in the report, and "Add to report". */
export function CandidateActions({ report, match, onReload }: { report: Report; match: PersonMatch; onReload: () => void }) {
  const { t, tc } = useI18n();
  const lists = useCodeLists();
  const [role, setRole] = useState('');
  const [parentType, setParentType] = useState('');
  const [livesInHousehold, setLivesInHousehold] = useState(true);
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
      <div className="grid-row grid-gap">
        <div className="tablet:grid-col-6">
          <SelectField
            id={`${id}-role`}
            label={t('people.roleFor', { name })}
            placeholder={t('common.select')}
            required
            value={role}
            onChange={(event) => setRole(event.target.value)}
            options={lists.participantRoles.map((code) => ({ value: code, label: tc('participantRole', code) }))}
            error={errors.role}
          />
        </div>
        {role === 'parent' && (
          <div className="tablet:grid-col-6">
            <SelectField
              id={`${id}-parent-type`}
              label={t('people.parentTypeFor', { name })}
              placeholder={t('common.select')}
              required
              value={parentType}
              onChange={(event) => setParentType(event.target.value)}
              options={parentTypes.map((code) => ({ value: code, label: tc('parentType', code) }))}
              error={errors.parentType}
            />
          </div>
        )}
      </div>
      <div className="margin-top-2">
        <CheckboxField
          id={`${id}-lives-in-household`}
          label={t('people.livesInHouseholdFor', { name })}
          checked={livesInHousehold}
          onChange={(event) => setLivesInHousehold(event.target.checked)}
        />
      </div>
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
