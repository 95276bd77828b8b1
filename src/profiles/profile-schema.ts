import { z } from 'zod';

/**
 * A practice profile version (PLAT-3): one jurisdiction's clocks, standards and approval rules as
 * data with an effective date. Every value either names its source or says the agency must set it,
 * so nothing in a profile is a guess dressed up as policy.
 */
const text = z.object({ en: z.string().min(1), es: z.string().min(1) });
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-01-31');

export const durationSchema = z.object({
  amount: z.number().int().min(0),
  unit: z.enum(['hours', 'calendar_days', 'business_days', 'months']),
});

/** A value with where it comes from, or an explicit gap the agency fills in. */
export const sourced = <T extends z.ZodType>(value: T) =>
  z.union([z.object({ value, source: z.string().min(3) }), z.object({ agencyToSet: z.literal(true), note: z.string().optional() })]);
export type Sourced<T> = { value: T; source: string } | { agencyToSet: true; note?: string };
export const isSet = <T>(v: Sourced<T>): v is { value: T; source: string } => 'value' in v;

const holidayRule = z.discriminatedUnion('kind', [
  z.object({
    name: z.string(),
    kind: z.literal('fixed'),
    month: z.number().int().min(1).max(12),
    day: z.number().int().min(1).max(31),
    observed: z.enum(['none', 'nearest_weekday']).optional(),
  }),
  z.object({
    name: z.string(),
    kind: z.literal('nth_weekday'),
    month: z.number().int().min(1).max(12),
    weekday: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6), z.literal(7)]),
    n: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(-1)]),
  }),
  z.object({ name: z.string(), kind: z.literal('day_after'), of: z.string(), days: z.number().int() }),
  z.object({ name: z.string(), kind: z.literal('once'), date: isoDate }),
]);

/** Events the work engine understands; each names the record it is about. */
export const eventTypes = [
  'report.screened_in',
  'contact.completed',
  'safety_assessment.completed',
  'investigation.completed',
  'case.opened',
  'visit.completed',
  'child.removed',
  'child.placed',
  'child.placement_changed',
  'family_team_meeting.held',
  'family_team_meeting.requested',
  'relative.whereabouts_unknown',
  'diligent_search.logged',
  'relatives.located',
  'case_plan.approved',
  'relatives.notified',
  'case.closed',
  'placement.approved',
  'contact.unsafe',
  'safety_plan.approved',
] as const;
export type EventType = (typeof eventTypes)[number];

export const assigneeRoles = ['investigator', 'caseworker', 'supervisor'] as const;

/**
 * A work rule: when `on` happens, a task is due `within` of the event's moment; any `completedBy`
 * event about the same record (and child, when per child) completes it. `repeat` starts the next
 * cycle from the completing event, e.g. a review every 6 months.
 */
export const workRuleSchema = z.object({
  key: z.string().regex(/^[a-z][a-z0-9_]*$/),
  task: text,
  reason: text,
  on: z.enum(eventTypes),
  when: z.object({ caseType: z.enum(['in_home', 'out_of_home']).optional(), emergency: z.boolean().optional(), faceToFace: z.boolean().optional() }).optional(),
  within: z.union([sourced(durationSchema), z.object({ responsePriority: z.literal(true) })]),
  rollToBusinessDay: z.boolean().optional(),
  perChild: z.boolean(),
  assignTo: z.enum(assigneeRoles),
  completedBy: z.array(z.object({ event: z.enum(eventTypes), when: z.object({ faceToFace: z.boolean().optional() }).optional() })).min(1),
  cancelledBy: z.array(z.enum(eventTypes)).default([]),
  repeat: z.boolean().default(false),
  /** Safety-critical: the assignee is notified the moment the task opens, not only before it is due. */
  urgent: z.boolean().optional(),
});
export type WorkRule = z.infer<typeof workRuleSchema>;

export const approvalKinds = [
  'screening_decision',
  'response_priority_override',
  'safety_plan',
  'risk_override',
  'investigation_decision',
  'case_plan',
  'placement',
  'closure',
  'extension',
  'funding',
] as const;

export const investigationDecisions = ['close', 'close_with_referral', 'open_in_home', 'open_out_of_home'] as const;
export const safetyDecisions = ['safe', 'safe_with_plan', 'unsafe'] as const;
export const riskLevels = ['low', 'moderate', 'high', 'very_high'] as const;

/**
 * INV-7: which decisions the profile's guide recommends from the safety decision, the final risk
 * level and whether any allegation was substantiated. The first rule that matches wins; a choice
 * outside its recommendations needs a reason.
 */
const decisionGuideSchema = z.object({
  source: z.string(),
  rules: z
    .array(
      z.object({
        when: z.object({
          safety: z.array(z.enum(safetyDecisions)).optional(),
          risk: z.array(z.enum(riskLevels)).optional(),
          substantiated: z.boolean().optional(),
        }),
        recommend: z.array(z.enum(investigationDecisions)).min(1),
      }),
    )
    .min(1),
});
export type DecisionGuide = z.infer<typeof decisionGuideSchema>;

/**
 * INV-1, INV-4, INV-7 and federal-standards §4: what must hold before an investigation may close
 * or leave an unsafe child at home. Each rule carries the words the profile page shows; the
 * exceptions are the only ways a child never seen face to face may be closed out.
 */
export const closureRulesSchema = z.object({
  source: z.string(),
  childrenSeen: z.object({
    rule: text,
    exceptions: z.array(z.object({ code: z.string().regex(/^[a-z][a-z0-9_]*$/), label: text, minimumAttempts: z.number().int().min(0).max(20) })),
  }),
  unsafe: z.object({ rule: text, allowed: z.array(z.enum(['open_out_of_home', 'open_in_home_with_approved_safety_plan'])).min(1) }),
  safetyPlanSettled: z.object({ rule: text }),
});
export type ClosureRules = z.infer<typeof closureRulesSchema>;

/** INT-5: which allegations must be reported to which agency, and how soon after the report arrives. */
export const crossReportingSchema = z.object({
  rules: z.array(
    z.object({
      maltreatmentTypes: z.array(z.string()).min(1),
      agencyKind: z.enum(['law_enforcement', 'district_attorney', 'licensing', 'tribe', 'military', 'other']),
      rule: text,
      within: sourced(durationSchema),
    }),
  ),
});
export type CrossReporting = z.infer<typeof crossReportingSchema>;

/**
 * ENG-3..5: the child and family team and its meetings. `disclosureItems` is the full-disclosure
 * list a meeting record must answer item by item (GA: "full disclosure regarding laws, regulations,
 * and policies which impact their life situation"); `youthChosen` the federal limit on members a
 * youth picks for their own team.
 */
export const familyTeamingSchema = z.object({
  source: z.string(),
  disclosureItems: z.array(z.object({ code: z.string().regex(/^[a-z][a-z0-9_]*$/), label: text, explanation: text, source: z.string().min(3) })).min(1),
  youthChosen: z.object({ minAge: z.number().int().min(0).max(21), maxMembers: z.number().int().min(0).max(10), source: z.string().min(3) }),
});
export type FamilyTeaming = z.infer<typeof familyTeamingSchema>;
export type ApprovalKind = (typeof approvalKinds)[number];

export const profileVersionSchema = z.object({
  code: z.enum(['ct', 'ga', 'vt']),
  version: z.number().int().positive(),
  effectiveFrom: isoDate,
  name: text,
  summary: text,
  timeZone: z.string().min(3),
  holidays: z.object({ source: z.string(), rules: z.array(holidayRule) }),
  // Most urgent first. `instrumentCodes`: the screening instrument's urgency codes this priority
  // answers, when the instrument's own codes are not the profile's (INT-4, issue 9 item 8).
  responsePriorities: z
    .array(
      z.object({ code: z.string().regex(/^[a-z][a-z0-9_]*$/), label: text, within: sourced(durationSchema), instrumentCodes: z.array(z.string()).optional() }),
    )
    .min(1),
  rules: z.array(workRuleSchema),
  visitStandards: z.array(
    z.object({
      caseType: z.enum(['in_home', 'out_of_home']),
      riskLevels: z.array(z.enum(riskLevels)).min(1),
      frequency: sourced(
        z.object({ visits: z.number().int().positive(), per: z.enum(['week', 'month']), inResidenceShare: z.number().min(0).max(1).optional() }),
      ),
    }),
  ),
  approvals: z.array(z.object({ kind: z.enum(approvalKinds), approver: z.enum(['supervisor', 'program_manager']), source: z.string() })),
  instruments: z.record(
    z.enum(['screening', 'safety', 'risk', 'risk_reassessment', 'reunification', 'functional']),
    z.object({ key: z.string(), version: z.number().int().positive() }),
  ),
  decisionGuide: decisionGuideSchema,
  /** Absent from versions written before the rules were data; Hearth then applies the federal floor. */
  closureRules: closureRulesSchema.optional(),
  crossReporting: crossReportingSchema.optional(),
  /** Absent before version 3; Hearth then applies the federal floor (family-teaming.ts). */
  familyTeaming: familyTeamingSchema.optional(),
  // Hours only: a reminder "2 business days before" would need the calendar run backwards.
  escalation: z.object({
    remindBefore: durationSchema.extend({ unit: z.literal('hours') }),
    escalateAfter: durationSchema.extend({ unit: z.literal('hours') }),
  }),
});
export type ProfileVersion = z.infer<typeof profileVersionSchema>;
export type ProfileCode = ProfileVersion['code'];

/** Parses a profile and checks what the shape cannot: unique rule keys, rules' events sensible. */
export function parseProfileVersion(input: unknown): ProfileVersion {
  const profile = profileVersionSchema.parse(input);
  const keys = new Set<string>();
  for (const rule of profile.rules) {
    if (keys.has(rule.key)) throw new Error(`Profile ${profile.code} v${profile.version}: rule key "${rule.key}" is used twice`);
    keys.add(rule.key);
    if ('responsePriority' in rule.within && rule.on !== 'report.screened_in') {
      throw new Error(
        `Profile ${profile.code} v${profile.version}: rule "${rule.key}" takes its time from the response priority, which only a screened-in report has`,
      );
    }
  }
  return profile;
}
