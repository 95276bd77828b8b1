import { queryOptions } from '@tanstack/react-query';
import type { personMergeInput, personMergeList, personUnmergeAnswer } from '../../server/features/persons/merge/person-merge.schema';
import type { personHistoryAnswer, personUpdateInput } from '../../server/features/persons/persons.schema';
import { http } from './client';
import type { Answer, Input } from './contract';
import type { Person } from './types';

/** The person record (PLAT-4): read, edit at the version read, and its earlier versions. */
export type PersonUpdate = Input<typeof personUpdateInput>;
export type PersonHistory = Answer<typeof personHistoryAnswer>;

const personUrl = (personId: string) => `/api/persons/${encodeURIComponent(personId)}`;

export const personQuery = (personId: string) => queryOptions({ queryKey: ['person', personId], queryFn: () => http.get<Person>(personUrl(personId)) });
export const updatePerson = (personId: string, update: PersonUpdate) => http.put<Person>(personUrl(personId), update);
export const personHistoryQuery = (personId: string) =>
  queryOptions({ queryKey: ['person', personId, 'history'], queryFn: () => http.get<PersonHistory>(`${personUrl(personId)}/history`) });

/** PLAT-4: merging a duplicate into a person, and an administrator's list of merges to undo. */
export type PersonMergeInput = Input<typeof personMergeInput>;
export type PersonMergeList = Answer<typeof personMergeList>;
export type PersonUnmerge = Answer<typeof personUnmergeAnswer>;

export const mergePerson = (survivorId: string, input: PersonMergeInput) => http.post<Person>(`${personUrl(survivorId)}/merge`, input);
export const personMergesQuery = () => queryOptions({ queryKey: ['person-merges'], queryFn: () => http.get<PersonMergeList>('/api/person-merges') });
export const undoPersonMerge = (mergeId: string, reason: string) =>
  http.post<PersonUnmerge>(`/api/person-merges/${encodeURIComponent(mergeId)}/undo`, { reason });
