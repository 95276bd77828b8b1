import { z } from 'zod';
import { investigationDecisions, safetyDecisions } from '../../../profiles/profile-schema.js';
import { text, version } from '../../platform/edge-schemas.js';
import { calendarDateOut, momentOut, nullableText, uuidOut, versionOut } from '../../platform/response-parts.js';
import { planSummaryAnswer } from '../safety-plans/safety-plans.schema.js';

// --- what the case routes answer (INV-7; issue 10: one contract) ---

export const caseKinds = ['in_home', 'out_of_home'] as const;
export const caseStatuses = ['open', 'closed'] as const;

export const caseParams = z.object({ id: z.uuid('Not a valid case id') });

/** A case in the caseworker's list (also on My work). */
export const caseListItemAnswer = z.object({
  id: uuidOut,
  number: z.string(),
  kind: z.enum(caseKinds),
  openedAt: momentOut,
  childNames: z.array(z.string()),
  workerId: uuidOut.nullable(),
  workerName: nullableText,
  /** The soonest open task's due moment, and how many are past due. */
  nextDueAt: momentOut.nullable(),
  overdueCount: z.number().int(),
});

export const caseListAnswer = z.object({ items: z.array(caseListItemAnswer) });

export const teamSorts = ['next_due', 'opened', 'number'] as const;

/** Team cases (a supervisor's units): filter by worker and case type, sort by what is due next. */
export const teamCasesQuery = z.object({
  workerId: z.uuid('Choose a worker from the list').optional(),
  kind: z.enum(caseKinds).optional(),
  sort: z.enum(teamSorts).default('next_due'),
});

export const teamCasesAnswer = z.object({
  items: z.array(caseListItemAnswer),
  /** The caseworkers in the units the reader is over: the filter's choices and whom a case can go to. */
  workers: z.array(z.object({ id: uuidOut, name: z.string(), unitName: z.string() })),
});

/** A supervisor moves the case to another caseworker; `version` is the case's as read. */
export const transferCaseInput = z.object({
  toUserId: z.uuid('Choose the caseworker who takes the case'),
  reason: text(500).min(1, 'Say why the case is moving, for the record'),
  version,
});
export type TransferCaseInput = z.infer<typeof transferCaseInput>;

export const transferAnswer = z.object({ caseId: uuidOut, workerName: z.string(), tasksMoved: z.number().int(), version: versionOut });

/** One case: its workers, people and relationships, the investigation it came from, safety and risk, its safety plans. */
export const caseAnswer = z.object({
  id: uuidOut,
  number: z.string(),
  kind: z.enum(caseKinds),
  status: z.enum(caseStatuses),
  openedAt: momentOut,
  orgUnitName: z.string(),
  version: versionOut,
  workers: z.array(z.object({ name: z.string(), role: z.string() })),
  /** Everyone who has worked the case, with when and why it moved (kept across transfers). */
  assignmentHistory: z.array(z.object({ name: z.string(), role: z.string(), startedAt: momentOut, endedAt: momentOut.nullable(), reason: nullableText })),
  abilities: z.object({ work: z.boolean(), transfer: z.boolean() }),
  people: z.array(z.object({ personId: uuidOut, name: z.string(), role: z.string(), dateOfBirth: calendarDateOut.nullable() })),
  relationships: z.array(z.object({ personName: z.string(), relatedPersonName: z.string(), kind: z.string() })),
  /** `number` is null when the reader may not see the investigation itself (RLS). */
  investigation: z.object({ id: uuidOut, number: z.string().nullable(), decision: z.enum(investigationDecisions).nullable() }).nullable(),
  safetyDecision: z.enum(safetyDecisions).nullable(),
  riskLevel: z.string().nullable(),
  safetyPlans: z.array(planSummaryAnswer),
});
