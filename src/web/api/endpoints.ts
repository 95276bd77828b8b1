import type { referenceAnswer } from '../../server/features/reference/reference.schema';
import type { createReportInput } from '../../server/features/reports/reports.schema';
import { http } from './client';
import type { Answer, Input } from './contract';
import type {
  Absence,
  AgencyProfile,
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
  NewAbsence,
  Person,
  PersonInput,
  PersonMatch,
  PersonSearchParams,
  ProfileCode,
  ProfileDescription,
  Report,
  ReportChanges,
  Session,
  StaffMember,
  StaffNotification,
  SubjectType,
  Task,
} from './types';

/** One typed function per endpoint in docs/api-contract.md. */

export const signIn = (username: string, password: string) => http.post<Session>('/api/auth/sign-in', { username, password });
export const signOut = () => http.post<void>('/api/auth/sign-out');
export const fetchSession = () => http.get<Session>('/api/auth/me');
/** PLAT-6: remembers the signed-in user's language on their profile. */
export const saveLanguage = (language: Language) => http.put<Session>('/api/auth/me/language', { language });

// The server's answer; queries.ts still normalises it into `Reference` (fallbacks for empty lists).
export const fetchReference = () => http.get<Answer<typeof referenceAnswer>>('/api/reference');
export const fetchMyWork = () => http.get<MyWork>('/api/my-work');

export const searchPersons = (params: PersonSearchParams) => http.get<{ results: PersonMatch[] }>('/api/persons/search', { ...params });
export const createPerson = (input: PersonInput) => http.post<Person>('/api/persons', input);

const reportPath = (id: string) => `/api/reports/${encodeURIComponent(id)}`;

export const createReport = (input: Input<typeof createReportInput>) => http.post<Report>('/api/reports', input);
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

const approvalPath = (id: string) => `/api/approvals/${encodeURIComponent(id)}`;

/** SUP-3: the generic approval queue and decisions; the version guards against two deciders at once. */
export const fetchApprovals = () => http.get<{ items: ApprovalItem[] }>('/api/approvals');
export const approveApproval = (id: string, version: number, decision: { comment?: string; input?: Record<string, unknown> } = {}) =>
  http.post<ApprovalItem>(`${approvalPath(id)}/approve`, { version, ...decision });
export const returnApproval = (id: string, version: number, comment: string) => http.post<ApprovalItem>(`${approvalPath(id)}/return`, { version, comment });

/** SUP-3: a supervisor's time away and who approves meanwhile. */
export const fetchAbsences = () => http.get<{ items: Absence[] }>('/api/staff/absences');
export const fetchDelegates = () => http.get<{ staff: StaffMember[] }>('/api/staff/delegates');
export const addAbsence = (absence: NewAbsence) => http.post<{ id: string; items: Absence[] }>('/api/staff/absences', absence);
export const cancelAbsence = (id: string) => http.delete<{ items: Absence[] }>(`/api/staff/absences/${encodeURIComponent(id)}`);

/** SUP-5: tasks from the work engine and the reminders it sent. */
export const fetchMyTasks = () => http.get<{ items: Task[] }>('/api/tasks/mine');
export const fetchTeamTasks = () => http.get<{ items: Task[] }>('/api/tasks/team');
export const fetchRecordTasks = (subjectType: SubjectType, subjectId: string) => http.get<{ items: Task[] }>('/api/tasks/record', { subjectType, subjectId });
export const fetchNotifications = () => http.get<{ items: StaffNotification[]; unread: number }>('/api/notifications');
export const markNotificationRead = (id: string) => http.post<{ id: string; read: boolean }>(`/api/notifications/${encodeURIComponent(id)}/read`);

/** PLAT-3: the agency's practice profile in plain language; administrators switch it. */
export const fetchProfile = (language: Language) => http.get<AgencyProfile>('/api/profile', { language });
export const fetchProfileDescription = (code: ProfileCode, language: Language, version?: number) =>
  http.get<ProfileDescription>(`/api/profiles/${encodeURIComponent(code)}`, { language, version });
export const chooseProfile = (code: ProfileCode, note?: string) => http.put<AgencyProfile>('/api/profile', { code, note });
export const fetchInvestigation = (id: string) => http.get<Investigation>(`/api/investigations/${encodeURIComponent(id)}`);
export const fetchInvestigators = (reportId: string) => http.get<{ staff: Investigator[] }>('/api/staff/investigators', { reportId });
export const fetchAuditEvents = (query: AuditQuery) => http.get<{ events: AuditEvent[] }>('/api/audit', { ...query });
