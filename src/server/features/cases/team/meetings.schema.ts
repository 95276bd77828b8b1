import { z } from 'zod';
import { attendanceModes, meetingReasons, meetingStatuses, teamRoles } from '../../../../domain/code-lists.js';
import { calendarDate, moment, text, version } from '../../../platform/edge-schemas.js';
import { calendarDateOut, momentOut, nullableText, uuidOut, versionOut } from '../../../platform/response-parts.js';
import { teamParams } from './team.schema.js';

// --- family team meetings (ENG-4) and their full-disclosure record (ENG-5) ---

export const meetingListParams = teamParams;
export const meetingParams = z.object({ id: z.uuid('Not a valid meeting id') });
export const followUpParams = z.object({ id: z.uuid('Not a valid meeting id'), followUpId: z.uuid('Not a valid follow-up id') });
export const meetingLanguages = ['en', 'es'] as const;
export const summaryQuery = z.object({ language: z.enum(meetingLanguages).optional() });

const invited = z.array(z.uuid('Choose members of the team')).max(60, 'At most 60 people are invited');

/** Schedules a meeting. A meeting a parent or youth asked for names them, and opens the profile's task. */
export const scheduleMeetingInput = z
  .object({
    id: z.uuid('Send a new id for this meeting'),
    reason: z.enum(meetingReasons),
    requestedBy: z.uuid('Choose who asked for the meeting').optional(),
    scheduledFor: moment(),
    location: text(200).optional(),
    agenda: text(4000).optional(),
    language: z.enum(meetingLanguages).default('en'),
    invitedMemberIds: invited.default([]),
  })
  .refine((m) => m.reason !== 'requested' || !!m.requestedBy, {
    path: ['requestedBy'],
    message: 'Say who asked for the meeting',
    params: { reason: 'required' },
  });
export type ScheduleMeetingInput = z.infer<typeof scheduleMeetingInput>;

/** Reschedules a meeting that has not been held, or changes its agenda and invitations. */
export const updateMeetingInput = z.object({
  version,
  scheduledFor: moment().optional(),
  location: text(200).nullable().optional(),
  agenda: text(4000).nullable().optional(),
  language: z.enum(meetingLanguages).optional(),
  invitedMemberIds: invited.optional(),
});
export type UpdateMeetingInput = z.infer<typeof updateMeetingInput>;

const followUp = z
  .object({
    id: z.uuid('Send a new id for this follow-up'),
    action: text(1000).min(1, 'Say what is to be done'),
    responsibleMemberId: z.uuid('Choose a member of the team').optional(),
    responsibleName: text(200).optional(),
    dueOn: calendarDate('Use a date like 2026-12-31'),
  })
  .refine((f) => !!f.responsibleMemberId || !!f.responsibleName, {
    path: ['responsibleMemberId'],
    message: 'Say who is responsible',
    params: { reason: 'required' },
  });

/**
 * What happened at the meeting: who came and how, the family's own words, the decisions, the
 * follow-ups, and for every item on the profile's disclosure list whether it was explained and how
 * the family responded. Saving it marks the meeting held; saving again corrects the record.
 */
/** Each member, item and follow-up once: a repeat is a mistake in the form, said as such. */
const once =
  <T>(key: (item: T) => string, message: string) =>
  (list: T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      if (seen.has(key(item))) ctx.addIssue({ code: 'custom', path: [i], message, params: { reason: 'repeated' } });
      seen.add(key(item));
    });
  };

export const recordMeetingInput = z.object({
  version,
  heldAt: moment(),
  attendance: z
    .array(z.object({ memberId: z.uuid('Choose a member of the team'), attendance: z.enum(attendanceModes) }))
    .max(60)
    .superRefine(once((a: { memberId: string }) => a.memberId, 'This member is listed twice')),
  familyWords: text(8000).min(1, 'Write what the family said, in their words'),
  decisions: text(8000).min(1, 'Write the decisions the team made'),
  disclosures: z
    .array(z.object({ code: z.string().regex(/^[a-z][a-z0-9_]*$/, 'Not a disclosure item'), explained: z.boolean(), familyResponse: text(2000).optional() }))
    .max(40)
    .superRefine(once((d: { code: string }) => d.code, 'This item is answered twice')),
  followUps: z
    .array(followUp)
    .max(50)
    .superRefine(once((f: { id: string }) => f.id, 'This follow-up is listed twice')),
});
export type RecordMeetingInput = z.infer<typeof recordMeetingInput>;

export const cancelMeetingInput = z.object({ version, reason: text(1000).min(1, 'Say why the meeting is cancelled') });
export const followUpDoneInput = z.object({ version, doneOn: calendarDate('Use a date like 2026-12-31').nullable() });

const bilingual = z.object({ en: z.string(), es: z.string() });

export const meetingItemAnswer = z.object({
  id: uuidOut,
  reason: z.enum(meetingReasons),
  status: z.enum(meetingStatuses),
  scheduledFor: momentOut,
  heldAt: momentOut.nullable(),
  openFollowUps: z.number().int(),
});
export const meetingListAnswer = z.object({ items: z.array(meetingItemAnswer), abilities: z.object({ schedule: z.boolean() }) });

export const meetingAnswer = z.object({
  id: uuidOut,
  caseId: uuidOut,
  caseNumber: z.string(),
  reason: z.enum(meetingReasons),
  requestedBy: uuidOut.nullable(),
  requestedByName: nullableText,
  scheduledFor: momentOut,
  location: nullableText,
  agenda: nullableText,
  language: z.enum(meetingLanguages),
  status: z.enum(meetingStatuses),
  heldAt: momentOut.nullable(),
  familyWords: nullableText,
  decisions: nullableText,
  cancelledReason: nullableText,
  version: versionOut,
  attendees: z.array(z.object({ memberId: uuidOut, name: z.string(), role: z.enum(teamRoles), attendance: z.enum(attendanceModes).nullable() })),
  followUps: z.array(
    z.object({
      id: uuidOut,
      action: z.string(),
      responsibleMemberId: uuidOut.nullable(),
      responsibleName: z.string(),
      dueOn: calendarDateOut,
      doneOn: calendarDateOut.nullable(),
      version: versionOut,
    }),
  ),
  disclosures: z.array(
    z.object({ code: z.string(), label: bilingual, explanation: bilingual, explained: z.boolean().nullable(), familyResponse: nullableText }),
  ),
  team: z.array(z.object({ id: uuidOut, name: z.string(), role: z.enum(teamRoles) })),
  abilities: z.object({ edit: z.boolean() }),
});
