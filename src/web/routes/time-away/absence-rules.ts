import type { MessageKey } from '../../i18n/en';

export interface AbsenceValues {
  startsOn: string;
  endsOn: string;
  delegateId: string;
}

export type AbsenceField = keyof AbsenceValues;

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/**
 * What is wrong with a time-away entry, per field, before it is sent: both days as real dates,
 * the last not before the first nor already past (agency `today`), and someone to approve.
 * The server checks the same and that the delegate can approve.
 */
export function absenceProblems(values: AbsenceValues, today: string): Partial<Record<AbsenceField, MessageKey>> {
  const problems: Partial<Record<AbsenceField, MessageKey>> = {};
  if (!values.startsOn) problems.startsOn = 'absence.startsOnRequired';
  else if (!isoDate.test(values.startsOn)) problems.startsOn = 'persons.dateInvalid';
  if (!values.endsOn) problems.endsOn = 'absence.endsOnRequired';
  else if (!isoDate.test(values.endsOn)) problems.endsOn = 'persons.dateInvalid';
  else if (!problems.startsOn && values.endsOn < values.startsOn) problems.endsOn = 'absence.endsBeforeStart';
  else if (values.endsOn < today) problems.endsOn = 'absence.endsInPast';
  if (!values.delegateId) problems.delegateId = 'absence.delegateRequired';
  return problems;
}

/** True when `today` falls within the absence (both days included). */
export const isAwayOn = (absence: { startsOn: string; endsOn: string }, today: string) => absence.startsOn <= today && today <= absence.endsOn;
