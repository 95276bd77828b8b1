import { z } from 'zod';
import { calendarDate, moment, text, version } from '../../../platform/edge-schemas.js';
import { calendarDateOut, momentOut, nullableText, uuidOut, versionOut } from '../../../platform/response-parts.js';

// --- caseworker visits: planned (VIS-2) and recorded (VIS-3) ---

export const visitStatuses = ['planned', 'recorded', 'cancelled'] as const;
export const visitLocations = ['residence', 'placement', 'school', 'office', 'other'] as const;
export const visitTopicKinds = ['objective', 'follow_up', 'own'] as const;
export const visitPersonRoles = ['child', 'parent', 'other_adult'] as const;
export const progressGivers = ['parent', 'child', 'relative', 'provider', 'worker', 'other'] as const;

export const caseVisitsParams = z.object({ caseId: z.uuid('Not a valid case id') });
export const visitParams = z.object({ visitId: z.uuid('Not a valid visit id') });

/** Each item once: a repeat is a mistake in the form, said as such on the repeated entry. */
const once =
  <T>(key: (item: T) => string, message: string) =>
  (list: T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      if (seen.has(key(item))) ctx.addIssue({ code: 'custom', path: [i], message, params: { reason: 'repeated' } });
      seen.add(key(item));
    });
  };

/**
 * A topic for the visit: an objective of the case plan or an open follow-up from a family team
 * meeting (by id, with its wording as the worker saw it), or the worker's own.
 */
const topic = z
  .object({
    kind: z.enum(visitTopicKinds),
    refId: z.uuid('Choose an objective or follow-up').nullable().optional(),
    text: text(1000).min(1, 'Say what the topic is'),
  })
  .refine((t) => t.kind === 'own' || !!t.refId, { path: ['refId'], message: 'Choose the objective or follow-up', params: { reason: 'required' } })
  .refine((t) => t.kind !== 'own' || !t.refId, {
    path: ['refId'],
    message: 'Your own topic has no objective or follow-up',
    params: { reason: 'not_expected' },
  });
const topics = z
  .array(topic)
  .max(30, 'At most 30 topics')
  .superRefine(
    once(
      (t: { kind: string; refId?: string | null | undefined; text: string }) => (t.refId ? `${t.kind}:${t.refId}` : `own:${t.text}`),
      'This topic is listed twice',
    ),
  );

/** Plans a visit. `id` is the client's, so a double tap plans one visit. */
export const planVisitInput = z.object({
  id: z.uuid('Send a new id for this visit'),
  plannedFor: calendarDate(),
  purpose: text(2000).min(1, 'Say what the visit is for'),
  topics: topics.default([]),
});
export type PlanVisitInput = z.infer<typeof planVisitInput>;

const person = z
  .object({
    personId: z.uuid('Choose someone on the case'),
    seen: z.boolean('Say whether they were seen'),
    notSeenReason: text(1000).optional(),
    privateTimeMinutes: z
      .number('Minutes, as a whole number')
      .int('Minutes, as a whole number')
      .min(1, 'At least 1 minute')
      .max(600, 'At most 600 minutes')
      .optional(),
  })
  .refine((p) => p.seen || !!p.notSeenReason, { path: ['notSeenReason'], message: 'Say why they were not seen', params: { reason: 'required' } })
  .refine((p) => p.seen || p.privateTimeMinutes === undefined, {
    path: ['privateTimeMinutes'],
    message: 'Private time needs them to have been seen',
    params: { reason: 'not_expected' },
  });

const progress = z
  .object({
    id: z.uuid('Send a new id for this progress note'),
    objectiveId: z.uuid('Choose an objective discussed'),
    note: text(4000).min(1, 'Describe the progress: what changed in what people do'),
    givenBy: z
      .object({ kind: z.enum(progressGivers), personId: z.uuid('Choose someone on the case').optional(), name: text(200).optional() })
      .refine((g) => g.kind === 'worker' || !!g.personId || !!g.name, { path: ['name'], message: 'Say who gave it', params: { reason: 'required' } }),
  })
  .strict();

/**
 * What happened at the visit (VIS-3). Saving it marks the visit recorded; saving again at the new
 * version corrects the record. `topics`, when sent, replace the planned ones (a visit covers what
 * came up).
 */
export const recordVisitInput = z.object({
  version,
  occurredAt: moment(),
  location: z
    .object({ kind: z.enum(visitLocations), note: text(500).optional() })
    .refine((l) => l.kind !== 'other' || !!l.note, { path: ['note'], message: 'Say where the visit was', params: { reason: 'required' } }),
  topics: topics.optional(),
  people: z
    .array(person)
    .max(60)
    .superRefine(once((p: { personId: string }) => p.personId, 'This person is listed twice')),
  safety: z
    .object({
      newConcerns: z.boolean('Say whether there are new safety concerns'),
      childrenSafe: z.boolean('Say whether the children are safe'),
      note: text(4000).optional(),
    })
    .refine((s) => (!s.newConcerns && s.childrenSafe) || !!s.note, {
      path: ['note'],
      message: 'Describe the safety concern and what was done',
      params: { reason: 'required' },
    }),
  familyWords: text(8000).min(1, 'Write what the family said, in their words'),
  nextSteps: text(4000).min(1, 'Write the next steps'),
  nextVisitOn: calendarDate().optional(),
  progress: z
    .array(progress)
    .max(30)
    .superRefine(once((p: { objectiveId: string }) => p.objectiveId, 'Progress on this objective is noted twice')),
});
export type RecordVisitInput = z.infer<typeof recordVisitInput>;

/** Changes a planned visit's day, purpose or topics, at the version read. */
export const updateVisitPlanInput = z.object({
  version,
  plannedFor: calendarDate().optional(),
  purpose: text(2000).min(1, 'Say what the visit is for').optional(),
  topics: topics.optional(),
});
export type UpdateVisitPlanInput = z.infer<typeof updateVisitPlanInput>;

export const cancelVisitInput = z.object({ version, reason: text(1000).min(1, 'Say why the visit is cancelled') });

// --- answers ---

const topicAnswer = z.object({ kind: z.enum(visitTopicKinds), refId: uuidOut.nullable(), text: z.string() });
const householdMember = z.object({ personId: uuidOut, name: z.string(), role: z.enum(visitPersonRoles) });

export const visitItemAnswer = z.object({
  id: uuidOut,
  status: z.enum(visitStatuses),
  plannedFor: calendarDateOut.nullable(),
  occurredAt: momentOut.nullable(),
  purpose: z.string(),
  locationKind: z.enum(visitLocations).nullable(),
  childrenSeen: z.number().int(),
  childrenNotSeen: z.number().int(),
});
export const visitListAnswer = z.object({ items: z.array(visitItemAnswer), abilities: z.object({ plan: z.boolean() }) });

export const visitAnswer = z.object({
  id: uuidOut,
  caseId: uuidOut,
  caseNumber: z.string(),
  status: z.enum(visitStatuses),
  plannedFor: calendarDateOut.nullable(),
  purpose: z.string(),
  topics: z.array(topicAnswer),
  occurredAt: momentOut.nullable(),
  occurredOn: calendarDateOut.nullable(),
  location: z.object({ kind: z.enum(visitLocations), note: nullableText }).nullable(),
  safety: z.object({ newConcerns: z.boolean(), childrenSafe: z.boolean(), note: nullableText }).nullable(),
  familyWords: nullableText,
  nextSteps: nullableText,
  nextVisitOn: calendarDateOut.nullable(),
  cancelledReason: nullableText,
  version: versionOut,
  people: z.array(
    z.object({
      personId: uuidOut,
      name: z.string(),
      role: z.enum(visitPersonRoles),
      seen: z.boolean(),
      notSeenReason: nullableText,
      privateTimeMinutes: z.number().int().nullable(),
    }),
  ),
  progress: z.array(
    z.object({
      id: uuidOut,
      objectiveId: uuidOut,
      objectiveText: z.string(),
      note: z.string(),
      givenBy: z.object({ kind: z.enum(progressGivers), personId: uuidOut.nullable(), name: nullableText }),
    }),
  ),
  /** Who the record must cover: every child in the home, and the parents who may have private time. */
  household: z.array(householdMember),
  createdByName: z.string(),
  recordedByName: nullableText,
  abilities: z.object({ edit: z.boolean() }),
});

// --- the visit schedule (VIS-1) ---

export const scheduleStatuses = ['met', 'due', 'overdue'] as const;
export const visitScheduleAnswer = z.object({
  caseType: z.enum(['in_home', 'out_of_home']),
  riskLevel: z.enum(['low', 'moderate', 'high', 'very_high']).nullable(),
  /** set: the profile gives a frequency; agency_to_set: the profile leaves it to the agency; risk_unknown: waits for the risk assessment. */
  standard: z.object({
    kind: z.enum(['set', 'agency_to_set', 'risk_unknown', 'none']),
    visits: z.number().int().nullable(),
    per: z.enum(['week', 'month']).nullable(),
    inResidenceShare: z.number().nullable(),
    source: nullableText,
    note: nullableText,
  }),
  today: calendarDateOut,
  children: z.array(
    z.object({
      personId: uuidOut,
      name: z.string(),
      lastSeenOn: calendarDateOut.nullable(),
      due: z
        .object({
          periodStart: calendarDateOut,
          dueBy: calendarDateOut,
          required: z.number().int(),
          seen: z.number().int(),
          remaining: z.number().int(),
          status: z.enum(scheduleStatuses),
        })
        .nullable(),
    }),
  ),
  nextPlanned: z.array(z.object({ id: uuidOut, plannedFor: calendarDateOut.nullable(), purpose: z.string() })),
});
