import type { Report } from '../../../api/types';

/** Person id → "First Last" for the people on a report, to name victims and perpetrators. */
export function participantNames(report: Report): Map<string, string> {
  return new Map(report.participants.map((participant) => [participant.personId, `${participant.person.firstName} ${participant.person.lastName}`]));
}
