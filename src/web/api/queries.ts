import { queryOptions } from '@tanstack/react-query';
import { setCsrfToken } from './client';
import * as api from './endpoints';
import type { AuditQuery, PersonSearchParams, Reference } from './types';

/** Query keys and fetchers in one place, so invalidation and prefetching agree on names. */

export const sessionQuery = queryOptions({
  queryKey: ['session'],
  queryFn: async () => {
    const session = await api.fetchSession();
    setCsrfToken(session.csrfToken);
    return session;
  },
  staleTime: Infinity,
  retry: false,
});

export const referenceQuery = queryOptions({
  queryKey: ['reference'],
  queryFn: async () => normaliseReference(await api.fetchReference()),
  staleTime: Infinity,
});

export const myWorkQuery = queryOptions({ queryKey: ['my-work'], queryFn: api.fetchMyWork });

export const reportQuery = (id: string) => queryOptions({ queryKey: ['report', id], queryFn: () => api.fetchReport(id) });

export const approvalsQuery = queryOptions({ queryKey: ['approvals'], queryFn: api.fetchApprovals });

export const investigationQuery = (id: string) => queryOptions({ queryKey: ['investigation', id], queryFn: () => api.fetchInvestigation(id) });

export const investigatorsQuery = (reportId: string) =>
  queryOptions({ queryKey: ['investigators', reportId], queryFn: () => api.fetchInvestigators(reportId) });

export const personSearchQuery = (params: PersonSearchParams) =>
  queryOptions({ queryKey: ['person-search', params], queryFn: () => api.searchPersons(params) });

export const auditQuery = (query: AuditQuery) => queryOptions({ queryKey: ['audit', query], queryFn: () => api.fetchAuditEvents(query) });

/**
 * The contract names the code lists but not whether each entry is a bare code or `{ code }`;
 * accept both so the UI only ever handles plain codes.
 */
function normaliseReference(raw: Record<string, unknown>): Reference {
  const codes = (value: unknown): string[] =>
    Array.isArray(value) ? value.map((entry) => (typeof entry === 'string' ? entry : String((entry as { code: unknown }).code))) : [];
  const priorities = Array.isArray(raw.responsePriorities) ? (raw.responsePriorities as { code: string; hours: number }[]) : [];
  return {
    responsePriorities: priorities.map(({ code, hours }) => ({ code, hours })),
    maltreatmentTypes: codes(raw.maltreatmentTypes),
    reporterTypes: codes(raw.reporterTypes),
    channels: codes(raw.channels),
    races: codes(raw.races),
    ethnicities: codes(raw.ethnicities),
    icwaInquiry: codes(raw.icwaInquiry),
    participantRoles: codes(raw.participantRoles),
    relationshipKinds: codes(raw.relationshipKinds),
    decisions: codes(raw.decisions),
    timeZone: typeof raw.timeZone === 'string' ? raw.timeZone : 'America/New_York',
  };
}
