import { queryOptions } from '@tanstack/react-query';
import type { teamCasesAnswer, teamCasesQuery, transferAnswer, transferCaseInput } from '../../server/features/cases/cases.schema';
import type {
  addMemberInput,
  addSearchInput,
  memberAnswer,
  networkAnswer,
  searchListAnswer,
  updateMemberInput,
} from '../../server/features/cases/network/network.schema';
import type { addNoticeInput, noticeListAnswer } from '../../server/features/cases/notices/relative-notice.schema';
import { http } from './client';
import type { Answer, Input } from './contract';

/** The family network (ENG-1), diligent search (ENG-2), team cases and transfer (issue 11). */

export type FamilyNetwork = Answer<typeof networkAnswer>;
export type NetworkMember = Answer<typeof memberAnswer>;
export type Relationship = FamilyNetwork['relationships'][number];
export type NewMember = Input<typeof addMemberInput>;
export type SearchList = Answer<typeof searchListAnswer>;
export type NewSearch = Input<typeof addSearchInput>;
export type TeamCases = Answer<typeof teamCasesAnswer>;
export type TeamCasesFilter = Input<typeof teamCasesQuery>;
export type Transfer = Input<typeof transferCaseInput>;

const caseUrl = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}`;
const memberUrl = (caseId: string, participantId: string) => `${caseUrl(caseId)}/network/${encodeURIComponent(participantId)}`;

export const networkQuery = (caseId: string) =>
  queryOptions({ queryKey: ['case', caseId, 'network'], queryFn: () => http.get<FamilyNetwork>(`${caseUrl(caseId)}/network`) });
export const addMember = (caseId: string, member: NewMember) => http.post<NetworkMember>(`${caseUrl(caseId)}/network`, member);
export type MemberChange = Input<typeof updateMemberInput>;
export const changeMember = (caseId: string, participantId: string, change: MemberChange) =>
  http.patch<NetworkMember>(memberUrl(caseId, participantId), change);

export const searchesQuery = (caseId: string, participantId: string) =>
  queryOptions({
    queryKey: ['case', caseId, 'network', participantId, 'searches'],
    queryFn: () => http.get<SearchList>(`${memberUrl(caseId, participantId)}/searches`),
  });
export const addSearch = (caseId: string, participantId: string, search: NewSearch) =>
  http.post<SearchList>(`${memberUrl(caseId, participantId)}/searches`, search);

export const teamCasesQueryOptions = (filter: TeamCasesFilter) =>
  queryOptions({
    queryKey: ['cases', 'team', filter],
    queryFn: () =>
      http.get<TeamCases>('/api/cases/team', {
        ...(filter.workerId ? { workerId: filter.workerId } : {}),
        ...(filter.kind ? { kind: filter.kind } : {}),
        ...(filter.sort ? { sort: filter.sort } : {}),
      }),
  });
export const transferCase = (caseId: string, transfer: Transfer) => http.post<Answer<typeof transferAnswer>>(`${caseUrl(caseId)}/transfer`, transfer);

export type NoticeList = Answer<typeof noticeListAnswer>;
export type NewNotice = Input<typeof addNoticeInput>;
export const noticesQuery = (caseId: string, participantId: string) =>
  queryOptions({
    queryKey: ['case', caseId, 'network', participantId, 'notices'],
    queryFn: () => http.get<NoticeList>(`${memberUrl(caseId, participantId)}/notices`),
  });
export const addNotice = (caseId: string, participantId: string, notice: NewNotice) =>
  http.post<NoticeList>(`${memberUrl(caseId, participantId)}/notices`, notice);
/** The letter's address, for a plain download link (the session cookie goes with it). */
export const noticeLetterUrl = (caseId: string, participantId: string, language: 'en' | 'es') =>
  `${memberUrl(caseId, participantId)}/notice-letter?language=${language}`;
