import { queryOptions } from '@tanstack/react-query';
import { http } from './client';
import type { SafetyDecision, SafetyPlanSummary } from './safety-plans';

/** Cases opened from an investigation (docs/api-investigation.md, "Cases"); INV-7. */

export type CaseKind = 'in_home' | 'out_of_home';

export interface CaseListItem {
  id: string;
  number: string;
  kind: CaseKind;
  openedAt: string;
  childNames: string[];
}

export interface FamilyCase {
  id: string;
  number: string;
  kind: CaseKind;
  status: 'open' | 'closed';
  openedAt: string;
  orgUnitName: string;
  workers: Array<{ name: string; role: string }>;
  people: Array<{ personId: string; name: string; role: string; dateOfBirth: string | null }>;
  relationships: Array<{ personName: string; relatedPersonName: string; kind: string }>;
  investigation: { id: string; number: string; decision: string | null } | null;
  safetyDecision: SafetyDecision | null;
  riskLevel: string | null;
  safetyPlans: SafetyPlanSummary[];
}

export const fetchCase = (id: string) => http.get<FamilyCase>(`/api/cases/${encodeURIComponent(id)}`);

export const caseQuery = (id: string) => queryOptions({ queryKey: ['case', id], queryFn: () => fetchCase(id) });
