import { queryOptions } from '@tanstack/react-query';
import type { caseAnswer, caseKinds, caseListItemAnswer } from '../../server/features/cases/cases.schema';
import { http } from './client';
import type { Answer } from './contract';

/** Cases opened from an investigation (docs/api-investigation.md, "Cases"); INV-7. */

export type CaseKind = (typeof caseKinds)[number];
export type CaseListItem = Answer<typeof caseListItemAnswer>;
export type FamilyCase = Answer<typeof caseAnswer>;

export const fetchCase = (id: string) => http.get<FamilyCase>(`/api/cases/${encodeURIComponent(id)}`);

export const caseQuery = (id: string) => queryOptions({ queryKey: ['case', id], queryFn: () => fetchCase(id) });
