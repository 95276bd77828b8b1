import { z } from 'zod';
import { investigationDecisions, safetyDecisions } from '../../../profiles/profile-schema.js';
import { calendarDateOut, momentOut, uuidOut } from '../../platform/response-parts.js';
import { planSummaryAnswer } from '../safety-plans/safety-plans.schema.js';

// --- what the case routes answer (INV-7; issue 10: one contract) ---

export const caseKinds = ['in_home', 'out_of_home'] as const;
export const caseStatuses = ['open', 'closed'] as const;

export const caseParams = z.object({ id: z.uuid('Not a valid case id') });

/** A case in the caseworker's list (also on My work). */
export const caseListItemAnswer = z.object({ id: uuidOut, number: z.string(), kind: z.enum(caseKinds), openedAt: momentOut, childNames: z.array(z.string()) });

export const caseListAnswer = z.object({ items: z.array(caseListItemAnswer) });

/** One case: its workers, people and relationships, the investigation it came from, safety and risk, its safety plans. */
export const caseAnswer = z.object({
  id: uuidOut,
  number: z.string(),
  kind: z.enum(caseKinds),
  status: z.enum(caseStatuses),
  openedAt: momentOut,
  orgUnitName: z.string(),
  workers: z.array(z.object({ name: z.string(), role: z.string() })),
  people: z.array(z.object({ personId: uuidOut, name: z.string(), role: z.string(), dateOfBirth: calendarDateOut.nullable() })),
  relationships: z.array(z.object({ personName: z.string(), relatedPersonName: z.string(), kind: z.string() })),
  /** `number` is null when the reader may not see the investigation itself (RLS). */
  investigation: z.object({ id: uuidOut, number: z.string().nullable(), decision: z.enum(investigationDecisions).nullable() }).nullable(),
  safetyDecision: z.enum(safetyDecisions).nullable(),
  riskLevel: z.string().nullable(),
  safetyPlans: z.array(planSummaryAnswer),
});
