import { queryOptions } from '@tanstack/react-query';
import type {
  assessmentAnswer,
  assessmentOverviewAnswer,
  compareAnswer,
  completeAssessmentInput,
  saveAssessmentInput,
  startAssessmentInput,
} from '../../server/features/family-assessment/family-assessment.schema';
import { http } from './client';
import type { Answer, Input } from './contract';

/** The family-centred assessment (FCA-1, FCA-3, FCA-4; issue 11): one versioned assessment per case. */

export type AssessmentOverview = Answer<typeof assessmentOverviewAnswer>;
export type FamilyAssessment = Answer<typeof assessmentAnswer>;
export type AssessmentContent = FamilyAssessment['content'];
export type AssessmentMember = AssessmentOverview['members'][number];
export type AssessmentVersionSummary = AssessmentOverview['versions'][number];
export type AssessmentComparison = Answer<typeof compareAnswer>;
export type NewAssessment = Input<typeof startAssessmentInput>;
export type AssessmentSave = Input<typeof saveAssessmentInput>;
export type AssessmentCompletion = Input<typeof completeAssessmentInput>;

const caseUrl = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}/family-assessment`;
const assessmentUrl = (id: string) => `/api/family-assessments/${encodeURIComponent(id)}`;

export const assessmentOverviewQuery = (caseId: string) =>
  queryOptions({ queryKey: ['case', caseId, 'family-assessment'], queryFn: () => http.get<AssessmentOverview>(caseUrl(caseId)) });

export const assessmentVersionQuery = (caseId: string, id: string) =>
  queryOptions({ queryKey: ['case', caseId, 'family-assessment', 'version', id], queryFn: () => http.get<FamilyAssessment>(assessmentUrl(id)) });

export const compareVersionsQuery = (caseId: string, from: string, to: string) =>
  queryOptions({
    queryKey: ['case', caseId, 'family-assessment', 'compare', from, to],
    queryFn: () => http.get<AssessmentComparison>(`${caseUrl(caseId)}/compare`, { from, to }),
  });

export const startAssessment = (caseId: string, start: NewAssessment) => http.post<FamilyAssessment>(caseUrl(caseId), start);
export const saveAssessment = (id: string, save: AssessmentSave) => http.put<FamilyAssessment>(assessmentUrl(id), save);
export const completeAssessment = (id: string, completion: AssessmentCompletion) => http.post<FamilyAssessment>(`${assessmentUrl(id)}/complete`, completion);
