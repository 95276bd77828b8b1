import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { useForm } from 'react-hook-form';
import { networkRoles, networkSides, relationshipKinds, sexes, supportKinds } from '../../../../domain/code-lists';
import { addMember, type FamilyNetwork, type NetworkMember, type NewMember, networkQuery } from '../../../api/case-network';
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
import { MemberTieFields } from './MemberTieFields';

const FORM = 'network-member';
const FIELDS = [
  'firstName',
  'lastName',
  'role',
  'connection',
  'sex',
  'dateOfBirth',
  'approximateAge',
  'side',
  'supportKind',
  'tieStrength',
  'relatedTo.personId',
];

interface MemberValues {
  firstName: string;
  lastName: string;
  role: string;
  connection: string;
  sex: string;
  dateOfBirth: string;
  approximateAge: string;
  side: string;
  supportKind: string;
  tieStrength: string;
  relatedPersonId: string;
  relatedKind: string;
  placementResource: boolean;
  safetyMonitor: boolean;
  whereaboutsUnknown: boolean;
  deceased: boolean;
}

const blank: MemberValues = {
  firstName: '',
  lastName: '',
  role: 'relative',
  connection: '',
  sex: 'unknown',
  dateOfBirth: '',
  approximateAge: '',
  side: '',
  supportKind: '',
  tieStrength: '',
  relatedPersonId: '',
  relatedKind: 'parent_of',
  placementResource: false,
  safetyMonitor: false,
  whereaboutsUnknown: false,
  deceased: false,
};

const orNull = (value: string) => (value === '' ? null : value);

/** What the form sends: empty choices left out, the relation only when someone is chosen. */
export function toNewMember(id: string, v: MemberValues): NewMember {
  return {
    id,
    firstName: v.firstName,
    lastName: v.lastName,
    role: v.role as NewMember['role'],
    connection: v.connection,
    sex: v.sex as NewMember['sex'],
    ...(v.dateOfBirth ? { dateOfBirth: v.dateOfBirth } : {}),
    ...(v.approximateAge !== '' ? { approximateAge: Number(v.approximateAge) } : {}),
    side: orNull(v.side) as NewMember['side'],
    supportKind: orNull(v.supportKind) as NewMember['supportKind'],
    tieStrength: orNull(v.tieStrength) as NewMember['tieStrength'],
    placementResource: v.placementResource,
    safetyMonitor: v.safetyMonitor,
    whereaboutsUnknown: v.whereaboutsUnknown,
    deceased: v.deceased,
    ...(v.relatedPersonId ? { relatedTo: { personId: v.relatedPersonId, kind: v.relatedKind as 'parent_of' } } : {}),
  };
}

/**
 * ENG-1: a relative or natural support joins the case with a name and how they are connected. The
 * member's id is made once per form, so a double click or a retry after a dropped answer adds one.
 */
export function AddMemberForm({
  caseId,
  members,
  onAdded,
  onCancel,
}: {
  caseId: string;
  members: NetworkMember[];
  onAdded: (m: NetworkMember) => void;
  onCancel: () => void;
}) {
  const { t, tc } = useI18n();
  const queryClient = useQueryClient();
  const memberId = useRef(crypto.randomUUID());
  const form = useForm<MemberValues>({ shouldFocusError: false, defaultValues: blank });
  const { errors } = form.formState;
  const server = useServerProblems(FIELDS, form.setError);
  const guard = useSubmitGuard();
  const save = useMutation({
    mutationFn: (values: MemberValues) => addMember(caseId, toNewMember(memberId.current, values)),
    onSettled: guard.release,
    onSuccess: (member) => {
      queryClient.setQueryData(networkQuery(caseId).queryKey, (old: FamilyNetwork | undefined) =>
        old ? { ...old, members: [...old.members.filter((m) => m.participantId !== member.participantId), member] } : old,
      );
      void queryClient.invalidateQueries({ queryKey: networkQuery(caseId).queryKey });
      memberId.current = crypto.randomUUID();
      form.reset(blank);
      onAdded(member);
    },
    onError: server.capture,
  });
  const required = (label: string) => ({ validate: (value: string) => value.trim() !== '' || label });
  const onSubmit = form.handleSubmit((values) => {
    if (!guard.claim()) return;
    server.clear();
    save.mutate(values);
  });
  const options = (list: readonly string[], codeList: Parameters<typeof tc>[0]) => list.map((code) => ({ value: code, label: tc(codeList, code) }));

  return (
    <form className="usa-form usa-form--large maxw-full" noValidate onSubmit={onSubmit} aria-labelledby="network-add-heading">
      <h3 id="network-add-heading">{t('network.addHeading')}</h3>
      <p className="usa-hint">{t('network.addHint')}</p>
      <ErrorSummary problems={[...collectProblems(errors, FORM, FIELDS), ...server.problems]} />
      <ProblemAlert error={generalError(save.error)} />
      <div className="grid-row grid-gap">
        <div className="tablet:grid-col-6">
          <TextField
            id={fieldId(FORM, 'firstName')}
            required
            label={t('network.field.firstName')}
            error={errorText(errors, 'firstName')}
            {...form.register('firstName', required(t('network.field.firstName')))}
          />
        </div>
        <div className="tablet:grid-col-6">
          <TextField
            id={fieldId(FORM, 'lastName')}
            required
            label={t('network.field.lastName')}
            error={errorText(errors, 'lastName')}
            {...form.register('lastName', required(t('network.field.lastName')))}
          />
        </div>
      </div>
      <SelectField
        id={fieldId(FORM, 'role')}
        required
        label={t('network.field.role')}
        options={options(networkRoles, 'participantRole')}
        {...form.register('role')}
      />
      <TextField
        id={fieldId(FORM, 'connection')}
        required
        label={t('network.field.connection')}
        hint={t('network.field.connectionHint')}
        error={errorText(errors, 'connection')}
        {...form.register('connection', required(t('network.field.connection')))}
      />
      <div className="grid-row grid-gap">
        <div className="tablet:grid-col-6">
          <SelectField
            id={fieldId(FORM, 'side')}
            label={t('network.field.side')}
            placeholder={t('network.field.sideNone')}
            options={options(networkSides, 'networkSide')}
            {...form.register('side')}
          />
        </div>
        <div className="tablet:grid-col-6">
          <SelectField
            id={fieldId(FORM, 'supportKind')}
            label={t('network.field.supportKind')}
            placeholder={t('network.choose')}
            options={options(supportKinds, 'supportKind')}
            {...form.register('supportKind')}
          />
        </div>
      </div>
      <div className="grid-row grid-gap">
        <div className="tablet:grid-col-6">
          <SelectField
            id={fieldId(FORM, 'relatedTo.personId')}
            label={t('network.field.relatedTo')}
            placeholder={t('network.field.relatedNone')}
            error={errorText(errors, 'relatedTo.personId')}
            options={members.map((m) => ({ value: m.personId, label: `${m.firstName} ${m.lastName}` }))}
            {...form.register('relatedPersonId')}
          />
        </div>
        <div className="tablet:grid-col-6">
          <SelectField
            id={fieldId(FORM, 'relatedKind')}
            label={t('network.field.relatedKind')}
            options={options(relationshipKinds, 'relationshipKind')}
            {...form.register('relatedKind')}
          />
        </div>
      </div>
      <div className="grid-row grid-gap">
        <div className="tablet:grid-col-4">
          <SelectField id={fieldId(FORM, 'sex')} label={t('network.field.sex')} options={options(sexes, 'sex')} {...form.register('sex')} />
        </div>
        <div className="tablet:grid-col-4">
          <TextField
            id={fieldId(FORM, 'dateOfBirth')}
            type="date"
            label={t('network.field.dateOfBirth')}
            error={errorText(errors, 'dateOfBirth')}
            {...form.register('dateOfBirth')}
          />
        </div>
        <div className="tablet:grid-col-4">
          <TextField
            id={fieldId(FORM, 'approximateAge')}
            inputMode="numeric"
            label={t('network.field.approximateAge')}
            error={errorText(errors, 'approximateAge')}
            {...form.register('approximateAge', {
              validate: (v) => v === '' || (/^\d{1,3}$/.test(v) && Number(v) <= 120) || t('network.field.approximateAge'),
            })}
          />
        </div>
      </div>
      <MemberTieFields register={form.register} formName={FORM} />
      <div className="margin-top-3">
        <BusyButton busy={save.isPending} label={t('network.save')} busyLabel={t('network.saving')} />
        <button type="button" className="usa-button usa-button--unstyled margin-left-2" onClick={onCancel}>
          {t('network.cancel')}
        </button>
      </div>
    </form>
  );
}
