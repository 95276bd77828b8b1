import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useMemo, useRef, useState } from 'react';
import { assessmentQuery, investigationKey, requestRiskOverride } from '../../../api/investigation-endpoints';
import type { Assessment } from '../../../api/investigation-types';
import { BusyButton } from '../../../components/BusyButton';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { choiceId } from '../../../components/fields/ChoiceGroup';
import { TextareaField } from '../../../components/fields/TextareaField';
import { useI18n } from '../../../i18n/I18nProvider';
import { RadioChoices } from '../workspace/RadioChoices';
import { WorkspaceProblem } from '../workspace/WorkspaceProblem';
import { levelLabel } from './assessment-children';
import {
  discretionaryLevels,
  emptyOverrideForm,
  MINIMUM_REASON_LENGTH,
  type OverrideField,
  type OverrideFormValues,
  overrideKinds,
  toOverrideInput,
  validateOverride,
} from './risk-override-model';

/**
 * Ask to override the scored risk level (INV-5): a policy the instrument names, or the worker's
 * judgement within the steps it allows; either with a reason the supervisor reads before approving.
 */
export function RiskOverrideForm({
  investigationId,
  data,
  onReload,
  onRequested,
}: {
  investigationId: string;
  data: Assessment;
  onReload: () => void;
  onRequested: () => void;
}) {
  const { t, language } = useI18n();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<OverrideFormValues>(emptyOverrideForm);
  const [attempted, setAttempted] = useState(false);
  const inFlight = useRef(false);
  const { definition } = data;
  const scored = data.riskLevel?.scored ?? null;
  const kinds = overrideKinds(definition);
  const levels = discretionaryLevels(definition, scored);
  const policies = definition.overrides?.policy ?? [];

  const problems = useMemo(() => (attempted ? validateOverride(values, definition, scored) : []), [attempted, values, definition, scored]);
  const errorOf = (field: OverrideField) => {
    const problem = problems.find((p) => p.field === field);
    return problem ? t(problem.key, { min: MINIMUM_REASON_LENGTH }) : undefined;
  };
  const ids: Record<OverrideField, string> = {
    kind: choiceId('risk-override-kind', kinds[0] ?? 'policy'),
    key: choiceId('risk-override-policy', policies[0]?.key ?? ''),
    toLevel: choiceId('risk-override-level', levels[0] ?? ''),
    reason: 'risk-override-reason',
  };

  const request = useMutation({
    mutationFn: (input: ReturnType<typeof toOverrideInput>) => requestRiskOverride(investigationId, data.response!.version, input),
    onSuccess: (next) => {
      queryClient.setQueryData(assessmentQuery(investigationId, 'risk').queryKey, next);
      void queryClient.invalidateQueries({ queryKey: [...investigationKey(investigationId), 'decision'] });
      onRequested();
    },
    onSettled: () => {
      inFlight.current = false;
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (inFlight.current) return;
    setAttempted(true);
    if (validateOverride(values, definition, scored).length > 0) return;
    inFlight.current = true;
    request.mutate(toOverrideInput(values));
  };

  if (kinds.length === 0 || !data.response) return null;
  const set = (change: Partial<OverrideFormValues>) => setValues((current) => ({ ...current, ...change }));
  return (
    <form noValidate onSubmit={submit} className="hearth-card" aria-labelledby="risk-override-heading">
      <h3 id="risk-override-heading" className="margin-top-0">
        {t('inv.risk.override.formHeading')}
      </h3>
      <p>{t('inv.risk.override.intro', { level: levelLabel(definition, scored, language) })}</p>
      <ErrorSummary problems={problems.map((problem) => ({ message: t(problem.key, { min: MINIMUM_REASON_LENGTH }), fieldId: ids[problem.field] }))} />
      <WorkspaceProblem error={request.error} onReload={onReload} />
      <RadioChoices
        id="risk-override-kind"
        legend={t('inv.risk.override.kind')}
        required
        error={errorOf('kind')}
        value={values.kind}
        onChange={(kind) => set({ kind: kind as OverrideFormValues['kind'] })}
        options={kinds.map((kind) => ({
          value: kind,
          label: t(kind === 'policy' ? 'inv.risk.override.kind.policy' : 'inv.risk.override.kind.discretionary'),
          description: t(kind === 'policy' ? 'inv.risk.override.kind.policyHint' : 'inv.risk.override.kind.discretionaryHint'),
        }))}
      />
      {values.kind === 'policy' && (
        <RadioChoices
          id="risk-override-policy"
          legend={t('inv.risk.override.policy')}
          required
          error={errorOf('key')}
          value={values.key}
          onChange={(key) => set({ key })}
          options={policies.map((policy) => ({
            value: policy.key,
            label: policy.label[language],
            description: t('inv.risk.override.setsLevel', { level: levelLabel(definition, policy.setLevel, language) }),
          }))}
        />
      )}
      {values.kind === 'discretionary' &&
        (levels.length === 0 ? (
          <p className="usa-alert__text">{t('inv.risk.override.noLevels')}</p>
        ) : (
          <RadioChoices
            id="risk-override-level"
            legend={t('inv.risk.override.level')}
            required
            error={errorOf('toLevel')}
            value={values.toLevel}
            onChange={(toLevel) => set({ toLevel })}
            options={levels.map((level) => ({ value: level, label: levelLabel(definition, level, language) }))}
          />
        ))}
      <TextareaField
        id={ids.reason}
        label={t('inv.risk.override.reason')}
        hint={t('inv.risk.override.reasonHint', { min: MINIMUM_REASON_LENGTH })}
        required
        maxLength={4000}
        value={values.reason}
        error={errorOf('reason')}
        onChange={(event) => set({ reason: event.target.value })}
      />
      <div className="hearth-actions">
        <BusyButton busy={request.isPending} label={t('inv.risk.override.submit')} busyLabel={t('common.saving')} />
      </div>
    </form>
  );
}
