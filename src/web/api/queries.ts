import { queryOptions } from '@tanstack/react-query';
import { setCsrfToken } from './client';
import * as api from './endpoints';
import type { AuditQuery, Duration, Language, PersonSearchParams, ProfileCode, Reference, ResponsePriority, SubjectType } from './types';

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

export const myTasksQuery = queryOptions({ queryKey: ['tasks', 'mine'], queryFn: api.fetchMyTasks });
export const teamTasksQuery = queryOptions({ queryKey: ['tasks', 'team'], queryFn: api.fetchTeamTasks });
export const recordTasksQuery = (subjectType: SubjectType, subjectId: string) =>
  queryOptions({ queryKey: ['tasks', 'record', subjectType, subjectId], queryFn: () => api.fetchRecordTasks(subjectType, subjectId) });
export const notificationsQuery = queryOptions({ queryKey: ['notifications'], queryFn: api.fetchNotifications });

export const absencesQuery = queryOptions({ queryKey: ['absences'], queryFn: api.fetchAbsences });
export const delegatesQuery = queryOptions({ queryKey: ['delegates'], queryFn: api.fetchDelegates, staleTime: 5 * 60_000 });

export const profileQuery = (language: Language) => queryOptions({ queryKey: ['profile', language], queryFn: () => api.fetchProfile(language) });
export const profileDescriptionQuery = (code: ProfileCode, language: Language) =>
  queryOptions({ queryKey: ['profile-description', code, language], queryFn: () => api.fetchProfileDescription(code, language), staleTime: Infinity });

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
  const priorities = Array.isArray(raw.responsePriorities) ? (raw.responsePriorities as Partial<ResponsePriority>[]) : [];
  const profile = raw.profile as { code?: unknown; version?: unknown } | undefined;
  return {
    responsePriorities: priorities.filter((p) => typeof p.code === 'string').map(normalisePriority),
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
    profile: profile && typeof profile.code === 'string' && typeof profile.version === 'number' ? { code: profile.code, version: profile.version } : null,
  };
}

/** Each priority from the profile, with its label in both languages and its time (null: the agency has not set it). */
function normalisePriority(raw: Partial<ResponsePriority>): ResponsePriority {
  const label = raw.label && typeof raw.label.en === 'string' && typeof raw.label.es === 'string' ? { en: raw.label.en, es: raw.label.es } : null;
  const within = raw.within && typeof raw.within.amount === 'number' && typeof raw.within.unit === 'string' ? (raw.within as Duration) : null;
  return { code: raw.code!, label, hours: typeof raw.hours === 'number' ? raw.hours : null, within };
}
