import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { useForm } from 'react-hook-form';
import { teamDisclosureScopes, teamRoles } from '../../../../domain/code-lists';
import { addTeamMember, type FamilyTeam, type NewTeamMember, type TeamMember, teamQuery } from '../../../api/family-team';
import { BusyButton } from '../../../components/BusyButton';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { fieldId } from '../../../components/fields/field-ids';
import { SelectField } from '../../../components/fields/SelectField';
import { TextField } from '../../../components/fields/TextField';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { collectProblems, errorText, generalError } from '../../../lib/form-problems';
import { useServerProblems } from '../../../lib/use-server-problems';
import { useSubmitGuard } from '../../../lib/use-submit-guard';

const FORM = 'team-member';
const FIELDS = ['personId', 'name', 'role', 'chosenBy', 'organisation', 'phone', 'email', 'mayBeTold', 'toldNote'];

interface TeamMemberValues {
  personId: string;
  name: string;
  role: string;
  chosenBy: string;
  organisation: string;
  phone: string;
  email: string;
  mayBeTold: string;
  toldNote: string;
}

const blank: TeamMemberValues = {
  personId: '',
  name: '',
  role: 'parent',
  chosenBy: '',
  organisation: '',
  phone: '',
  email: '',
  mayBeTold: 'full',
  toldNote: '',
};

const given = (value: string) => (value.trim() === '' ? undefined : value.trim());

/** What the form sends: a network member by id or a professional by name; empty fields left out. */
export function toNewTeamMember(id: string, v: TeamMemberValues): NewTeamMember {
  return {
    id,
    ...(v.personId ? { personId: v.personId } : { name: v.name }),
    role: v.role as NewTeamMember['role'],
    ...(v.role === 'youth_chosen' && v.chosenBy ? { chosenBy: v.chosenBy } : {}),
    organisation: given(v.organisation),
    phone: given(v.phone),
    email: given(v.email),
    mayBeTold: v.mayBeTold as NewTeamMember['mayBeTold'],
    toldNote: given(v.toldNote),
  };
}

/**
 * ENG-3: someone joins the child and family team — from the family network, or a provider, school,
 * therapist or advocate by name. The id is made once per form, so a double click adds one member.
 */
export function AddTeamMemberForm({
  caseId,
  team,
  onAdded,
  onCancel,
}: {
  caseId: string;
  team: FamilyTeam;
  onAdded: (m: TeamMember) => void;
  onCancel: () => void;
}) {
  const { t, tc } = useI18n();
  const queryClient = useQueryClient();
  const memberId = useRef(crypto.randomUUID());
  const form = useForm<TeamMemberValues>({ shouldFocusError: false, defaultValues: blank });
  const { errors } = form.formState;
  const server = useServerProblems(FIELDS, form.setError);
  const personId = form.watch('personId');
  const role = form.watch('role');
  const guard = useSubmitGuard();
  const save = useMutation({
    mutationFn: (values: TeamMemberValues) => addTeamMember(caseId, toNewTeamMember(memberId.current, values)),
    onSettled: guard.release,
    onSuccess: (member) => {
      void queryClient.invalidateQueries({ queryKey: teamQuery(caseId).queryKey });
      memberId.current = crypto.randomUUID();
      form.reset(blank);
      onAdded(member);
    },
    onError: server.capture,
  });
  const onSubmit = form.handleSubmit((values) => {
    if (!guard.claim()) return;
    server.clear();
    save.mutate(values);
  });
  const options = (list: readonly string[], codeList: Parameters<typeof tc>[0]) => list.map((code) => ({ value: code, label: tc(codeList, code) }));
  const youths = team.youths.filter((y) => y.chosenCount < team.youthChosen.maxMembers);

  return (
    <form className="usa-form usa-form--large maxw-full" noValidate onSubmit={onSubmit} aria-labelledby="team-add-heading">
      <h3 id="team-add-heading">{t('team.addHeading')}</h3>
      <ErrorSummary problems={[...collectProblems(errors, FORM, FIELDS), ...server.problems]} />
      <ProblemAlert error={generalError(save.error)} />
      <SelectField
        id={fieldId(FORM, 'personId')}
        label={t('team.field.person')}
        placeholder={t('team.field.personNone')}
        error={errorText(errors, 'personId')}
        options={team.candidates.map((c) => ({ value: c.personId, label: `${c.name} (${tc('participantRole', c.networkRole)})` }))}
        {...form.register('personId')}
      />
      {!personId && (
        <TextField
          id={fieldId(FORM, 'name')}
          required
          label={t('team.field.name')}
          error={errorText(errors, 'name')}
          {...form.register('name', { validate: (value) => personId !== '' || value.trim() !== '' || t('team.field.name') })}
        />
      )}
      <SelectField id={fieldId(FORM, 'role')} required label={t('team.field.role')} options={options(teamRoles, 'teamRole')} {...form.register('role')} />
      {role === 'youth_chosen' && (
        <SelectField
          id={fieldId(FORM, 'chosenBy')}
          required
          label={t('team.field.chosenBy')}
          placeholder={t('network.choose')}
          error={errorText(errors, 'chosenBy')}
          options={youths.map((y) => ({ value: y.personId, label: y.name }))}
          {...form.register('chosenBy', { validate: (value) => value !== '' || t('team.field.chosenBy') })}
        />
      )}
      <div className="grid-row grid-gap">
        <div className="tablet:grid-col-4">
          <TextField
            id={fieldId(FORM, 'organisation')}
            label={t('team.field.organisation')}
            error={errorText(errors, 'organisation')}
            {...form.register('organisation')}
          />
        </div>
        <div className="tablet:grid-col-4">
          <TextField id={fieldId(FORM, 'phone')} type="tel" label={t('team.field.phone')} error={errorText(errors, 'phone')} {...form.register('phone')} />
        </div>
        <div className="tablet:grid-col-4">
          <TextField id={fieldId(FORM, 'email')} type="email" label={t('team.field.email')} error={errorText(errors, 'email')} {...form.register('email')} />
        </div>
      </div>
      <SelectField
        id={fieldId(FORM, 'mayBeTold')}
        required
        label={t('team.field.mayBeTold')}
        options={options(teamDisclosureScopes, 'teamDisclosureScope')}
        {...form.register('mayBeTold')}
      />
      <TextField id={fieldId(FORM, 'toldNote')} label={t('team.field.toldNote')} error={errorText(errors, 'toldNote')} {...form.register('toldNote')} />
      <div className="margin-top-2">
        <BusyButton busy={save.isPending} label={t('team.save')} busyLabel={t('team.saving')} />
        <button type="button" className="usa-button usa-button--unstyled margin-left-2" onClick={onCancel}>
          {t('team.cancel')}
        </button>
      </div>
    </form>
  );
}
