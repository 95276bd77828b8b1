import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { addAgreement, type CasePlan, type NewAgreement, planQuery } from '../../../api/case-plan';
import type { FamilyCase } from '../../../api/cases';
import { BusyButton } from '../../../components/BusyButton';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { ChoiceGroup, choiceId } from '../../../components/fields/ChoiceGroup';
import { fieldId } from '../../../components/fields/field-ids';
import { SelectField } from '../../../components/fields/SelectField';
import { TextareaField } from '../../../components/fields/TextareaField';
import { TextField } from '../../../components/fields/TextField';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { SignaturePad } from '../../../components/SignaturePad';
import { useI18n } from '../../../i18n/I18nProvider';
import { collectProblems, errorText, generalError } from '../../../lib/form-problems';
import { useServerProblems } from '../../../lib/use-server-problems';
import { useSubmitGuard } from '../../../lib/use-submit-guard';
import { FocusedNotice } from '../../investigations/safety-plan/FocusedNotice';
import { type AgreementValues, emptyAgreement, signerRoleFor, toAgreement } from './agreement-review-model';
import { agreementOutcomeKey, signerRoleKey } from './plan-words';

const FORM = 'plan-agreement';
const FIELDS = ['personId', 'signerRole', 'outcome', 'ownWords', 'method', 'typedName', 'drawing', 'efforts', 'planVersion'];

/**
 * PLAN-1: a parent's or child's answer to this version of the plan — agreed or not, in their own
 * words, signed typed or drawn on the tablet — or that they could not be reached, with the efforts made.
 */
export function AgreementForm({ plan, people }: { plan: CasePlan; people: FamilyCase['people'] }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const guard = useSubmitGuard();
  const agreementId = useRef(crypto.randomUUID());
  const [drawing, setDrawing] = useState<string | null>(null);
  const [recorded, setRecorded] = useState<string | null>(null);
  const form = useForm<AgreementValues>({ shouldFocusError: false, defaultValues: emptyAgreement });
  const { errors } = form.formState;
  const server = useServerProblems(FIELDS, form.setError);
  const outcome = form.watch('outcome');
  const method = form.watch('method');
  const typedName = form.watch('typedName').trim();
  const record = useMutation({
    mutationFn: (body: NewAgreement) => addAgreement(plan.id, body),
    onSuccess: (answer, sent) => {
      queryClient.setQueryData(planQuery(plan.caseId, plan.id).queryKey, answer);
      agreementId.current = crypto.randomUUID();
      setDrawing(null);
      form.reset(emptyAgreement);
      setRecorded(people.find((p) => p.personId === sent.personId)?.name ?? '');
    },
    onError: (error) => {
      server.capture(error);
      // The plan changed since it was shown (409 case_plan_outdated): show the current version.
      void queryClient.invalidateQueries({ queryKey: planQuery(plan.caseId, plan.id).queryKey });
    },
    onSettled: guard.release,
  });
  const required = (label: string) => ({ validate: (value: string) => value.trim() !== '' || t('cplan.required', { field: label }) });
  const onSubmit = form.handleSubmit((values) => {
    if (values.outcome !== 'not_reached' && values.method === 'drawn' && !drawing) {
      form.setError('method', { type: 'drawing', message: t('cplan.agree.drawingMissing') });
      return;
    }
    if (!guard.claim()) return;
    server.clear();
    setRecorded(null);
    record.mutate(toAgreement(values, agreementId.current, plan.version, drawing));
  });
  const awaiting = new Set(plan.awaitingAgreement.map((a) => a.personId));
  const options = [...people].sort((a, b) => Number(awaiting.has(b.personId)) - Number(awaiting.has(a.personId)));

  return (
    <form className="usa-form usa-form--large" noValidate onSubmit={onSubmit} aria-labelledby="plan-agreement-form-heading">
      <h3 id="plan-agreement-form-heading">{t('cplan.agree.formHeading')}</h3>
      <FocusedNotice key={recorded ?? ''} message={recorded !== null ? t('cplan.agree.recorded', { name: recorded }) : null} />
      <ErrorSummary
        problems={[
          ...collectProblems(errors, FORM, FIELDS, {
            outcome: choiceId(fieldId(FORM, 'outcome'), 'agreed'),
            method: choiceId(fieldId(FORM, 'method'), 'typed'),
          }),
          ...server.problems,
        ]}
      />
      <ProblemAlert error={generalError(record.error)} />
      <SelectField
        id={fieldId(FORM, 'personId')}
        required
        label={t('cplan.agree.person')}
        placeholder={t('common.select')}
        options={options.map((p) => ({ value: p.personId, label: p.name }))}
        error={errorText(errors, 'personId')}
        {...form.register('personId', {
          ...required(t('cplan.agree.person')),
          onChange: (event: { target: { value: string } }) => {
            const person = people.find((p) => p.personId === event.target.value);
            if (!person) return;
            form.setValue('signerRole', signerRoleFor(person.role));
            form.setValue('typedName', person.name);
          },
        })}
      />
      <SelectField
        id={fieldId(FORM, 'signerRole')}
        required
        label={t('cplan.agree.role')}
        placeholder={t('common.select')}
        options={(['parent', 'child', 'caregiver'] as const).map((r) => ({ value: r, label: t(signerRoleKey[r]) }))}
        error={errorText(errors, 'signerRole')}
        {...form.register('signerRole', required(t('cplan.agree.role')))}
      />
      <ChoiceGroup
        id={fieldId(FORM, 'outcome')}
        type="radio"
        required
        legend={t('cplan.agree.outcome')}
        options={(['agreed', 'disagreed', 'not_reached'] as const).map((o) => ({ value: o, label: t(agreementOutcomeKey[o]) }))}
        error={errorText(errors, 'outcome')}
        {...form.register('outcome', required(t('cplan.agree.outcome')))}
      />
      {outcome === 'not_reached' ? (
        <TextareaField
          id={fieldId(FORM, 'efforts')}
          required
          label={t('cplan.agree.efforts')}
          error={errorText(errors, 'efforts')}
          {...form.register('efforts', required(t('cplan.agree.efforts')))}
        />
      ) : (
        <>
          <TextareaField
            id={fieldId(FORM, 'ownWords')}
            label={t('cplan.agree.ownWords')}
            error={errorText(errors, 'ownWords')}
            {...form.register('ownWords')}
          />
          <ChoiceGroup
            id={fieldId(FORM, 'method')}
            type="radio"
            required
            legend={t('cplan.agree.method')}
            options={[
              { value: 'typed', label: t('cplan.agree.methodTyped') },
              { value: 'drawn', label: t('cplan.agree.methodDrawn') },
            ]}
            error={errorText(errors, 'method') ?? errorText(errors, 'drawing')}
            {...form.register('method')}
          />
          {method === 'typed' ? (
            <TextField
              id={fieldId(FORM, 'typedName')}
              required
              label={t('cplan.agree.typedName')}
              maxLength={200}
              autoComplete="off"
              error={errorText(errors, 'typedName')}
              {...form.register('typedName', required(t('cplan.agree.typedName')))}
            />
          ) : (
            <SignaturePad
              key={agreementId.current}
              id={fieldId(FORM, 'drawing')}
              label={typedName ? t('cplan.agree.pad', { name: typedName }) : t('cplan.agree.padUnnamed')}
              onChange={setDrawing}
            />
          )}
        </>
      )}
      <BusyButton busy={record.isPending} label={t('cplan.agree.record')} busyLabel={t('common.saving')} className="margin-top-2" />
    </form>
  );
}
