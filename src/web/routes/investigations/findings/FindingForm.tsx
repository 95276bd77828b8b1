import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { findingsQuery, investigationKey, saveFinding } from '../../../api/investigation-endpoints';
import { type FindingCode, type FindingItem, type Findings, findingCodes } from '../../../api/investigation-types';
import { BusyButton } from '../../../components/BusyButton';
import { ErrorSummary, type FormProblem } from '../../../components/ErrorSummary';
import { choiceId } from '../../../components/fields/ChoiceGroup';
import { TextareaField } from '../../../components/fields/TextareaField';
import { SuccessAlert } from '../../../components/SuccessAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { clearInvestigationDraft, readInvestigationDraft, writeInvestigationDraft } from '../workspace/investigation-drafts';
import { RadioChoices } from '../workspace/RadioChoices';
import { WorkspaceProblem } from '../workspace/WorkspaceProblem';
import { findingHintKey, findingLabelKey } from './finding-words';

interface FindingValues {
  finding: FindingCode | '';
  rationale: string;
}

/**
 * One allegation and its finding (INV-6). The rationale is kept in sessionStorage until saved;
 * the version read goes with the save, so a finding someone else changed meanwhile is not overwritten.
 */
export function FindingForm({ investigationId, item, mayRecord }: { investigationId: string; item: FindingItem; mayRecord: boolean }) {
  const { t, tc, formatMoment } = useI18n();
  const queryClient = useQueryClient();
  const draftPart = `finding-${item.allegationId}`;
  const saved: FindingValues = { finding: item.finding ?? '', rationale: item.rationale ?? '' };
  const [values, setValues] = useState<FindingValues>(() => ({ ...saved, ...(readInvestigationDraft<FindingValues>(investigationId, draftPart) ?? {}) }));
  const [attempted, setAttempted] = useState(false);
  const [notice, setNotice] = useState(false);
  const inFlight = useRef(false);
  const prefix = `finding-${item.allegationId}`;
  const dirty = values.finding !== saved.finding || values.rationale !== saved.rationale;

  useEffect(() => {
    if (dirty) writeInvestigationDraft(investigationId, draftPart, values);
    else clearInvestigationDraft(investigationId, draftPart);
  }, [dirty, values, investigationId, draftPart]);

  const problems: FormProblem[] = [];
  if (attempted && !values.finding) problems.push({ message: t('inv.finding.error.finding'), fieldId: choiceId(`${prefix}-code`, findingCodes[0]!) });
  if (attempted && !values.rationale.trim()) problems.push({ message: t('inv.finding.error.rationale'), fieldId: `${prefix}-rationale` });

  const save = useMutation({
    mutationFn: () =>
      saveFinding(investigationId, item.allegationId, {
        finding: values.finding as FindingCode,
        rationale: values.rationale.trim(),
        ...(item.version !== null ? { version: item.version } : {}),
      }),
    onSuccess: (next) => {
      clearInvestigationDraft(investigationId, draftPart);
      queryClient.setQueryData<Findings>(findingsQuery(investigationId).queryKey, (current) =>
        current ? { ...current, items: current.items.map((entry) => (entry.allegationId === next.allegationId ? next : entry)) } : current,
      );
      setValues({ finding: next.finding ?? '', rationale: next.rationale ?? '' });
      setAttempted(false);
      setNotice(true);
      void queryClient.invalidateQueries({ queryKey: [...investigationKey(investigationId), 'decision'] });
    },
    onSettled: () => {
      inFlight.current = false;
    },
  });

  const reload = async () => {
    clearInvestigationDraft(investigationId, draftPart);
    const fresh = await queryClient.fetchQuery({ ...findingsQuery(investigationId), staleTime: 0 });
    const current = fresh.items.find((entry) => entry.allegationId === item.allegationId);
    setValues({ finding: current?.finding ?? '', rationale: current?.rationale ?? '' });
    save.reset();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (inFlight.current) return;
    setAttempted(true);
    setNotice(false);
    if (!values.finding || !values.rationale.trim()) return;
    inFlight.current = true;
    save.mutate();
  };

  const about = `${item.victimName}, ${tc('maltreatmentType', item.maltreatmentType)}`;
  const headingId = `${prefix}-heading`;
  return (
    <form noValidate onSubmit={submit} aria-labelledby={headingId}>
      <h3 id={headingId} className="margin-top-0 margin-bottom-1">
        {about}
      </h3>
      <p className="margin-top-0">
        {t('inv.finding.perpetrator', { name: item.perpetratorName ?? t('allegations.perpetratorUnknown') })}
        {item.recordedAt && <span className="display-block text-base-dark">{t('inv.finding.recordedAt', { moment: formatMoment(item.recordedAt) })}</span>}
      </p>
      <ErrorSummary problems={problems} />
      <WorkspaceProblem error={save.error} onReload={() => void reload()} />
      <RadioChoices
        id={`${prefix}-code`}
        legend={
          <>
            {t('inv.finding.finding')}
            <span className="usa-sr-only">: {about}</span>
          </>
        }
        required
        disabled={!mayRecord}
        error={attempted && !values.finding ? t('inv.finding.error.finding') : undefined}
        value={values.finding}
        onChange={(finding) => {
          setNotice(false);
          setValues((current) => ({ ...current, finding: finding as FindingCode }));
        }}
        options={findingCodes.map((code) => ({ value: code, label: t(findingLabelKey(code)), description: t(findingHintKey(code)) }))}
      />
      <TextareaField
        id={`${prefix}-rationale`}
        label={
          <>
            {t('inv.finding.rationale')}
            <span className="usa-sr-only">: {about}</span>
          </>
        }
        hint={t('inv.finding.rationaleHint')}
        required
        readOnly={!mayRecord}
        maxLength={4000}
        value={values.rationale}
        error={attempted && !values.rationale.trim() ? t('inv.finding.error.rationale') : undefined}
        onChange={(event) => {
          setNotice(false);
          setValues((current) => ({ ...current, rationale: event.target.value }));
        }}
      />
      <div role="status">{notice && <SuccessAlert className="margin-top-2 margin-bottom-0">{t('inv.finding.saved', { about })}</SuccessAlert>}</div>
      {mayRecord && (
        <div className="hearth-actions">
          <BusyButton busy={save.isPending} label={t('inv.finding.save')} busyLabel={t('common.saving')} srSuffix={about} />
        </div>
      )}
    </form>
  );
}
