import type { Meeting, MeetingRecord } from '../../../api/family-team';
import { fromZonedInputValue, toZonedInputValue } from '../../../lib/date-time';

/** "Someone else": the follow-up's responsible person is typed, not chosen from the team. */
export const OTHER = 'other';

export interface RecordValues {
  heldAt: string;
  attendance: Array<{ memberId: string; attendance: string }>;
  familyWords: string;
  decisions: string;
  disclosures: Array<{ code: string; explained: '' | 'yes' | 'no'; familyResponse: string }>;
  followUps: Array<{ id: string; action: string; responsible: string; responsibleName: string; dueOn: string }>;
}

/**
 * Whose attendance the form asks about: today's team, then anyone the meeting already names who has
 * since left the team, so correcting the record never drops who was there.
 */
export function attendanceRoster(meeting: Meeting) {
  const onTeam = new Set(meeting.team.map((m) => m.id));
  return [...meeting.team, ...meeting.attendees.filter((a) => !onTeam.has(a.memberId)).map((a) => ({ id: a.memberId, name: a.name, role: a.role }))];
}

const yesNo = (value: boolean | null): '' | 'yes' | 'no' => (value === null ? '' : value ? 'yes' : 'no');

/**
 * The form's starting values: what was recorded, or for a first record the invited members with no
 * attendance yet, the scheduled time as the time held and every disclosure item unanswered.
 */
export function toRecordValues(meeting: Meeting, timeZone: string): RecordValues {
  const invited = new Map(meeting.attendees.map((a) => [a.memberId, a.attendance ?? '']));
  return {
    heldAt: toZonedInputValue(String(meeting.heldAt ?? meeting.scheduledFor), timeZone),
    attendance: attendanceRoster(meeting).map((m) => ({ memberId: m.id, attendance: invited.get(m.id) ?? '' })),
    familyWords: meeting.familyWords ?? '',
    decisions: meeting.decisions ?? '',
    disclosures: meeting.disclosures.map((d) => ({ code: d.code, explained: yesNo(d.explained), familyResponse: d.familyResponse ?? '' })),
    followUps: meeting.followUps.map((f) => ({
      id: f.id,
      action: f.action,
      responsible: f.responsibleMemberId ?? OTHER,
      responsibleName: f.responsibleMemberId ? '' : f.responsibleName,
      dueOn: f.dueOn,
    })),
  };
}

/** What the form sends: members with no attendance chosen are left out; a typed name only for "someone else". */
export function toMeetingRecord(values: RecordValues, version: number, timeZone: string): MeetingRecord {
  return {
    version,
    heldAt: fromZonedInputValue(values.heldAt, timeZone) ?? values.heldAt,
    attendance: values.attendance
      .filter((a) => a.attendance !== '')
      .map((a) => ({ memberId: a.memberId, attendance: a.attendance as MeetingRecord['attendance'][number]['attendance'] })),
    familyWords: values.familyWords,
    decisions: values.decisions,
    disclosures: values.disclosures.map((d) => ({
      code: d.code,
      explained: d.explained === 'yes',
      ...(d.familyResponse.trim() ? { familyResponse: d.familyResponse.trim() } : {}),
    })),
    followUps: values.followUps.map((f) => ({
      id: f.id,
      action: f.action,
      ...(f.responsible === OTHER ? { responsibleName: f.responsibleName } : { responsibleMemberId: f.responsible }),
      dueOn: f.dueOn,
    })),
  };
}
