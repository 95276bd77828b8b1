import { queryOptions } from '@tanstack/react-query';
import type { LocalizedText } from '../../domain/instruments/index';
import { http } from './client';
import { investigationKey } from './investigation-endpoints';
import type { SafetyDecision } from './investigation-types';
import type { Language } from './types';

export type { SafetyDecision };

/**
 * INV-4: safety plans on an investigation (docs/api-investigation.md, "Safety plans"). A plan is
 * built as a draft, agreed and signed by the family, approved by a supervisor, then reviewed while
 * it is active.
 */

export type SafetyPlanStatus = 'draft' | 'pending_approval' | 'active' | 'ended';
export type ResponsibleKind = 'family_network' | 'provider' | 'parent' | 'agency';
export type SignerRole = 'parent' | 'caregiver' | 'child' | 'family_network' | 'provider' | 'worker' | 'other';
export type ReviewOutcome = 'continue' | 'revise' | 'end';

export const responsibleKinds: ResponsibleKind[] = ['family_network', 'parent', 'provider', 'agency'];
export const signerRoles: SignerRole[] = ['parent', 'caregiver', 'family_network', 'child', 'provider', 'worker', 'other'];
export const reviewOutcomes: ReviewOutcome[] = ['continue', 'revise', 'end'];

export interface SafetyPlanAction {
  id: string;
  /** The threat's key (see `SafetyPlan.threats`). */
  threat: string;
  action: string;
  responsiblePersonId: string | null;
  responsibleName: string;
  responsibleKind: ResponsibleKind;
  monitoring: string;
  frequency: string;
}

export interface SafetyPlanSummary {
  id: string;
  investigationId?: string;
  caseId?: string | null;
  status: SafetyPlanStatus;
  language: Language;
  nextReviewOn: string | null;
  createdAt?: string | null;
  approvedAt: string | null;
  endedAt: string | null;
  actionCount?: number;
}

export interface SafetyPlanSignature {
  id: string;
  signerName: string;
  signerRole: SignerRole;
  personId?: string | null;
  method: 'typed' | 'drawn';
  signedAt: string;
  planVersion: number;
  /** False when the plan changed after this signature: it agreed to an earlier version. */
  current: boolean;
}

export interface SafetyPlanReview {
  id: string;
  reviewedOn: string;
  outcome: ReviewOutcome;
  note: string;
  nextReviewOn: string | null;
  recordedByName: string;
  recordedAt: string;
}

export interface SafetyPlan extends SafetyPlanSummary {
  investigationId: string;
  caseId: string | null;
  endedReason?: string | null;
  actions: SafetyPlanAction[];
  version: number;
  threats: Array<{ key: string; label: LocalizedText }>;
  /** The family's people on the report, who can be named as responsible or sign. */
  people: Array<{ personId: string; name: string; role: string }>;
  signatures: SafetyPlanSignature[];
  reviews: SafetyPlanReview[];
  approval: { id: string; status: string; routedToName: string | null; comment: string | null } | null;
}

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
