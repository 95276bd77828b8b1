import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { addSafetyPlanSignature, type NewSignature, type SafetyPlan, safetyPlanQuery, signerRoles } from '../../../api/safety-plans';
import { BusyButton } from '../../../components/BusyButton';
import { ErrorSummary, type FormProblem } from '../../../components/ErrorSummary';
import { CheckboxField } from '../../../components/fields/CheckboxField';
import { ChoiceGroup, choiceId } from '../../../components/fields/ChoiceGroup';
import { fieldId } from '../../../components/fields/field-ids';
import { SelectField } from '../../../components/fields/SelectField';
import { TextField } from '../../../components/fields/TextField';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { SignaturePad } from '../../../components/SignaturePad';
import { useI18n } from '../../../i18n/I18nProvider';
import { collectProblems, errorText, generalError } from '../../../lib/form-problems';
import { useServerProblems } from '../../../lib/use-server-problems';
import { FocusedNotice } from './FocusedNotice';
import { PLAN_SAVE_BUTTON, SIGNATURE_FORM } from './plan-problems';
import { languageKey, signerRoleKey } from './plan-words';
import { type SignatureField, signatureProblems, type SignatureValues, signerRoleFor } from './signature-rules';

const FORM = SIGNATURE_FORM;
const OTHER_SIGNER = 'other';
const FIELDS: SignatureField[] = ['personId', 'signerName', 'signerRole', 'method', 'agreed'];
const empty: SignatureValues = { personId: '', signerName: '', signerRole: '', method: 'drawn', agreed: false };

/**
 * A person's agreement to the plan as it reads now (INV-4): drawn on the worker's touch screen or,
 * for anyone who cannot draw (or works with a keyboard or screen reader), their typed name with an
 * explicit statement that they agree.
 */
export function SignatureForm({ plan, unsaved }: { plan: SafetyPlan; unsaved: boolean }) {
  const { t, tc } = useI18n();
  const queryClient = useQueryClient();
  const signatureId = useRef(crypto.randomUUID());
  const [drawing, setDrawing] = useState<string | null>(null);
  // Checks the form cannot attach to one of its inputs: the drawing, and unsaved plan changes.
  const [extraProblems, setExtraProblems] = useState<FormProblem[]>([]);
  const [signedBy, setSignedBy] = useState<string | null>(null);
  const form = useForm<SignatureValues>({ shouldFocusError: false, defaultValues: empty });
  const { errors } = form.formState;
  const server = useServerProblems(FIELDS, form.setError);
  const method = form.watch('method');
  const signerName = form.watch('signerName').trim();

  const sign = useMutation({
    mutationFn: (signature: NewSignature) => addSafetyPlanSignature(plan.id, signature),
    onSuccess: (answer, sent) => {
      queryClient.setQueryData(safetyPlanQuery(answer.id).queryKey, answer);
      signatureId.current = crypto.randomUUID();
      setDrawing(null);
      form.reset(empty);
      setSignedBy(sent.signerName);
    },
    onError: server.capture,
  });

  const check = (field: keyof SignatureValues) => () => {
    const key = signatureProblems({ ...form.getValues(), drawing }, false)[field];
    return key ? t(key) : true;
  };

  const personField = form.register('personId', {
    validate: check('personId'),
    onChange: (event: { target: { value: string } }) => {
      const person = plan.people.find((candidate) => candidate.personId === event.target.value);
      if (!person) return;
      form.setValue('signerName', person.name);
      form.setValue('signerRole', signerRoleFor(person.role));
    },
  });

  const submitValid = form.handleSubmit((values) => {
    const problems = signatureProblems({ ...values, drawing }, unsaved);
    if (problems.unsaved || problems.drawing) {
      setExtraProblems([
        ...(problems.unsaved ? [{ message: t(problems.unsaved), fieldId: PLAN_SAVE_BUTTON }] : []),
        ...(problems.drawing ? [{ message: t(problems.drawing), fieldId: fieldId(FORM, 'drawing') }] : []),
      ]);
      return;
    }
    if (sign.isPending) return;
    sign.mutate({
      id: signatureId.current,
      signerName: values.signerName.trim(),
      signerRole: values.signerRole as NewSignature['signerRole'],
      personId: values.personId && values.personId !== OTHER_SIGNER ? values.personId : undefined,
      method: values.method,
      drawing: values.method === 'drawn' ? (drawing ?? undefined) : undefined,
    });
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    server.clear();
    setExtraProblems([]);
    setSignedBy(null);
    return submitValid(event);
  };

  const drawingProblem = extraProblems.find((problem) => problem.fieldId === fieldId(FORM, 'drawing'));
  return (
    <form className="usa-form usa-form--large" noValidate onSubmit={onSubmit} aria-labelledby="signature-form-heading">
      <h4 id="signature-form-heading">{t('plans.sign.heading')}</h4>
      <p>{t('plans.sign.intro', { language: t(languageKey[plan.language]) })}</p>
      {unsaved && (
        <div className="usa-alert usa-alert--warning usa-alert--slim margin-bottom-2">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{t('plans.sign.unsaved')}</p>
          </div>
        </div>
      )}
      <ErrorSummary
        problems={[
          ...extraProblems.filter((p) => p !== drawingProblem),
          ...collectProblems(errors, FORM, FIELDS, { method: choiceId(fieldId(FORM, 'method'), 'drawn') }),
          ...(drawingProblem ? [drawingProblem] : []),
          ...server.problems,
        ]}
      />
      <ProblemAlert error={generalError(sign.error)} />
      <FocusedNotice key={signedBy ?? ''} message={signedBy ? t('plans.sign.added', { name: signedBy }) : null} />
      <SelectField
        id={fieldId(FORM, 'personId')}
        required
        label={t('plans.sign.person')}
        placeholder={t('common.select')}
        options={[
          ...plan.people.map((person) => ({ value: person.personId, label: `${person.name} (${tc('participantRole', person.role)})` })),
          { value: OTHER_SIGNER, label: t('plans.sign.someoneElse') },
        ]}
        error={errorText(errors, 'personId')}
        {...personField}
      />
      <TextField
        id={fieldId(FORM, 'signerName')}
        required
        label={t('plans.sign.name')}
        maxLength={200}
        autoComplete="off"
        error={errorText(errors, 'signerName')}
        {...form.register('signerName', { validate: check('signerName') })}
      />
      <SelectField
        id={fieldId(FORM, 'signerRole')}
        required
        label={t('plans.sign.role')}
        hint={t('plans.sign.roleHint')}
        placeholder={t('common.select')}
        options={signerRoles.map((role) => ({ value: role, label: t(signerRoleKey[role]) }))}
        error={errorText(errors, 'signerRole')}
        {...form.register('signerRole', { validate: check('signerRole') })}
      />
      <ChoiceGroup
        id={fieldId(FORM, 'method')}
        type="radio"
        required
        legend={t('plans.sign.method')}
        options={[
          { value: 'drawn', label: t('plans.sign.methodDrawn'), description: t('plans.sign.methodDrawnHint') },
          { value: 'typed', label: t('plans.sign.methodTyped'), description: t('plans.sign.methodTypedHint') },
        ]}
        error={errorText(errors, 'method')}
        {...form.register('method')}
      />
      {method === 'drawn' ? (
        <SignaturePad
          key={signatureId.current}
          id={fieldId(FORM, 'drawing')}
          label={signerName ? t('plans.sign.padLabelNamed', { name: signerName }) : t('plans.sign.padLabel')}
          error={drawingProblem?.message}
          onChange={setDrawing}
        />
      ) : (
        <CheckboxField
          id={fieldId(FORM, 'agreed')}
          label={signerName ? t('plans.sign.agreedNamed', { name: signerName }) : t('plans.sign.agreed')}
          aria-invalid={errors.agreed ? true : undefined}
          {...form.register('agreed', { validate: check('agreed') })}
        />
      )}
      {method === 'typed' && errors.agreed && <span className="usa-error-message display-block">{errorText(errors, 'agreed')}</span>}
      <BusyButton busy={sign.isPending} label={t('plans.sign.submit')} busyLabel={t('common.saving')} className="margin-top-2" />
    </form>
  );
}
