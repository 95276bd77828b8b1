import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { networkSides, supportKinds } from '../../../../domain/code-lists';
import { changeMember, type MemberChange, type NetworkMember, networkQuery } from '../../../api/case-network';
import { isApiError } from '../../../api/client';
import { BusyButton } from '../../../components/BusyButton';
import { ConflictAlert } from '../../../components/ConflictAlert';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { fieldId } from '../../../components/fields/field-ids';
import { SelectField } from '../../../components/fields/SelectField';
import { TextField } from '../../../components/fields/TextField';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { SuccessAlert } from '../../../components/SuccessAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { collectProblems, errorText, generalError } from '../../../lib/form-problems';
import { useServerProblems } from '../../../lib/use-server-problems';
import { MemberTieFields } from './MemberTieFields';

const FORM = 'network-change';
const FIELDS = ['connection', 'side', 'supportKind', 'tieStrength'];

interface ChangeValues {
  connection: string;
  side: string;
  supportKind: string;
  tieStrength: string;
  placementResource: boolean;
  safetyMonitor: boolean;
  whereaboutsUnknown: boolean;
  deceased: boolean;
}

const valuesOf = (m: NetworkMember): ChangeValues => ({
  connection: m.connection,
  side: m.side ?? '',
  supportKind: m.supportKind ?? '',
  tieStrength: m.tieStrength ?? '',
  placementResource: m.placementResource,
  safetyMonitor: m.safetyMonitor,
  whereaboutsUnknown: m.whereaboutsUnknown,
  deceased: m.deceased,
});

const orNull = (value: string) => (value === '' ? null : value);

/** ENG-1: changes how a member is part of the network — the tie, a placement resource, found — at the version read. */
export function EditMemberPanel({ caseId, member, onClose }: { caseId: string; member: NetworkMember; onClose: () => void }) {
  const { t, tc } = useI18n();
  const queryClient = useQueryClient();
  const name = `${member.firstName} ${member.lastName}`;
  const form = useForm<ChangeValues>({ shouldFocusError: false, defaultValues: valuesOf(member) });
  const { errors } = form.formState;
  const server = useServerProblems(FIELDS, form.setError);
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    mutationFn: (v: ChangeValues) =>
      changeMember(caseId, member.participantId, {
        version: member.version,
        connection: v.connection,
        side: orNull(v.side) as MemberChange['side'],
        supportKind: orNull(v.supportKind) as MemberChange['supportKind'],
        tieStrength: orNull(v.tieStrength) as MemberChange['tieStrength'],
        placementResource: v.placementResource,
        safetyMonitor: v.safetyMonitor,
        whereaboutsUnknown: v.whereaboutsUnknown,
        deceased: v.deceased,
      }),
    onSuccess: () => {
      setSaved(true);
      void queryClient.invalidateQueries({ queryKey: networkQuery(caseId).queryKey });
    },
    onError: server.capture,
  });
  const stale = isApiError(save.error) && save.error.reason === 'stale_version';
  const options = (list: readonly string[], codeList: Parameters<typeof tc>[0]) => list.map((code) => ({ value: code, label: tc(codeList, code) }));
  const onSubmit = form.handleSubmit((values) => {
    server.clear();
    setSaved(false);
    save.mutate(values);
  });
  return (
    <section aria-labelledby="network-change-heading" className="border-1px border-base-lighter padding-2 margin-top-3 radius-md">
      <form className="usa-form maxw-full" noValidate onSubmit={onSubmit} aria-labelledby="network-change-heading">
        <h3 id="network-change-heading">{t('network.editHeading', { name })}</h3>
        {saved && <SuccessAlert role="status">{t('network.changed', { name })}</SuccessAlert>}
        {stale && (
          <ConflictAlert subject="record" onReload={() => void queryClient.invalidateQueries({ queryKey: networkQuery(caseId).queryKey }).then(onClose)} />
        )}
        <ErrorSummary problems={[...collectProblems(errors, FORM, FIELDS), ...server.problems]} />
        <ProblemAlert error={stale ? null : generalError(save.error)} />
        <TextField
          id={fieldId(FORM, 'connection')}
          required
          label={t('network.field.connection')}
          error={errorText(errors, 'connection')}
          {...form.register('connection', { validate: (value) => value.trim() !== '' || t('network.field.connection') })}
        />
        <SelectField
          id={fieldId(FORM, 'side')}
          label={t('network.field.side')}
          placeholder={t('network.field.sideNone')}
          options={options(networkSides, 'networkSide')}
          {...form.register('side')}
        />
        <SelectField
          id={fieldId(FORM, 'supportKind')}
          label={t('network.field.supportKind')}
          placeholder={t('network.choose')}
          options={options(supportKinds, 'supportKind')}
          {...form.register('supportKind')}
        />
        <MemberTieFields register={form.register} formName={FORM} />
        <div className="margin-top-2">
          <BusyButton busy={save.isPending} label={t('network.saveChanges')} busyLabel={t('common.saving')} />
          <button type="button" className="usa-button usa-button--unstyled margin-left-2" onClick={onClose}>
            {t('search.close')}
          </button>
        </div>
      </form>
    </section>
  );
}
