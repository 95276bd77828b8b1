import { queryOptions } from '@tanstack/react-query';
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
