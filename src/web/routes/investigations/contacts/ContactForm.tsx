import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { isApiError } from '../../../api/client';
import { createContact, updateContact } from '../../../api/investigation-endpoints';
import { fieldProblemText } from '../../../api/problem-text';
import { type Contact, childrenSafeAnswers, contactLocations, contactMethods, contactOutcomes } from '../../../api/investigation-types';
import type { Investigation } from '../../../api/types';
import { BusyButton } from '../../../components/BusyButton';
import { ErrorSummary, type FormProblem } from '../../../components/ErrorSummary';
import { choiceId } from '../../../components/fields/ChoiceGroup';
import { SelectField } from '../../../components/fields/SelectField';
import { TextareaField } from '../../../components/fields/TextareaField';
import { TextField } from '../../../components/fields/TextField';
import { useI18n } from '../../../i18n/I18nProvider';
import { clearInvestigationDraft, writeInvestigationDraft } from '../workspace/investigation-drafts';
import { RadioChoices } from '../workspace/RadioChoices';
import { WorkspaceProblem } from '../workspace/WorkspaceProblem';
import { type ContactField, type ContactFormValues, contactFieldOfPath, toContactInput, validateContact } from './contact-form-model';
import { childrenSafeKey, locationKey, methodKey, outcomeKey } from './contact-words';
import { ParticipantsFieldset } from './ParticipantsFieldset';

/** Which contact the form writes: a new one (with the id made when the form opened) or an existing one at a version. */
export type ContactTarget = { mode: 'new'; contactId: string } | { mode: 'edit'; contactId: string; version: number };

export interface ContactDraft {
  target: ContactTarget;
  values: ContactFormValues;
}

export const CONTACT_DRAFT = 'contact';

const fieldIds: Record<ContactField, string> = {
  occurredAt: 'contact-occurred-at',
  outcome: choiceId('contact-outcome', contactOutcomes[0]!),
  method: 'contact-method',
  location: 'contact-location',
  locationNote: 'contact-location-note',
  participants: 'contact-participants-first',
  childrenSafe: choiceId('contact-children-safe', childrenSafeAnswers[0]!),
  concerns: 'contact-concerns',
};

/**
 * Record or correct a contact (INV-1, INV-2), laid out to be quick on a tablet: the time defaults to
 * now, the commonest choices are preset, and every person on the report is one row of checkboxes.
 * The quick safety check is part of every contact. What is typed is kept in sessionStorage until
 * it saves; a new contact carries the id made when the form opened, so a double tap or a retry
 * after a lost answer never records it twice; an edit sends the version read, so a stale edit gets
 * the conflict message instead of overwriting.
 */
export function ContactForm({
  investigation,
  draft,
  onSaved,
  onCancel,
  onReload,
}: {
  investigation: Investigation;
  draft: ContactDraft;
  onSaved: (contact: Contact) => void;
  onCancel: () => void;
  onReload: () => void;
}) {
  const words = useI18n();
  const { t, timeZone } = words;
  const [values, setValues] = useState(draft.values);
  const [attempted, setAttempted] = useState(false);
  const inFlight = useRef(false);
  const { target } = draft;
  const people = investigation.household ?? [];

  useEffect(() => {
    writeInvestigationDraft(investigation.id, CONTACT_DRAFT, { target, values } satisfies ContactDraft);
  }, [investigation.id, target, values]);

  const problems = useMemo(() => (attempted ? validateContact(values, new Date(), timeZone) : []), [attempted, values, timeZone]);
  // The server's own field errors (e.g. a time before the report was received), until the next try.
  const [serverErrors, setServerErrors] = useState<{ field: ContactField; message: string }[]>([]);
  const errorOf = (field: ContactField) => {
    const problem = problems.find((p) => p.field === field);
    return problem ? t(problem.key) : serverErrors.find((p) => p.field === field)?.message;
  };
  const summary: FormProblem[] = problems.map((problem) => ({ message: t(problem.key), fieldId: fieldIds[problem.field] }));

  const save = useMutation({
    mutationFn: (input: ReturnType<typeof toContactInput>) =>
      target.mode === 'new'
        ? createContact(investigation.id, target.contactId, input)
        : updateContact(investigation.id, target.contactId, target.version, input),
    onSuccess: (contact) => {
      clearInvestigationDraft(investigation.id, CONTACT_DRAFT);
      onSaved(contact);
    },
    onError: (error) => {
      if (!isApiError(error) || error.code !== 'validation') return;
      setServerErrors(
        error.errors.flatMap((problem) => {
          const field = contactFieldOfPath(problem.path);
          return field ? [{ field, message: fieldProblemText(problem, words) }] : [];
        }),
      );
    },
    onSettled: () => {
      inFlight.current = false;
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (inFlight.current) return;
    setAttempted(true);
    setServerErrors([]);
    if (validateContact(values, new Date(), timeZone).length > 0) return;
    inFlight.current = true;
    save.mutate(toContactInput(values, timeZone, people));
  };

  const set = <K extends keyof ContactFormValues>(field: K, value: ContactFormValues[K]) => setValues((current) => ({ ...current, [field]: value }));
  const heading = t(target.mode === 'new' ? 'inv.contact.newHeading' : 'inv.contact.editHeading');

  return (
    <form noValidate onSubmit={submit} className="hearth-card" aria-labelledby="contact-form-heading">
      <h3 id="contact-form-heading" className="margin-top-0">
        {heading}
      </h3>
      <p className="usa-hint">{t('common.requiredExplanation')}</p>
      <ErrorSummary problems={summary} />
      <WorkspaceProblem error={save.error} onReload={onReload} />

      <TextField
        id={fieldIds.occurredAt}
        type="datetime-local"
        label={t('inv.contact.occurredAt')}
        hint={t('inv.contact.occurredAtHint', { zone: timeZone })}
        required
        value={values.occurredAt}
        error={errorOf('occurredAt')}
        onChange={(event) => set('occurredAt', event.target.value)}
      />
      <RadioChoices
        id="contact-outcome"
        tile
        legend={t('inv.contact.outcome')}
        required
        error={errorOf('outcome')}
        options={contactOutcomes.map((code) => ({ value: code, label: t(outcomeKey(code)) }))}
        value={values.outcome}
        onChange={(value) => set('outcome', value as ContactFormValues['outcome'])}
      />
      <div className="grid-row grid-gap">
        <div className="tablet:grid-col-6">
          <SelectField
            id={fieldIds.method}
            label={t('inv.contact.method')}
            required
            placeholder={t('common.select')}
            value={values.method}
            error={errorOf('method')}
            options={contactMethods.map((code) => ({ value: code, label: t(methodKey(code)) }))}
            onChange={(event) => set('method', event.target.value as ContactFormValues['method'])}
          />
        </div>
        <div className="tablet:grid-col-6">
          <SelectField
            id={fieldIds.location}
            label={t('inv.contact.location')}
            required
            placeholder={t('common.select')}
            value={values.location}
            error={errorOf('location')}
            options={contactLocations.map((code) => ({ value: code, label: t(locationKey(code)) }))}
            onChange={(event) => set('location', event.target.value as ContactFormValues['location'])}
          />
        </div>
      </div>
      <TextField
        id={fieldIds.locationNote}
        label={t('inv.contact.locationNote')}
        hint={t('inv.contact.locationNoteHint')}
        required={values.location === 'other'}
        maxLength={500}
        value={values.locationNote}
        error={errorOf('locationNote')}
        onChange={(event) => set('locationNote', event.target.value)}
      />
      <ParticipantsFieldset
        people={people}
        choices={values.participants}
        firstId={fieldIds.participants}
        error={errorOf('participants')}
        required={values.outcome === 'completed'}
        onChange={(participants) => set('participants', participants)}
      />
      <TextField
        id="contact-purpose"
        label={t('inv.contact.purpose')}
        hint={t('inv.contact.purposeHint')}
        maxLength={500}
        value={values.purpose}
        onChange={(event) => set('purpose', event.target.value)}
      />

      <fieldset className="usa-fieldset hearth-card margin-top-3">
        <legend className="usa-legend text-bold font-sans-md">{t('inv.contact.safetyCheck')}</legend>
        <RadioChoices
          id="contact-children-safe"
          tile
          legend={t('inv.contact.childrenSafe')}
          hint={t('inv.contact.childrenSafeHint')}
          required
          error={errorOf('childrenSafe')}
          options={childrenSafeAnswers.map((code) => ({ value: code, label: t(childrenSafeKey(code)) }))}
          value={values.childrenSafe}
          onChange={(value) => set('childrenSafe', value as ContactFormValues['childrenSafe'])}
        />
        <TextareaField
          id={fieldIds.concerns}
          label={t('inv.contact.concerns')}
          hint={t('inv.contact.concernsHint')}
          required={values.childrenSafe === 'no'}
          maxLength={4000}
          value={values.concerns}
          error={errorOf('concerns')}
          onChange={(event) => set('concerns', event.target.value)}
        />
      </fieldset>

      <TextareaField
        id="contact-notes"
        label={t('inv.contact.notes')}
        tall
        characterLimit={20000}
        characterCount={values.notes.length}
        value={values.notes}
        onChange={(event) => set('notes', event.target.value)}
      />
      <div className="hearth-actions">
        <BusyButton busy={save.isPending} label={t('inv.contact.save')} busyLabel={t('common.saving')} />
        <button type="button" className="usa-button usa-button--outline" onClick={onCancel} disabled={save.isPending}>
          {t('inv.contact.cancel')}
        </button>
      </div>
    </form>
  );
}
