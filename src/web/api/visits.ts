import { queryOptions } from '@tanstack/react-query';
import type { complianceAnswer, complianceQuery } from '../../server/features/cases/visits/compliance/compliance.schema';
import type {
  cancelVisitInput,
  planVisitInput,
  recordVisitInput,
  updateVisitPlanInput,
  visitAnswer,
  visitListAnswer,
  visitScheduleAnswer,
} from '../../server/features/cases/visits/visits.schema';
import { http } from './client';
import type { Answer, Input } from './contract';

/** Caseworker visits (VIS-1..VIS-4; docs/api-visits.md): the schedule, planning, recording and unit compliance. */

export type VisitList = Answer<typeof visitListAnswer>;
export type VisitItem = VisitList['items'][number];
export type Visit = Answer<typeof visitAnswer>;
export type VisitSchedule = Answer<typeof visitScheduleAnswer>;
export type NewVisit = Input<typeof planVisitInput>;
export type VisitTopic = NonNullable<NewVisit['topics']>[number];
export type VisitPlanChange = Input<typeof updateVisitPlanInput>;
export type VisitRecord = Input<typeof recordVisitInput>;
export type VisitCancel = Input<typeof cancelVisitInput>;
export type VisitCompliance = Answer<typeof complianceAnswer>;
export type ComplianceMonth = VisitCompliance['byMonth'][number];
/** The compliance filters as the URL and the query carry them. */
export type ComplianceFilters = Omit<Input<typeof complianceQuery>, 'fiscalYear'> & { fiscalYear?: number };

const caseUrl = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}`;
const visitUrl = (visitId: string) => `/api/visits/${encodeURIComponent(visitId)}`;

export const visitsQuery = (caseId: string) =>
  queryOptions({ queryKey: ['case', caseId, 'visits'], queryFn: () => http.get<VisitList>(`${caseUrl(caseId)}/visits`) });
export const visitScheduleQuery = (caseId: string) =>
  queryOptions({ queryKey: ['case', caseId, 'visits', 'schedule'], queryFn: () => http.get<VisitSchedule>(`${caseUrl(caseId)}/visits/schedule`) });
/** 201 for a new id, 200 for the same id again: a double tap plans one visit. */
export const planVisit = (caseId: string, visit: NewVisit) => http.post<Visit>(`${caseUrl(caseId)}/visits`, visit);

export const visitQuery = (visitId: string) => queryOptions({ queryKey: ['visit', visitId], queryFn: () => http.get<Visit>(visitUrl(visitId)) });
export const changeVisitPlan = (visitId: string, change: VisitPlanChange) => http.patch<Visit>(visitUrl(visitId), change);
/** The same body resent after a dropped connection answers 200, so an offline draft may be sent again safely. */
export const recordVisit = (visitId: string, record: VisitRecord) => http.put<Visit>(`${visitUrl(visitId)}/record`, record);
export const cancelVisit = (visitId: string, cancel: VisitCancel) => http.post<Visit>(`${visitUrl(visitId)}/cancel`, cancel);

/** Only the filters the server accepts: a fiscal year, or a range of months. */
export const complianceParams = (f: ComplianceFilters) => ({
  unit: f.unit,
  caseType: f.caseType,
  fiscalYear: f.fiscalYear === undefined ? undefined : String(f.fiscalYear),
  fromMonth: f.fromMonth,
  toMonth: f.toMonth,
});
export const visitComplianceQuery = (f: ComplianceFilters) =>
  queryOptions({
    queryKey: ['visit-compliance', f.unit, f.caseType ?? 'out_of_home', f.fiscalYear ?? '', f.fromMonth ?? '', f.toMonth ?? ''],
    queryFn: () => http.get<VisitCompliance>('/api/visit-compliance', complianceParams(f)),
  });
/** The CSV's address, for a plain download link (the session cookie goes with it). */
export const visitComplianceCsvUrl = (f: ComplianceFilters) => {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(complianceParams(f))) if (value !== undefined && value !== '') query.set(key, String(value));
  return `/api/visit-compliance/export?${query.toString()}`;
};
