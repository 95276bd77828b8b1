import { queryOptions } from '@tanstack/react-query';
import type {
  agreementInput,
  diffAnswer,
  newVersionInput,
  planAnswer,
  planListAnswer,
  reviewInput,
  savePlanInput,
  submitPlanInput,
} from '../../server/features/cases/plan/plan.schema';
import { http } from './client';
import type { Answer, Input } from './contract';

/** The case plan (PLAN-1, PLAN-2, PLAN-5, PLAN-6; issue 12): versions made with the family (docs/api-case-plan.md). */

export type PlanList = Answer<typeof planListAnswer>;
export type PlanVersionItem = PlanList['items'][number];
export type CasePlan = Answer<typeof planAnswer>;
export type PlanGoal = CasePlan['goals'][number];
export type PlanObjective = CasePlan['objectives'][number];
export type PlanActionStep = PlanObjective['actionSteps'][number];
export type PlanNeed = CasePlan['needs'][number];
export type PlanGap = CasePlan['gaps'][number];
export type PlanAgreement = CasePlan['agreements'][number];
export type PlanReview = CasePlan['reviews'][number];
export type PlanDiff = Answer<typeof diffAnswer>;
export type NewPlanVersion = Input<typeof newVersionInput>;
export type PlanSave = Input<typeof savePlanInput>;
export type PlanSubmit = Input<typeof submitPlanInput>;
export type NewAgreement = Input<typeof agreementInput>;
export type NewReview = Input<typeof reviewInput>;

const casePlansUrl = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}/plans`;
const planUrl = (planId: string) => `/api/plans/${encodeURIComponent(planId)}`;

export const planListQuery = (caseId: string) => queryOptions({ queryKey: ['case', caseId, 'plans'], queryFn: () => http.get<PlanList>(casePlansUrl(caseId)) });

export const planQuery = (caseId: string, planId: string) =>
  queryOptions({ queryKey: ['case', caseId, 'plans', planId], queryFn: () => http.get<CasePlan>(planUrl(planId)) });

/** What changed from `against` (default: the version this one revised) to this version. */
export const planDiffQuery = (caseId: string, planId: string, against?: string) =>
  queryOptions({
    queryKey: ['case', caseId, 'plans', planId, 'diff', against ?? 'previous'],
    queryFn: () => http.get<PlanDiff>(`${planUrl(planId)}/diff`, against ? { against } : undefined),
  });

/** PLAN-7: the printed plan (a PDF download), in English or Spanish. */
export const planDocumentUrl = (planId: string, language: 'en' | 'es') => `${planUrl(planId)}/document?language=${language}`;

export const startPlan = (caseId: string, body: NewPlanVersion) => http.post<CasePlan>(casePlansUrl(caseId), body);
export const savePlan = (planId: string, body: PlanSave) => http.put<CasePlan>(planUrl(planId), body);
export const submitPlan = (planId: string, body: PlanSubmit) => http.post<CasePlan>(`${planUrl(planId)}/submit`, body);
export const revisePlan = (planId: string, body: NewPlanVersion) => http.post<CasePlan>(`${planUrl(planId)}/revise`, body);
export const addAgreement = (planId: string, body: NewAgreement) => http.post<CasePlan>(`${planUrl(planId)}/agreements`, body);
export const addReview = (planId: string, body: NewReview) => http.post<CasePlan>(`${planUrl(planId)}/reviews`, body);
