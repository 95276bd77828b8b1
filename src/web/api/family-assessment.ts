import { queryOptions } from '@tanstack/react-query';
import type {
  assessmentAnswer,
  assessmentOverviewAnswer,
  compareAnswer,
  familyAssessmentContent,
  needsAnswer,
} from '../../server/features/family-assessment/family-assessment.schema';
import { http } from './client';
import type { Answer, Input } from './contract';

/** The family-centred assessment (docs/api-family-assessment.md; FCA-1, FCA-3, FCA-4). The UI is not built yet. */

export type FamilyAssessment = Answer<typeof assessmentAnswer>;
export type FamilyAssessmentOverview = Answer<typeof assessmentOverviewAnswer>;
export type FamilyAssessmentContentInput = Input<typeof familyAssessmentContent>;
export type FamilyAssessmentComparison = Answer<typeof compareAnswer>;
export type PrioritisedNeeds = Answer<typeof needsAnswer>;

const caseBase = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}/family-assessment`;
const one = (id: string) => `/api/family-assessments/${encodeURIComponent(id)}`;

export const familyAssessmentQuery = (caseId: string) =>
  queryOptions({ queryKey: ['family-assessment', caseId], queryFn: () => http.get<FamilyAssessmentOverview>(caseBase(caseId)) });

export const prioritisedNeedsQuery = (caseId: string) =>
  queryOptions({ queryKey: ['family-assessment', caseId, 'needs'], queryFn: () => http.get<PrioritisedNeeds>(`${caseBase(caseId)}/needs`) });

export const startFamilyAssessment = (caseId: string, id: string) => http.post<FamilyAssessment>(caseBase(caseId), { id });
export const saveFamilyAssessment = (id: string, version: number, content: FamilyAssessmentContentInput) =>
  http.put<FamilyAssessment>(one(id), { version, content });
export const completeFamilyAssessment = (id: string, version: number) => http.post<FamilyAssessment>(`${one(id)}/complete`, { version });
export const compareFamilyAssessments = (caseId: string, from: string, to: string) =>
  http.get<FamilyAssessmentComparison>(`${caseBase(caseId)}/compare?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);
