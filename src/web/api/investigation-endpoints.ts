import { queryOptions } from '@tanstack/react-query';
import type { extensionAnswer } from '../../server/features/investigations/investigations.schema';
import { http } from './client';
import type { Answer } from './contract';
import type { InstrumentAnswers } from './instruments';
import type { Investigation } from './types';
import type {
  Assessment,
  AssessmentKind,
  Contact,
  ContactInput,
  ContactList,
  DecisionInput,
  FindingCode,
  FindingItem,
  Findings,
  InvestigationDecisionView,
  ExtensionInput,
  RiskOverrideInput,
} from './investigation-types';

/** One function per endpoint of docs/api-investigation.md that the investigator's workspace uses. */

const base = (id: string) => `/api/investigations/${encodeURIComponent(id)}`;

export const fetchContacts = (id: string) => http.get<ContactList>(`${base(id)}/contacts`);
/** The client-made id makes a repeated create answer the same contact instead of a second one. */
export const createContact = (id: string, contactId: string, input: ContactInput) => http.post<Contact>(`${base(id)}/contacts`, { id: contactId, ...input });
export const updateContact = (id: string, contactId: string, version: number, input: ContactInput) =>
  http.put<Contact>(`${base(id)}/contacts/${encodeURIComponent(contactId)}`, { version, ...input });

export const fetchAssessment = (id: string, kind: AssessmentKind) => http.get<Assessment>(`${base(id)}/assessments/${kind}`);
export const saveAssessment = (id: string, kind: AssessmentKind, body: { answers: InstrumentAnswers; version?: number; complete?: boolean }) =>
  http.put<Assessment>(`${base(id)}/assessments/${kind}`, body);
export const requestRiskOverride = (id: string, version: number, override: RiskOverrideInput) =>
  http.post<Assessment>(`${base(id)}/assessments/risk/override`, { version, override });

export const fetchFindings = (id: string) => http.get<Findings>(`${base(id)}/findings`);
export const saveFinding = (id: string, allegationId: string, body: { finding: FindingCode; rationale: string; version?: number }) =>
  http.put<FindingItem>(`${base(id)}/findings/${encodeURIComponent(allegationId)}`, body);

export const fetchDecision = (id: string) => http.get<InvestigationDecisionView>(`${base(id)}/decision`);
export const saveDecision = (id: string, input: DecisionInput) => http.put<InvestigationDecisionView>(`${base(id)}/decision`, input);
export const submitDecision = (id: string, version: number) => http.post<InvestigationDecisionView>(`${base(id)}/decision/submit`, { version });
export const requestExtension = (id: string, input: ExtensionInput) => http.post<Answer<typeof extensionAnswer>>(`${base(id)}/extension`, input);

/** Keys start with ['investigation', id] so one invalidation refreshes the whole workspace. */
export const investigationKey = (id: string) => ['investigation', id] as const;

export const contactsQuery = (id: string) => queryOptions({ queryKey: [...investigationKey(id), 'contacts'], queryFn: () => fetchContacts(id) });
export const assessmentQuery = (id: string, kind: AssessmentKind) =>
  queryOptions({ queryKey: [...investigationKey(id), 'assessment', kind], queryFn: () => fetchAssessment(id, kind) });
export const findingsQuery = (id: string) => queryOptions({ queryKey: [...investigationKey(id), 'findings'], queryFn: () => fetchFindings(id) });
export const decisionQuery = (id: string) => queryOptions({ queryKey: [...investigationKey(id), 'decision'], queryFn: () => fetchDecision(id) });

/** INV-1, INV-8: a person found during the investigation joins its household. */
export interface FoundParticipant {
  personId: string;
  role: 'household_member' | 'parent' | 'other_family';
  parentType: 'custodial' | 'non_custodial' | null;
  livesInHousehold: boolean;
}
export const addFoundParticipant = (id: string, participant: FoundParticipant) => http.post<Investigation>(`${base(id)}/participants`, participant);
