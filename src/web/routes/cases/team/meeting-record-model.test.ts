import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../../api/family-team';
import { attendanceRoster, OTHER, toMeetingRecord, toRecordValues } from './meeting-record-model';

const meeting: Meeting = {
  id: 'm1',
  caseId: 'c1',
  caseNumber: 'CASE-1',
  reason: 'regular_review',
  requestedBy: null,
  requestedByName: null,
  scheduledFor: '2026-12-03T15:00:00.000Z',
  location: null,
  agenda: null,
  language: 'es',
  status: 'scheduled',
  heldAt: null,
  familyWords: null,
  decisions: null,
  cancelledReason: null,
  version: 4,
  attendees: [{ memberId: 'mother', name: 'Lucia Torres', role: 'parent', attendance: null }],
  followUps: [{ id: 'f1', action: 'Call the school', responsibleMemberId: null, responsibleName: 'Ms. Parker', dueOn: '2026-12-20', doneOn: null, version: 1 }],
  disclosures: [
    { code: 'asfa_timeframes', label: { en: 'ASFA', es: 'ASFA' }, explanation: { en: '', es: '' }, explained: null, familyResponse: null },
    { code: 'family_rights', label: { en: 'Rights', es: 'Derechos' }, explanation: { en: '', es: '' }, explained: false, familyResponse: 'Next time' },
  ],
  team: [
    { id: 'mother', name: 'Lucia Torres', role: 'parent' },
    { id: 'therapist', name: 'Dr. Whitlock', role: 'therapist' },
  ],
  abilities: { edit: true },
};

describe('the meeting record form (ENG-4, ENG-5)', () => {
  it('starts from the scheduled time in the agency’s zone, every team member listed, disclosures unanswered', () => {
    const values = toRecordValues(meeting, 'America/New_York');
    expect(values.heldAt).toBe('2026-12-03T10:00');
    expect(values.attendance).toEqual([
      { memberId: 'mother', attendance: '' },
      { memberId: 'therapist', attendance: '' },
    ]);
    expect(values.disclosures.map((d) => d.explained)).toEqual(['', 'no']);
    expect(values.followUps[0]).toMatchObject({ responsible: OTHER, responsibleName: 'Ms. Parker' });
  });

  it('sends only chosen attendance, yes/no as booleans, the typed name only for someone else, at the version read', () => {
    const values = toRecordValues(meeting, 'America/New_York');
    values.attendance[0]!.attendance = 'in_person';
    values.disclosures[0]!.explained = 'yes';
    values.followUps.push({ id: 'f2', action: 'Enrol', responsible: 'mother', responsibleName: 'ignored', dueOn: '2026-12-21' });
    const record = toMeetingRecord(values, meeting.version, 'America/New_York');
    expect(record.version).toBe(4);
    expect(record.heldAt).toBe('2026-12-03T15:00:00.000Z');
    expect(record.attendance).toEqual([{ memberId: 'mother', attendance: 'in_person' }]);
    expect(record.disclosures).toEqual([
      { code: 'asfa_timeframes', explained: true },
      { code: 'family_rights', explained: false, familyResponse: 'Next time' },
    ]);
    expect(record.followUps).toEqual([
      { id: 'f1', action: 'Call the school', responsibleName: 'Ms. Parker', dueOn: '2026-12-20' },
      { id: 'f2', action: 'Enrol', responsibleMemberId: 'mother', dueOn: '2026-12-21' },
    ]);
  });

  it('keeps someone who came but has since left the team in a correction', () => {
    const held = {
      ...meeting,
      team: [meeting.team[1]!],
      attendees: [{ memberId: 'mother', name: 'Lucia Torres', role: 'parent' as const, attendance: 'in_person' as const }],
    };
    expect(attendanceRoster(held).map((m) => m.id)).toEqual(['therapist', 'mother']);
    expect(toRecordValues(held, 'America/New_York').attendance).toEqual([
      { memberId: 'therapist', attendance: '' },
      { memberId: 'mother', attendance: 'in_person' },
    ]);
  });
});
