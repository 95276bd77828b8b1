import { queryOptions } from '@tanstack/react-query';
import type {
  completeFunctionalInput,
  functionalAssessmentAnswer,
  functionalCompareAnswer,
  functionalOverviewAnswer,
  saveFunctionalInput,
  startFunctionalInput,
} from '../../server/features/cases/functional/functional.schema';
import { http } from './client';
import type { Answer, Input } from './contract';

/** Each child's functional assessment (FCA-2; issue 11): repeated over time, compared item by item. */

export type FunctionalOverview = Answer<typeof functionalOverviewAnswer>;
export type FunctionalChild = FunctionalOverview['children'][number];
export type FunctionalAssessment = Answer<typeof functionalAssessmentAnswer>;
export type FunctionalComparison = Answer<typeof functionalCompareAnswer>;
export type NewFunctionalAssessment = Input<typeof startFunctionalInput>;
export type FunctionalSave = Input<typeof saveFunctionalInput>;

const caseUrl = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}/functional-assessments`;
const assessmentUrl = (id: string) => `/api/functional-assessments/${encodeURIComponent(id)}`;

export const functionalOverviewQuery = (caseId: string) =>
  queryOptions({ queryKey: ['case', caseId, 'functional'], queryFn: () => http.get<FunctionalOverview>(caseUrl(caseId)) });
export const functionalCompareQuery = (caseId: string, childPersonId: string) =>
  queryOptions({
    queryKey: ['case', caseId, 'functional', 'compare', childPersonId],
    queryFn: () => http.get<FunctionalComparison>(`${caseUrl(caseId)}/compare`, { childPersonId }),
  });

export const startFunctional = (caseId: string, start: NewFunctionalAssessment) => http.post<FunctionalAssessment>(caseUrl(caseId), start);
export const saveFunctional = (id: string, save: FunctionalSave) => http.put<FunctionalAssessment>(assessmentUrl(id), save);
export const completeFunctional = (id: string, complete: Input<typeof completeFunctionalInput>) =>
  http.post<FunctionalAssessment>(`${assessmentUrl(id)}/complete`, complete);
