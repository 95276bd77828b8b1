import type { ChildrenSafe, Contact, ContactInput, ContactLocation, ContactMethod, ContactOutcome } from '../../../api/investigation-types';
import type { MessageKey } from '../../../i18n/en';
import { fromZonedInputValue, toZonedInputValue } from '../../../lib/date-time';

/**
 * The contact form's values and rules (INV-1, INV-2), kept pure so they are tested without a
 * browser. The form holds text the way the controls show it (a wall-clock time in the agency zone,
 * '' for "not chosen"); `toContactInput` turns it into what the API takes.
 */

export interface ParticipantChoice {
  /** Took part in the contact (spoken to, on the phone, in the room). */
  present: boolean;
  seen: boolean;
  interviewedPrivately: boolean;
}

export interface ContactFormValues {
  /** `YYYY-MM-DDTHH:mm` in the agency's time zone, as a datetime-local input shows it. */
  occurredAt: string;
  outcome: ContactOutcome | '';
  method: ContactMethod | '';
  location: ContactLocation | '';
  locationNote: string;
  purpose: string;
  notes: string;
  participants: Record<string, ParticipantChoice>;
  childrenSafe: ChildrenSafe | '';
  concerns: string;
}

export type ContactField = 'occurredAt' | 'outcome' | 'method' | 'location' | 'locationNote' | 'participants' | 'childrenSafe' | 'concerns';

export interface ContactProblem {
  field: ContactField;
  key: MessageKey;
}

/** A clock a few minutes fast on the tablet should not block a contact recorded "now". */
const FUTURE_SLACK_MS = 5 * 60_000;

/**
 * A new contact: now, in the agency's zone, as the commonest kind (a completed face-to-face visit
 * at home). The safety check starts unanswered on purpose: it is a question to answer every time.
 */
export function emptyContactForm(now: Date, timeZone: string): ContactFormValues {
  return {
    occurredAt: toZonedInputValue(now.toISOString(), timeZone),
    outcome: 'completed',
    method: 'face_to_face',
    location: 'home',
    locationNote: '',
    purpose: '',
    notes: '',
    participants: {},
    childrenSafe: '',
    concerns: '',
  };
}

/** An existing contact as form values, for editing. */
export function contactFormFromContact(contact: Contact, timeZone: string): ContactFormValues {
  return {
    occurredAt: toZonedInputValue(contact.occurredAt, timeZone),
    outcome: contact.outcome,
    method: contact.method,
    location: contact.location,
    locationNote: contact.locationNote ?? '',
    purpose: contact.purpose ?? '',
    notes: contact.notes ?? '',
    participants: Object.fromEntries(
      contact.participants.map((p) => [p.personId, { present: true, seen: p.seen, interviewedPrivately: p.interviewedPrivately }]),
    ),
    childrenSafe: contact.safetyCheck.childrenSafe,
    concerns: contact.safetyCheck.concerns ?? '',
  };
}

/** One person's choices after a checkbox changes: seeing or interviewing someone means they took part. */
export function toggleParticipant(current: ParticipantChoice | undefined, part: keyof ParticipantChoice, checked: boolean): ParticipantChoice {
  const next = { ...(current ?? { present: false, seen: false, interviewedPrivately: false }), [part]: checked };
  if (part !== 'present' && checked) next.present = true;
  if (part === 'present' && !checked) return { present: false, seen: false, interviewedPrivately: false };
  return next;
}

const isIncluded = (choice: ParticipantChoice) => choice.present || choice.seen || choice.interviewedPrivately;

/** What is wrong with the values, in the order the fields appear on the form. */
export function validateContact(values: ContactFormValues, now: Date, timeZone: string): ContactProblem[] {
  const problems: ContactProblem[] = [];
  const occurredAt = values.occurredAt ? fromZonedInputValue(values.occurredAt, timeZone) : null;
  if (!values.occurredAt) problems.push({ field: 'occurredAt', key: 'inv.contact.error.occurredAtMissing' });
  else if (!occurredAt) problems.push({ field: 'occurredAt', key: 'inv.contact.error.occurredAtInvalid' });
  else if (Date.parse(occurredAt) > now.getTime() + FUTURE_SLACK_MS) problems.push({ field: 'occurredAt', key: 'inv.contact.error.occurredAtFuture' });
  if (!values.outcome) problems.push({ field: 'outcome', key: 'inv.contact.error.outcome' });
  if (!values.method) problems.push({ field: 'method', key: 'inv.contact.error.method' });
  if (!values.location) problems.push({ field: 'location', key: 'inv.contact.error.location' });
  if (values.location === 'other' && !values.locationNote.trim()) problems.push({ field: 'locationNote', key: 'inv.contact.error.locationNote' });
  if (values.outcome === 'completed' && !Object.values(values.participants).some(isIncluded)) {
    problems.push({ field: 'participants', key: 'inv.contact.error.participants' });
  }
  if (!values.childrenSafe) problems.push({ field: 'childrenSafe', key: 'inv.contact.error.childrenSafe' });
  if (values.childrenSafe === 'no' && !values.concerns.trim()) problems.push({ field: 'concerns', key: 'inv.contact.error.concerns' });
  return problems;
}

/**
 * The API body for valid values. People are sent in the order of `people` (the report's order), so
 * the saved list reads the same as the form; unticked people are left out.
 */
export function toContactInput(values: ContactFormValues, timeZone: string, people: readonly { personId: string }[]): ContactInput {
  const occurredAt = fromZonedInputValue(values.occurredAt, timeZone);
  if (!occurredAt || !values.outcome || !values.method || !values.location || !values.childrenSafe) {
    throw new Error('toContactInput needs values that passed validateContact');
  }
  const participants = people.flatMap(({ personId }) => {
    const choice = values.participants[personId];
    return choice && isIncluded(choice) ? [{ personId, seen: choice.seen, interviewedPrivately: choice.interviewedPrivately }] : [];
  });
  return {
    occurredAt,
    outcome: values.outcome,
    method: values.method,
    location: values.location,
    locationNote: values.locationNote.trim(),
    purpose: values.purpose.trim(),
    notes: values.notes.trim(),
    participants,
    safetyCheck: { childrenSafe: values.childrenSafe, concerns: values.concerns.trim() },
  };
}

/** Newest first by when the contact happened (the API already sends them so; kept stable here). */
export const newestFirst = (contacts: readonly Contact[]): Contact[] => [...contacts].sort((a, b) => Date.parse(b.occurredAt) - Date.parse(a.occurredAt));

/** The form field a server field error is about (`participants.0.personId` → participants), or null. */
export function contactFieldOfPath(path: string): ContactField | null {
  const [first, second] = path.split('.');
  if (first === 'safetyCheck') return second === 'concerns' ? 'concerns' : 'childrenSafe';
  if (first === 'participants') return 'participants';
  const direct: ContactField[] = ['occurredAt', 'outcome', 'method', 'location', 'locationNote'];
  return direct.includes(first as ContactField) ? (first as ContactField) : null;
}
