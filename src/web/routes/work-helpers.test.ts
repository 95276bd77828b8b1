import { describe, expect, it } from 'vitest';
import type { ApprovalHistoryEntry, StaffNotification } from '../api/types';
import { createTranslator } from '../i18n/translate';
import { historyComment, historyLine, screeningSummaryOf, wasDelegated } from './approvals/approval-words';
import { describeReminder } from './my-work/reminder-words';
import { absenceProblems, isAwayOn } from './time-away/absence-rules';

const en = { ...createTranslator('en'), formatMoment: (iso: string) => `<${iso}>` };
const es = { ...createTranslator('es'), formatMoment: (iso: string) => `<${iso}>` };

const notification = (kind: StaffNotification['kind'], payload: Record<string, unknown>, readAt: string | null = null): StaffNotification => ({
  id: 'n1',
  kind,
  payload,
  createdAt: '2026-11-23T15:00:00Z',
  readAt,
});

describe('reminders in the reader’s words (SUP-5)', () => {
  const payload = {
    taskId: 't1',
    ruleKey: 'first_face_to_face',
    subjectType: 'investigation',
    subjectId: 'i1',
    subjectNumber: 'I-2026-000001',
    dueAt: '2026-11-23T17:00:00Z',
  };
  const open = new Map([['t1', { title: 'See the child face to face' }]]);

  it('names the open task, the record and when it is due, and opens the record', () => {
    const view = describeReminder(notification('task.reminder', payload), open, en);
    expect(view.text).toBe('Reminder: See the child face to face for Investigation I-2026-000001 is due <2026-11-23T17:00:00Z>.');
    expect(view.target).toEqual({ kind: 'subject', subjectType: 'investigation', subjectId: 'i1' });
  });

  it('uses the server’s title in the reader’s language when the notification carries one', () => {
    const titled = { ...notification('task.escalated', payload), title: 'Ver al niño o niña en persona' };
    expect(describeReminder(titled, new Map(), es).text).toBe(
      'Escalada: Ver al niño o niña en persona de Investigación I-2026-000001 vencía el <2026-11-23T17:00:00Z>.',
    );
  });

  it('falls back to the rule’s name once the task is closed, and says escalations plainly', () => {
    expect(describeReminder(notification('task.escalated', payload), new Map(), en).text).toBe(
      'Escalated: First face to face for Investigation I-2026-000001 was due <2026-11-23T17:00:00Z>.',
    );
    expect(describeReminder(notification('task.escalated', { ...payload, dueAt: null }), open, es).text).toBe(
      'Escalada: See the child face to face de Investigación I-2026-000001 está vencida.',
    );
  });

  it('sends approval requests to the queue and says how a request was decided', () => {
    const requested = describeReminder(
      notification('approval.requested', { approvalId: 'a1', kind: 'screening_decision', subjectType: 'report', subjectId: 'r1' }),
      open,
      en,
    );
    expect(requested).toEqual({ text: 'Screening decision: waiting for your decision.', target: { kind: 'approvals' } });
    const decided = describeReminder(
      notification('approval.decided', { approvalId: 'a1', kind: 'safety_plan', subjectType: 'report', subjectId: 'r1', status: 'returned' }),
      open,
      es,
    );
    expect(decided.text).toBe('Plan de seguridad: devuelta.');
    expect(decided.target).toEqual({ kind: 'subject', subjectType: 'report', subjectId: 'r1' });
  });
});

describe('approval requests (SUP-3)', () => {
  it('reads the screening summary, and nothing for other kinds', () => {
    const summary = {
      reportId: 'r1',
      number: 'R-2026-000001',
      decision: 'screen_in',
      responsePriority: 'same_day',
      submittedAt: '2026-11-23T15:00:00Z',
      childNames: ['Jon Smyth'],
      reportVersion: 4,
      responseDueAt: '2026-11-23T17:00:00Z',
      openInvestigations: [{ investigationId: 'i1', number: 'I-2026-000001', unitName: 'North Investigations Unit', abilities: { open: false } }],
    };
    expect(screeningSummaryOf({ kind: 'screening_decision', summary })).toEqual(summary);
    // An older server's summary without the clock or the open investigations reads as none.
    expect(screeningSummaryOf({ kind: 'screening_decision', summary: { ...summary, responseDueAt: undefined, openInvestigations: undefined } })).toMatchObject({
      responseDueAt: null,
      openInvestigations: [],
    });
    expect(screeningSummaryOf({ kind: 'safety_plan', summary })).toBeNull();
    expect(screeningSummaryOf({ kind: 'screening_decision', summary: {} })).toBeNull();
  });

  const history: ApprovalHistoryEntry[] = [
    { action: 'requested', at: '2026-11-23T15:00:00Z', by: 'Hannah Ortiz', to: 'Samuel Reyes', comment: null },
    { action: 'delegated', at: '2026-11-23T15:00:00Z', by: 'Hannah Ortiz', to: 'Gloria Alvarez', comment: 'The supervisor is away; routed to their delegate.' },
    { action: 'returned', at: '2026-11-23T16:00:00Z', by: 'Gloria Alvarez', to: null, comment: 'Add the father.' },
  ];

  it('tells a delegated request apart', () => {
    expect(wasDelegated(history)).toBe(true);
    expect(wasDelegated(history.slice(0, 1))).toBe(false);
  });

  it('says each history entry in the reader’s language and keeps people’s comments, not the system’s', () => {
    expect(history.map((entry) => historyLine(entry, en))).toEqual([
      'Requested by Hannah Ortiz, for Samuel Reyes',
      'Routed to Gloria Alvarez, the delegate, while the supervisor is away',
      'Returned by Gloria Alvarez',
    ]);
    expect(historyLine(history[1]!, es)).toBe('Enviada a Gloria Alvarez, la persona delegada, mientras el supervisor está ausente');
    expect(history.map(historyComment)).toEqual([null, null, 'Add the father.']);
  });
});

describe('time away (SUP-3)', () => {
  const today = '2026-11-23';
  const valid = { startsOn: '2026-11-23', endsOn: '2026-11-27', delegateId: 'gloria' };

  it('accepts a range from today with a delegate', () => {
    expect(absenceProblems(valid, today)).toEqual({});
  });

  it('says what is missing, per field', () => {
    expect(absenceProblems({ startsOn: '', endsOn: '', delegateId: '' }, today)).toEqual({
      startsOn: 'absence.startsOnRequired',
      endsOn: 'absence.endsOnRequired',
      delegateId: 'absence.delegateRequired',
    });
  });

  it('refuses a last day before the first or already past', () => {
    expect(absenceProblems({ ...valid, endsOn: '2026-11-22', startsOn: '2026-11-24' }, today)).toEqual({ endsOn: 'absence.endsBeforeStart' });
    expect(absenceProblems({ ...valid, startsOn: '2026-11-01', endsOn: '2026-11-20' }, today)).toEqual({ endsOn: 'absence.endsInPast' });
    expect(absenceProblems({ ...valid, startsOn: '23/11/2026' }, today)).toEqual({ startsOn: 'persons.dateInvalid' });
  });

  it('knows when someone is away today, both days included', () => {
    expect(isAwayOn(valid, '2026-11-23')).toBe(true);
    expect(isAwayOn(valid, '2026-11-27')).toBe(true);
    expect(isAwayOn(valid, '2026-11-28')).toBe(false);
  });
});
