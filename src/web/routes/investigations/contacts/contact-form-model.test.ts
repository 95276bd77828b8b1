import { describe, expect, it } from 'vitest';
import type { Contact } from '../../../api/investigation-types';
import {
  contactFieldOfPath,
  contactFormFromContact,
  emptyContactForm,
  newestFirst,
  toContactInput,
  toggleParticipant,
  validateContact,
} from './contact-form-model';

const zone = 'America/New_York';
const now = new Date('2026-11-22T15:30:00Z'); // 10:30 in New York
const maya = 'a0000000-0000-4000-8000-000000000001';
const mother = 'a0000000-0000-4000-8000-000000000002';
const people = [{ personId: maya }, { personId: mother }];

const valid = () => ({
  ...emptyContactForm(now, zone),
  participants: { [mother]: { present: true, seen: true, interviewedPrivately: false }, [maya]: { present: true, seen: true, interviewedPrivately: true } },
  childrenSafe: 'yes' as const,
});

describe('contact form (INV-1, INV-2)', () => {
  it('starts at now in the agency zone, as a completed face-to-face visit at home, with the safety check unanswered', () => {
    const values = emptyContactForm(now, zone);
    expect(values.occurredAt).toBe('2026-11-22T10:30');
    expect(values).toMatchObject({ outcome: 'completed', method: 'face_to_face', location: 'home', childrenSafe: '' });
    expect(validateContact(values, now, zone).map((p) => p.field)).toEqual(['participants', 'childrenSafe']);
  });

  it('asks for the safety check at every contact, and for the concerns when the children are not safe (INV-2)', () => {
    expect(validateContact({ ...valid(), childrenSafe: '' }, now, zone)).toEqual([{ field: 'childrenSafe', key: 'inv.contact.error.childrenSafe' }]);
    expect(validateContact({ ...valid(), childrenSafe: 'no', concerns: '  ' }, now, zone)).toEqual([{ field: 'concerns', key: 'inv.contact.error.concerns' }]);
    expect(validateContact({ ...valid(), childrenSafe: 'no', concerns: 'Bruise on arm' }, now, zone)).toEqual([]);
    expect(validateContact({ ...valid(), childrenSafe: 'not_assessed' }, now, zone)).toEqual([]);
  });

  it('needs someone at a completed contact, but not at an attempted one', () => {
    expect(validateContact({ ...valid(), participants: {} }, now, zone).map((p) => p.field)).toEqual(['participants']);
    expect(validateContact({ ...valid(), participants: {}, outcome: 'attempted' }, now, zone)).toEqual([]);
  });

  it('refuses a time in the future or not a time, and asks where "other" was', () => {
    expect(validateContact({ ...valid(), occurredAt: '2026-11-22T12:00' }, now, zone).map((p) => p.key)).toEqual(['inv.contact.error.occurredAtFuture']);
    expect(validateContact({ ...valid(), occurredAt: '2026-11-22T10:33' }, now, zone)).toEqual([]);
    expect(validateContact({ ...valid(), occurredAt: '' }, now, zone).map((p) => p.key)).toEqual(['inv.contact.error.occurredAtMissing']);
    expect(validateContact({ ...valid(), occurredAt: 'yesterday' }, now, zone).map((p) => p.key)).toEqual(['inv.contact.error.occurredAtInvalid']);
    expect(validateContact({ ...valid(), location: 'other' }, now, zone).map((p) => p.field)).toEqual(['locationNote']);
  });

  it('sends the agency-zone time as an instant and only the people who took part, in the report order', () => {
    const values = {
      ...valid(),
      participants: {
        [mother]: { present: true, seen: false, interviewedPrivately: false },
        stranger: { present: false, seen: false, interviewedPrivately: false },
      },
      notes: '  Spoke at the door ',
    };
    const input = toContactInput(values, zone, people);
    expect(input.occurredAt).toBe('2026-11-22T15:30:00.000Z');
    expect(input.participants).toEqual([{ personId: mother, seen: false, interviewedPrivately: false }]);
    expect(input.notes).toBe('Spoke at the door');
    expect(input.safetyCheck).toEqual({ childrenSafe: 'yes', concerns: '' });
  });

  it('treats seeing or interviewing someone as their taking part, and unticking "took part" clears both', () => {
    expect(toggleParticipant(undefined, 'seen', true)).toEqual({ present: true, seen: true, interviewedPrivately: false });
    expect(toggleParticipant({ present: true, seen: true, interviewedPrivately: true }, 'present', false)).toEqual({
      present: false,
      seen: false,
      interviewedPrivately: false,
    });
    expect(toggleParticipant({ present: true, seen: true, interviewedPrivately: false }, 'seen', false)).toEqual({
      present: true,
      seen: false,
      interviewedPrivately: false,
    });
  });

  it('round-trips a saved contact into the form for editing', () => {
    const contact: Contact = {
      id: 'c1',
      investigationId: 'i1',
      version: 3,
      createdByName: 'Ivy Chen',
      occurredAt: '2026-11-21T14:05:00.000Z',
      outcome: 'completed',
      method: 'video',
      location: 'other',
      locationNote: 'Library',
      purpose: '',
      notes: '',
      participants: [{ personId: maya, name: 'Maya', seen: true, interviewedPrivately: true }],
      safetyCheck: { childrenSafe: 'no', concerns: 'No food' },
      createdAt: '2026-11-21T15:00:00.000Z',
      updatedAt: '2026-11-21T15:00:00.000Z',
    };
    const values = contactFormFromContact(contact, zone);
    expect(values).toMatchObject({
      occurredAt: '2026-11-21T09:05',
      method: 'video',
      locationNote: 'Library',
      purpose: '',
      childrenSafe: 'no',
      concerns: 'No food',
    });
    expect(toContactInput(values, zone, people).participants).toEqual([{ personId: maya, seen: true, interviewedPrivately: true }]);
  });

  it('lists contacts newest first', () => {
    const at = (id: string, occurredAt: string) => ({ id, occurredAt }) as Contact;
    expect(newestFirst([at('a', '2026-11-20T10:00:00Z'), at('b', '2026-11-22T10:00:00Z'), at('c', '2026-11-21T10:00:00Z')]).map((c) => c.id)).toEqual([
      'b',
      'c',
      'a',
    ]);
  });

  it('puts a server field error on the field it is about', () => {
    expect(['occurredAt', 'safetyCheck.concerns', 'safetyCheck', 'participants.1.personId', 'locationNote', 'version'].map(contactFieldOfPath)).toEqual([
      'occurredAt',
      'concerns',
      'childrenSafe',
      'participants',
      'locationNote',
      null,
    ]);
  });
});
