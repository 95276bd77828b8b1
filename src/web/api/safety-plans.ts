import { queryOptions } from '@tanstack/react-query';
import type {
  planAnswer,
  planStatuses,
  planSummaryAnswer,
  responsibleKinds as responsibleKindCodes,
  reviewOutcomes as reviewOutcomeCodes,
  signerRoles as signerRoleCodes,
} from '../../server/features/safety-plans/safety-plans.schema';
import { http } from './client';
import type { Answer } from './contract';
import { investigationKey } from './investigation-endpoints';
import type { SafetyDecision } from './investigation-types';
import type { Language } from './types';

export type { SafetyDecision };

/**
 * INV-4: safety plans on an investigation (docs/api-investigation.md, "Safety plans"). A plan is
 * built as a draft, agreed and signed by the family, approved by a supervisor, then reviewed while
 * it is active.
 */

export type SafetyPlanStatus = (typeof planStatuses)[number];
export type ResponsibleKind = (typeof responsibleKindCodes)[number];
export type SignerRole = (typeof signerRoleCodes)[number];
export type ReviewOutcome = (typeof reviewOutcomeCodes)[number];

// The lists the forms offer, in the order they offer them (the server's lists are the same codes).

export const responsibleKinds: ResponsibleKind[] = ['family_network', 'parent', 'provider', 'agency'];
export const signerRoles: SignerRole[] = ['parent', 'caregiver', 'family_network', 'child', 'provider', 'worker', 'other'];
export const reviewOutcomes: ReviewOutcome[] = ['continue', 'revise', 'end'];

export type SafetyPlanSummary = Answer<typeof planSummaryAnswer>;
export type SafetyPlan = Answer<typeof planAnswer>;
export type SafetyPlanAction = SafetyPlan['actions'][number];
export type SafetyPlanSignature = SafetyPlan['signatures'][number];
export type SafetyPlanReview = SafetyPlan['reviews'][number];

export interface SafetyPlanContent {
  language: Language;
  actions: SafetyPlanAction[];
  nextReviewOn: string | null;
}

export interface NewSignature {
  id: string;
  signerName: string;
  signerRole: SignerRole;
  personId?: string;
  method: 'typed' | 'drawn';
  /** PNG data URL of a signature drawn on the screen. */
  drawing?: string;
}

export interface NewReview {
  /** Client-made, so a retried request never records the review twice. */
  id?: string;
  reviewedOn: string;
  outcome: ReviewOutcome;
  note: string;
  nextReviewOn?: string;
}

const investigationPath = (id: string) => `/api/investigations/${encodeURIComponent(id)}`;
const planPath = (id: string) => `/api/safety-plans/${encodeURIComponent(id)}`;

export const fetchSafetyPlans = (investigationId: string) => http.get<{ items: SafetyPlanSummary[] }>(`${investigationPath(investigationId)}/safety-plans`);
export const createSafetyPlan = (investigationId: string, plan: SafetyPlanContent & { id: string }) =>
  http.post<SafetyPlan>(`${investigationPath(investigationId)}/safety-plans`, plan);
export const fetchSafetyPlan = (planId: string) => http.get<SafetyPlan>(planPath(planId));
export const saveSafetyPlan = (planId: string, version: number, content: SafetyPlanContent) => http.put<SafetyPlan>(planPath(planId), { version, ...content });
export const addSafetyPlanSignature = (planId: string, signature: NewSignature) => http.post<SafetyPlan>(`${planPath(planId)}/signatures`, signature);
export const submitSafetyPlan = (planId: string, version: number) => http.post<SafetyPlan>(`${planPath(planId)}/submit`, { version });
export const addSafetyPlanReview = (planId: string, review: NewReview) => http.post<SafetyPlan>(`${planPath(planId)}/reviews`, review);
/** The printable plan for the family; a plain link so the browser opens or downloads the PDF. */
export const safetyPlanPdfUrl = (planId: string) => `${planPath(planId)}/pdf`;

/** Under the investigation's key, so refreshing the workspace refreshes its plans too. */
export const safetyPlansQuery = (investigationId: string) =>
  queryOptions({ queryKey: [...investigationKey(investigationId), 'safety-plans'], queryFn: () => fetchSafetyPlans(investigationId) });
export const safetyPlanQuery = (planId: string) => queryOptions({ queryKey: ['safety-plan', planId], queryFn: () => fetchSafetyPlan(planId) });
