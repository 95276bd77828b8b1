import { http } from './client';
import type {
  ApprovalItem,
  Language,
  AuditEvent,
  AuditQuery,
  Investigation,
  Investigator,
  MyWork,
  NewAllegation,
  NewParticipant,
  NewRelationship,
  Person,
  PersonInput,
  PersonMatch,
  PersonSearchParams,
  Report,
  ReportChanges,
  Session,
} from './types';

/** One typed function per endpoint in docs/api-contract.md. */

export const signIn = (username: string, password: string) => http.post<Session>('/api/auth/sign-in', { username, password });
export const signOut = () => http.post<void>('/api/auth/sign-out');
export const fetchSession = () => http.get<Session>('/api/auth/me');
/** PLAT-6: remembers the signed-in user's language on their profile. */
export const saveLanguage = (language: Language) => http.put<Session>('/api/auth/me/language', { language });

// Loosely typed on purpose: queries.ts normalises the code lists into `Reference`.
export const fetchReference = () => http.get<Record<string, unknown>>('/api/reference');
export const fetchMyWork = () => http.get<MyWork>('/api/my-work');

export const searchPersons = (params: PersonSearchParams) => http.get<{ results: PersonMatch[] }>('/api/persons/search', { ...params });
export const createPerson = (input: PersonInput) => http.post<Person>('/api/persons', input);

const reportPath = (id: string) => `/api/reports/${encodeURIComponent(id)}`;

export const createReport = (input: { channel?: string; receivedAt?: string }) => http.post<Report>('/api/reports', input);
export const fetchReport = (id: string) => http.get<Report>(reportPath(id));
export const updateReport = (id: string, version: number, changes: ReportChanges) => http.patch<Report>(reportPath(id), { version, ...changes });
export const addParticipant = (id: string, version: number, participant: NewParticipant) =>
  http.post<Report>(`${reportPath(id)}/participants`, { version, ...participant });
export const removeParticipant = (id: string, version: number, participantId: string) =>
  http.delete<Report>(`${reportPath(id)}/participants/${encodeURIComponent(participantId)}`, { version });
export const addRelationship = (id: string, version: number, relationship: NewRelationship) =>
  http.post<Report>(`${reportPath(id)}/relationships`, { version, ...relationship });
export const removeRelationship = (id: string, version: number, relationshipId: string) =>
  http.delete<Report>(`${reportPath(id)}/relationships/${encodeURIComponent(relationshipId)}`, { version });
export const addAllegation = (id: string, version: number, allegation: NewAllegation) =>
  http.post<Report>(`${reportPath(id)}/allegations`, { version, ...allegation });
export const removeAllegation = (id: string, version: number, allegationId: string) =>
  http.delete<Report>(`${reportPath(id)}/allegations/${encodeURIComponent(allegationId)}`, { version });
export const submitReport = (id: string, version: number) => http.post<Report>(`${reportPath(id)}/submit`, { version });
export const approveReport = (id: string, version: number, decision: { comment?: string; investigatorId?: string }) =>
  http.post<Report>(`${reportPath(id)}/approve`, { version, ...decision });
export const returnReport = (id: string, version: number, comment: string) => http.post<Report>(`${reportPath(id)}/return`, { version, comment });

export const fetchApprovals = () => http.get<{ items: ApprovalItem[] }>('/api/approvals');
export const fetchInvestigation = (id: string) => http.get<Investigation>(`/api/investigations/${encodeURIComponent(id)}`);
export const fetchInvestigators = (reportId: string) => http.get<{ staff: Investigator[] }>('/api/staff/investigators', { reportId });
export const fetchAuditEvents = (query: AuditQuery) => http.get<{ events: AuditEvent[] }>('/api/audit', { ...query });
