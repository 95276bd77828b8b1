import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { changeTeamMember, type FamilyTeam, type TeamMember, teamQuery } from '../../../api/family-team';
import { BusyButton } from '../../../components/BusyButton';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { QueryState } from '../../../components/QueryState';
import { SuccessAlert } from '../../../components/SuccessAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { AddTeamMemberForm } from './AddTeamMemberForm';
import { MeetingsSection } from './MeetingsSection';

/** ENG-3 and ENG-4 on the case page: the child and family team, then its meetings. */
export function FamilyTeamSection({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const query = useQuery(teamQuery(caseId));
  return (
    <section aria-labelledby="team-heading" className="margin-top-4">
      <h2 id="team-heading">{t('team.heading')}</h2>
      <p>{t('team.intro')}</p>
      <QueryState query={query}>
        {(team) => (
          <>
            <Team caseId={caseId} team={team} />
            <MeetingsSection caseId={caseId} />
          </>
        )}
      </QueryState>
    </section>
  );
}

function Team({ caseId, team }: { caseId: string; team: FamilyTeam }) {
  const { t } = useI18n();
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  const active = team.members.filter((m) => m.active);
  return (
    <>
      {added && <SuccessAlert role="status">{t('team.added', { name: added })}</SuccessAlert>}
      {active.length === 0 ? <p>{t('team.empty')}</p> : <TeamTable caseId={caseId} members={active} canEdit={team.abilities.edit} />}
      {team.youths.map((y) => (
        <p key={y.personId} className="usa-hint">
          {t('team.youthLimit', { name: y.name, count: y.chosenCount, max: team.youthChosen.maxMembers })}
        </p>
      ))}
      {team.abilities.edit &&
        (adding ? (
          <AddTeamMemberForm
            caseId={caseId}
            team={team}
            onAdded={(m) => {
              setAdded(m.name);
              setAdding(false);
            }}
            onCancel={() => setAdding(false)}
          />
        ) : (
          <button
            type="button"
            className="usa-button margin-top-1"
            onClick={() => {
              setAdded(null);
              setAdding(true);
            }}
          >
            {t('team.add')}
          </button>
        ))}
    </>
  );
}

function TeamTable({ caseId, members, canEdit }: { caseId: string; members: TeamMember[]; canEdit: boolean }) {
  const { t, tc } = useI18n();
  return (
    <table className="usa-table usa-table--borderless usa-table--stacked-header width-full">
      <caption className="usa-sr-only">{t('team.heading')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('team.field.name')}</th>
          <th scope="col">{t('team.field.role')}</th>
          <th scope="col">{t('team.field.contact')}</th>
          <th scope="col">{t('team.field.mayBeTold')}</th>
          {canEdit && (
            <th scope="col">
              <span className="usa-sr-only">{t('common.remove')}</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {members.map((m) => (
          <tr key={m.id}>
            <th scope="row" data-label={t('team.field.name')}>
              {m.name}
              {m.organisation && <span className="display-block text-normal">{m.organisation}</span>}
            </th>
            <td data-label={t('team.field.role')}>
              {tc('teamRole', m.role)}
              {m.chosenByName && <span className="display-block">{t('team.chosenBy', { name: m.chosenByName })}</span>}
            </td>
            <td data-label={t('team.field.contact')}>{[m.phone, m.email].filter(Boolean).join(' · ') || '—'}</td>
            <td data-label={t('team.field.mayBeTold')}>
              {tc('teamDisclosureScope', m.mayBeTold)}
              {m.toldNote && <span className="display-block">{m.toldNote}</span>}
            </td>
            {canEdit && (
              <td data-label={t('common.remove')}>
                <RemoveButton caseId={caseId} member={m} />
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Takes a member off the team at the version read; a stale one says so rather than overwriting. */
function RemoveButton({ caseId, member }: { caseId: string; member: TeamMember }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () => changeTeamMember(caseId, member.id, { version: member.version, active: false }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: teamQuery(caseId).queryKey }),
  });
  return (
    <>
      <ProblemAlert error={remove.error} />
      <BusyButton
        type="button"
        variant="unstyled"
        busy={remove.isPending}
        label={t('team.remove', { name: member.name })}
        busyLabel={t('team.saving')}
        onClick={() => remove.mutate()}
      />
    </>
  );
}
