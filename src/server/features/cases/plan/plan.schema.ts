import { z } from 'zod';
import { planParts } from '../../../../domain/case-plan/plan-completeness.js';
import { calendarDate, storableString, text, version } from '../../../platform/edge-schemas.js';
import { calendarDateOut, momentOut, nullableText, uuidOut, versionOut } from '../../../platform/response-parts.js';
import { isPngDataUrl, MAX_DRAWING_CHARS } from '../../safety-plans/safety-plans.schema.js';

// --- code lists of the case plan (PLAN-1, PLAN-5, PLAN-6) ---

export const casePlanStatuses = ['draft', 'submitted', 'approved', 'returned'] as const;
export const objectiveStatuses = ['open', 'achieved', 'dropped'] as const;
export const responsibleKinds = ['participant', 'provider', 'agency'] as const;
export const signerRoles = ['parent', 'child', 'caregiver'] as const;
export const agreementOutcomes = ['agreed', 'disagreed', 'not_reached'] as const;
export const evidenceSources = ['parent', 'child', 'provider', 'worker', 'other'] as const;
export const reviewOutcomes = ['continue', 'achieved', 'revise', 'drop'] as const;

/**
 * AGENCY TO SET: no profile names a progress scale yet (PLAN-6 asks for "a rating scale from the
 * profile"). This small code list judges change in behaviour, never attendance, until the agency
 * puts its own scale in its profile.
 */
export const progressRatings = ['no_change', 'some_change', 'substantial_change', 'sustained_change'] as const;

const date = calendarDate('Use a date like 2026-12-31');

// --- what a client sends ---

export const caseParams = z.object({ caseId: z.uuid('Not a valid case id') });
export const planParams = z.object({ planId: z.uuid('Not a valid case plan id') });
/** PLAN-7: the language the printed plan is in; the family's, English when not said. */
export const documentQuery = z.object({ language: z.enum(['en', 'es'], 'Choose en (English) or es (Spanish)').default('en') });

export const diffQuery = z.object({ against: z.uuid('Not a valid case plan id').optional() });

/** Starts the first draft, or (revise) a new draft copied from the approved version. The id is the client's, so a double click makes one. */
export const newVersionInput = z.object({ id: z.uuid('Send a new id (a UUID) for this version of the plan') });

const actionStep = z
  .object({
    id: z.uuid('Send a stable id (a UUID) for this action step'),
    text: text(2000).default(''),
    responsibleKind: z.enum(responsibleKinds, 'Choose a person on the case, a provider or the agency').nullable().default(null),
    responsiblePersonId: z.uuid('Choose a person on the case').nullable().default(null),
    responsibleName: text(200).nullable().default(null),
    dueDate: date.nullable().default(null),
  })
  .superRefine((s, issue) => {
    if (s.responsibleKind === 'participant' && !s.responsiblePersonId)
      issue.addIssue({ code: 'custom', path: ['responsiblePersonId'], message: 'Choose the person on the case', params: { reason: 'required' } });
    if ((s.responsibleKind === 'provider' || s.responsibleKind === 'agency') && !s.responsibleName)
      issue.addIssue({ code: 'custom', path: ['responsibleName'], message: 'Name the provider or agency', params: { reason: 'required' } });
  });

/** An objective: behaviourally specific, measured by a change the family and worker can see, time-limited. */
const objective = z.object({
  id: z.uuid('Send a stable id (a UUID) for this objective; keep it in later versions'),
  goalId: z.uuid('Choose the goal this objective serves'),
  part: z.enum(planParts, 'Choose safety, child needs, permanency or well-being'),
  text: text(2000).default(''),
  measure: text(2000).default(''),
  startDate: date.nullable().default(null),
  targetDate: date.nullable().default(null),
  status: z.enum(objectiveStatuses).default('open'),
  needIds: z.array(z.uuid('Choose a need from the family assessment')).max(20).default([]),
  findings: z.array(text(500).min(1, 'Name the finding')).max(20).default([]),
  actionSteps: z.array(actionStep).max(30).default([]),
});

const goal = z.object({ id: z.uuid('Send a stable id (a UUID) for this goal'), text: text(2000).default('') });

const distinct = (ids: string[]) => new Set(ids).size === ids.length;

/**
 * The whole draft as the worker and family have it now. A draft may be incomplete (submitting lists
 * what is missing); what is wrong in itself — a target before the start, a repeated id, an
 * objective for a goal not in the plan — is refused at once, field by field.
 */
export const savePlanInput = z
  .object({
    version,
    startDate: date.nullable().default(null),
    goals: z.array(goal).max(20).default([]),
    objectives: z.array(objective).max(60).default([]),
  })
  .superRefine((plan, issue) => {
    const goalIds = new Set(plan.goals.map((g) => g.id));
    if (!distinct(plan.goals.map((g) => g.id))) issue.addIssue({ code: 'custom', path: ['goals'], message: 'Two goals have the same id' });
    if (!distinct(plan.objectives.map((o) => o.id))) issue.addIssue({ code: 'custom', path: ['objectives'], message: 'Two objectives have the same id' });
    if (!distinct(plan.objectives.flatMap((o) => o.actionSteps.map((s) => s.id))))
      issue.addIssue({ code: 'custom', path: ['objectives'], message: 'Two action steps have the same id' });
    plan.objectives.forEach((o, i) => {
      if (!goalIds.has(o.goalId)) issue.addIssue({ code: 'custom', path: ['objectives', i, 'goalId'], message: 'Choose a goal of this plan' });
      const start = o.startDate ?? plan.startDate;
      if (start && o.targetDate && o.targetDate < start)
        issue.addIssue({
          code: 'custom',
          path: ['objectives', i, 'targetDate'],
          message: 'The target date cannot be before the start',
          params: { reason: 'target_before_start', start },
        });
    });
  });
export type SavePlanInput = z.infer<typeof savePlanInput>;

export const submitPlanInput = z.object({ version });

/**
 * A parent's or child's agreement (or disagreement) in their own words, signed typed or drawn as
 * for safety plans — or a parent who could not be reached, with the efforts made. `planVersion` is
 * the version of the plan they were shown: an older one is refused.
 */
export const agreementInput = z
  .object({
    id: z.uuid('Send a new id (a UUID) so a retried request records one agreement'),
    planVersion: version,
    personId: z.uuid('Choose a person on the case'),
    signerRole: z.enum(signerRoles, 'Choose parent, child or caregiver'),
    outcome: z.enum(agreementOutcomes, 'Choose agreed, disagreed or could not be reached'),
    ownWords: text(4000).nullable().default(null),
    method: z.enum(['typed', 'drawn'], 'Choose typed or drawn').nullable().default(null),
    typedName: text(200).nullable().default(null),
    drawing: storableString().max(MAX_DRAWING_CHARS, 'The drawn signature is too large').nullable().default(null),
    efforts: text(4000).nullable().default(null),
  })
  .superRefine((a, issue) => {
    const need = (path: string, message: string) => issue.addIssue({ code: 'custom', path: [path], message, params: { reason: 'required' } });
    if (a.outcome === 'not_reached') {
      if (!a.efforts) need('efforts', 'Say what was done to reach them');
      if (a.method) issue.addIssue({ code: 'custom', path: ['method'], message: 'Someone not reached does not sign' });
      return;
    }
    if (!a.method) need('method', 'Sign typed or drawn');
    if (a.method === 'typed' && !a.typedName) need('typedName', 'Type the name of the person signing');
    if (a.method === 'typed' && a.drawing) issue.addIssue({ code: 'custom', path: ['drawing'], message: 'A typed signature has no drawing' });
    if (a.method === 'drawn' && !isPngDataUrl(a.drawing)) need('drawing', 'Draw the signature (a PNG image)');
  });
export type AgreementInput = z.infer<typeof agreementInput>;

const rating = z
  .object({
    objectiveId: z.uuid('Choose an objective of the plan'),
    rating: z.enum(progressRatings, 'Choose how much the behaviour has changed'),
    evidence: text(4000).min(1, 'Say what was seen or heard that shows the change'),
    evidenceFrom: z.enum(evidenceSources, 'Say who gave the evidence'),
    givenByPersonId: z.uuid('Choose a person on the case').nullable().default(null),
    givenByName: text(200).nullable().default(null),
    outcome: z.enum(reviewOutcomes, 'Choose continue, achieved, revise or drop'),
  })
  .refine((r) => r.evidenceFrom !== 'provider' || !!r.givenByName, {
    path: ['givenByName'],
    message: 'Name the provider',
    params: { reason: 'required' },
  });

/** PLAN-6: progress judged on behaviour change, objective by objective, with the family's view. */
export const reviewInput = z.object({
  id: z.uuid('Send a new id (a UUID) so a retried request records one review'),
  reviewedOn: date,
  familyView: text(4000).min(1, 'Write the family’s view, in their words'),
  meetingId: z.uuid('Choose a family team meeting of this case').nullable().default(null),
  ratings: z
    .array(rating)
    .min(1, 'Rate at least one objective')
    .max(60)
    .refine((list) => distinct(list.map((r) => r.objectiveId)), 'Each objective once'),
});
export type ReviewInput = z.infer<typeof reviewInput>;

// --- what the routes answer ---

const gap = z.object({ code: z.string(), path: z.string(), subjectId: z.string() });

export const planVersionItem = z.object({
  id: uuidOut,
  versionNo: z.number().int(),
  status: z.enum(casePlanStatuses),
  previousId: uuidOut.nullable(),
  createdAt: momentOut,
  decidedAt: momentOut.nullable(),
});
export const planListAnswer = z.object({ items: z.array(planVersionItem), abilities: z.object({ start: z.boolean() }) });

export const planAnswer = z.object({
  id: uuidOut,
  caseId: uuidOut,
  versionNo: z.number().int(),
  status: z.enum(casePlanStatuses),
  version: versionOut,
  previousId: uuidOut.nullable(),
  startDate: calendarDateOut.nullable(),
  returnComment: nullableText,
  goals: z.array(z.object({ id: uuidOut, text: z.string() })),
  objectives: z.array(
    z.object({
      id: uuidOut,
      goalId: uuidOut,
      part: z.enum(planParts),
      text: z.string(),
      measure: z.string(),
      startDate: calendarDateOut.nullable(),
      targetDate: calendarDateOut.nullable(),
      status: z.enum(objectiveStatuses),
      needIds: z.array(uuidOut),
      findings: z.array(z.string()),
      actionSteps: z.array(
        z.object({
          id: uuidOut,
          text: z.string(),
          responsibleKind: z.enum(responsibleKinds).nullable(),
          responsiblePersonId: uuidOut.nullable(),
          responsibleName: nullableText,
          dueDate: calendarDateOut.nullable(),
        }),
      ),
    }),
  ),
  needs: z.array(z.object({ id: uuidOut, priority: z.number().int(), text: z.string(), addressed: z.boolean() })),
  gaps: z.array(gap),
  unaddressedNeedIds: z.array(uuidOut),
  agreements: z.array(
    z.object({
      id: uuidOut,
      personId: uuidOut,
      name: z.string(),
      signerRole: z.enum(signerRoles),
      outcome: z.enum(agreementOutcomes),
      ownWords: nullableText,
      method: z.enum(['typed', 'drawn']).nullable(),
      efforts: nullableText,
      planVersion: z.number().int(),
      /** False when the plan changed after this agreement: it was given to an earlier reading. */
      current: z.boolean(),
      recordedAt: momentOut,
    }),
  ),
  /** Parents on the case who have not yet agreed, disagreed or been recorded as not reached for this version. */
  awaitingAgreement: z.array(z.object({ personId: uuidOut, name: z.string() })),
  reviews: z.array(
    z.object({
      id: uuidOut,
      reviewedOn: calendarDateOut,
      familyView: z.string(),
      meetingId: uuidOut.nullable(),
      ratings: z.array(
        z.object({
          objectiveId: uuidOut,
          rating: z.string(),
          evidence: z.string(),
          evidenceFrom: z.enum(evidenceSources),
          givenByPersonId: uuidOut.nullable(),
          givenByName: nullableText,
          outcome: z.enum(reviewOutcomes),
        }),
      ),
    }),
  ),
  ratingScale: z.object({ codes: z.array(z.string()), agencyToSet: z.boolean() }),
  abilities: z.object({ edit: z.boolean(), submit: z.boolean(), revise: z.boolean(), sign: z.boolean(), review: z.boolean() }),
});

const diffObjective = z.object({
  id: uuidOut,
  text: z.string(),
  measure: z.string(),
  targetDate: calendarDateOut.nullable(),
  status: z.enum(objectiveStatuses),
  needIds: z.array(uuidOut).readonly(),
});
const fieldChange = z.object({ field: z.string(), before: z.unknown(), after: z.unknown() });
const objectiveChange = z.object({ id: uuidOut, before: diffObjective, after: diffObjective, changes: z.array(fieldChange) });

/** PLAN-5: what changed from one version to another, objective by stable id. */
export const diffAnswer = z.object({
  from: z.object({ id: uuidOut, versionNo: z.number().int() }),
  to: z.object({ id: uuidOut, versionNo: z.number().int() }),
  added: z.array(diffObjective),
  changed: z.array(objectiveChange),
  achieved: z.array(objectiveChange),
  dropped: z.array(z.object({ id: uuidOut, objective: diffObjective, removed: z.boolean(), changes: z.array(fieldChange) })),
  unchanged: z.number().int(),
});
