import { queryOptions } from '@tanstack/react-query';
import type {
  cancelMeetingInput,
  followUpDoneInput,
  meetingAnswer,
  meetingListAnswer,
  recordMeetingInput,
  scheduleMeetingInput,
  updateMeetingInput,
} from '../../server/features/cases/team/meetings.schema';
import type { addTeamMemberInput, teamAnswer, teamMemberAnswer, updateTeamMemberInput } from '../../server/features/cases/team/team.schema';
import { http } from './client';
import type { Answer, Input } from './contract';

/** The child and family team (ENG-3) and its meetings with the full-disclosure record (ENG-4, ENG-5). */

export type FamilyTeam = Answer<typeof teamAnswer>;
export type TeamMember = Answer<typeof teamMemberAnswer>;
export type NewTeamMember = Input<typeof addTeamMemberInput>;
export type TeamMemberChange = Input<typeof updateTeamMemberInput>;
export type MeetingList = Answer<typeof meetingListAnswer>;
export type Meeting = Answer<typeof meetingAnswer>;
export type NewMeeting = Input<typeof scheduleMeetingInput>;
export type MeetingChange = Input<typeof updateMeetingInput>;
export type MeetingRecord = Input<typeof recordMeetingInput>;

const caseUrl = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}`;
const meetingUrl = (meetingId: string) => `/api/meetings/${encodeURIComponent(meetingId)}`;

export const teamQuery = (caseId: string) =>
  queryOptions({ queryKey: ['case', caseId, 'team'], queryFn: () => http.get<FamilyTeam>(`${caseUrl(caseId)}/team`) });
export const addTeamMember = (caseId: string, member: NewTeamMember) => http.post<TeamMember>(`${caseUrl(caseId)}/team`, member);
export const changeTeamMember = (caseId: string, memberId: string, change: TeamMemberChange) =>
  http.patch<TeamMember>(`${caseUrl(caseId)}/team/${encodeURIComponent(memberId)}`, change);

export const meetingsQuery = (caseId: string) =>
  queryOptions({ queryKey: ['case', caseId, 'meetings'], queryFn: () => http.get<MeetingList>(`${caseUrl(caseId)}/meetings`) });
export const scheduleMeeting = (caseId: string, meeting: NewMeeting) => http.post<Meeting>(`${caseUrl(caseId)}/meetings`, meeting);

export const meetingQuery = (meetingId: string) => queryOptions({ queryKey: ['meeting', meetingId], queryFn: () => http.get<Meeting>(meetingUrl(meetingId)) });
export const changeMeeting = (meetingId: string, change: MeetingChange) => http.patch<Meeting>(meetingUrl(meetingId), change);
export const recordMeeting = (meetingId: string, record: MeetingRecord) => http.put<Meeting>(`${meetingUrl(meetingId)}/record`, record);
export const cancelMeeting = (meetingId: string, cancel: Input<typeof cancelMeetingInput>) => http.post<Meeting>(`${meetingUrl(meetingId)}/cancel`, cancel);
export const markFollowUp = (meetingId: string, followUpId: string, done: Input<typeof followUpDoneInput>) =>
  http.patch<Meeting>(`${meetingUrl(meetingId)}/follow-ups/${encodeURIComponent(followUpId)}`, done);
/** The summary's address, for a plain download link (the session cookie goes with it). */
export const meetingSummaryUrl = (meetingId: string, language: 'en' | 'es') => `${meetingUrl(meetingId)}/summary?language=${language}`;
