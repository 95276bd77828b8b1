/**
 * Shapes the Hearth API answers with, as described in docs/api-contract.md.
 * Moments are ISO strings with an offset; legal dates (date of birth) are `YYYY-MM-DD`.
 */

import type { personAnswer, personInput, personSearchAnswer } from '../../server/features/persons/persons.schema';
import type { absencesAnswer, approvalAnswer, delegatesAnswer } from '../../server/features/approvals/approvals.schema';
import type { auditSearchAnswer } from '../../server/features/audit/audit.schema';
import type { taskAnswer } from '../../server/features/work/work.schema';
import type { Answer, Input } from './contract';
import type { CaseListItem } from './cases';
export type Role = 'hotline_screener' | 'investigator' | 'caseworker' | 'supervisor' | 'program_manager' | 'qa_reviewer' | 'administrator';
export type Language = 'en' | 'es';

export interface Me {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  orgUnit: { id: string; name: string };
  language: Language;
  timeZone: string;
}

export interface Session {
  user: Me;
  csrfToken: string;
}

export type ReportStatus = 'draft' | 'submitted' | 'returned' | 'approved';
export type Decision = 'screen_in' | 'screen_in_family_assessment' | 'screen_out';
export type ParticipantRole = 'alleged_victim' | 'parent' | 'household_member' | 'other_family';
export type ParentType = 'custodial' | 'non_custodial';
export type Sex = 'female' | 'male' | 'unknown';
export type RelationshipKind =
  | 'parent_of'
  | 'child_of'
  | 'sibling_of'
  | 'grandparent_of'
  | 'grandchild_of'
  | 'partner_of'
  | 'household_member_of'
  | 'relative_of'
  | 'other';

export type DurationUnit = 'hours' | 'calendar_days' | 'business_days' | 'months';

export interface Duration {
  amount: number;
  unit: DurationUnit;
}

/** A response priority from the agency's practice profile; `within` is null while the agency has not set it. */
export interface ResponsePriority {
  code: string;
  label: Record<Language, string> | null;
  hours: number | null;
  within: Duration | null;
}

export interface Reference {
  responsePriorities: ResponsePriority[];
  maltreatmentTypes: string[];
  reporterTypes: string[];
  channels: string[];
  races: string[];
  ethnicities: string[];
  icwaInquiry: string[];
  participantRoles: string[];
  relationshipKinds: string[];
  decisions: string[];
  timeZone: string;
  profile: { code: string; version: number } | null;
}

export interface ReportSummary {
  id: string;
  number: string;
  status: ReportStatus;
  receivedAt: string;
  childNames: string[];
  decision: Decision | null;
  responsePriority: string | null;
  updatedAt: string;
}

export interface InvestigationSummary {
  id: string;
  number: string;
  reportId: string;
  reportNumber: string;
  responsePriority: string;
  /** Null when the agency's profile has not set the response time for this priority. */
  responseDueAt: string | null;
  status: string;
  childNames: string[];
  orgUnitName: string;
}

export interface MyWork {
  reports: ReportSummary[];
  investigations: InvestigationSummary[];
  cases: CaseListItem[];
}

export interface PriorReport {
  id: string;
  number: string;
  receivedAt: string;
  status: ReportStatus;
  decision: Decision | null;
  role: ParticipantRole;
}

export interface Alias {
  firstName: string;
  lastName: string;
  kind: string;
}

/** One search result (GET /api/persons/search). */
export type PersonMatch = Answer<typeof personSearchAnswer>['results'][number];

/** The person search's criteria (personSearchQuery on the server; a query string, so written out here). */
export interface PersonSearchParams {
  firstName?: string;
  lastName: string;
  dateOfBirth?: string;
  approximateAge?: number;
  /** Street and/or city (PLAT-4). */
  address?: string;
}

export interface AddressInput {
  line1: string;
  line2?: string;
  city: string;
  state: string;
  postalCode?: string;
  confidential: boolean;
}

/** What POST /api/persons accepts: the server's own schema (issue 10: one contract), so the two cannot drift. */
export type PersonInput = Input<typeof personInput>;

/** A person as GET /api/persons/:id and POST /api/persons answer. */
export type Person = Answer<typeof personAnswer>;

export interface Reporter {
  reporterType: string;
  mandated: boolean;
  anonymous: boolean;
  name: string | null;
  phone: string | null;
  email: string | null;
  relationshipToFamily: string | null;
}

export interface Participant {
  id: string;
  personId: string;
  role: ParticipantRole;
  parentType: ParentType | null;
  livesInHousehold: boolean;
  person: { firstName: string; lastName: string; dateOfBirth: string | null; approximateAge: number | null; sex: Sex };
}

export interface Allegation {
  id: string;
  victimPersonId: string;
  perpetratorPersonId: string | null;
  maltreatmentType: string;
  description: string;
}

/** INT-2: reads "personId is <kind> relatedPersonId", e.g. mother `parent_of` child. */
export interface Relationship {
  id: string;
  personId: string;
  relatedPersonId: string;
  kind: RelationshipKind;
}

export interface Review {
  action: 'submitted' | 'approved' | 'returned';
  comment: string | null;
  reviewerName: string;
  createdAt: string;
}

export interface Report {
  id: string;
  number: string;
  status: ReportStatus;
  version: number;
  receivedAt: string;
  channel: string;
  narrative: string;
  orgUnit: { id: string; name: string };
  screener: { id: string; displayName: string };
  reporter: Reporter | null;
  reporterHidden: boolean;
  participants: Participant[];
  relationships: Relationship[];
  allegations: Allegation[];
  decision: Decision | null;
  responsePriority: string | null;
  decisionRationale: string | null;
  communityReferral: string | null;
  reviews: Review[];
  investigation: ReportInvestigation | null;
  abilities: { edit: boolean; submit: boolean; decide: boolean };
}

/** Fields a screener may change with PATCH /api/reports/:id. */
export interface ReportChanges {
  channel?: string;
  receivedAt?: string;
  narrative?: string;
  reporter?: Reporter;
  decision?: Decision | null;
  responsePriority?: string | null;
  decisionRationale?: string | null;
  communityReferral?: string | null;
}

export interface NewParticipant {
  personId: string;
  role: ParticipantRole;
  parentType?: ParentType | null;
  livesInHousehold: boolean;
}

export interface NewAllegation {
  victimPersonId: string;
  perpetratorPersonId: string | null;
  maltreatmentType: string;
  description: string;
}

export interface NewRelationship {
  personId: string;
  relatedPersonId: string;
  kind: RelationshipKind;
}

export type ApprovalKind =
  | 'screening_decision'
  | 'response_priority_override'
  | 'safety_plan'
  | 'risk_override'
  | 'investigation_decision'
  | 'case_plan'
  | 'placement'
  | 'closure'
  | 'extension'
  | 'funding';
/**
 * What a report shows of its investigation (PLAT-1): to every reader, number, status, unit and final
 * disposition; the assignee, the clock and the link only when `canOpen` (the hotline cannot).
 */
export interface ReportInvestigation {
  id: string;
  number: string;
  status: 'open' | 'closed';
  orgUnitName: string;
  disposition: 'close' | 'close_with_referral' | 'open_in_home' | 'open_out_of_home' | null;
  canOpen: boolean;
  investigatorName: string | null;
  responseDueAt: string | null;
}

export type SubjectType = 'report' | 'investigation' | 'case';
export type ApprovalStatus = 'pending' | 'approved' | 'returned' | 'withdrawn';
export type ApprovalAction = 'requested' | 'routed' | 'delegated' | 'approved' | 'returned' | 'withdrawn';

export type ApprovalHistoryEntry = ApprovalItem['history'][number];

/** What the queue shows about a screening decision without opening the report. */
export interface ScreeningSummary {
  reportId: string;
  number: string;
  decision: Decision | null;
  responsePriority: string | null;
  submittedAt: string | null;
  childNames: string[];
  reportVersion: number;
  /** The response clock, running from receipt while the screen-in waits (issue 9 item 6). */
  responseDueAt: string | null;
  /** Other open investigations about the same children (item 10). */
  openInvestigations: { investigationId: string; number: string; unitName: string; mayOpen: boolean }[];
}

/** SUP-3: one request for a decision the practice profile says needs approval. `summary` is `ScreeningSummary` for `screening_decision`; a few words per kind otherwise. */
export type ApprovalItem = Answer<typeof approvalAnswer>;

export interface Investigation {
  id: string;
  number: string;
  track: 'investigation' | 'family_assessment';
  status: string;
  orgUnitName: string;
  investigatorName: string | null;
  responsePriority: string;
  responseDueAt: string | null;
  report: { id: string; number: string; receivedAt: string; narrative: string };
  children: { personId: string; firstName: string; lastName: string; dateOfBirth: string | null }[];
  allegations: { id: string; victimPersonId: string; victimName: string; perpetratorName: string | null; maltreatmentType: string }[];
  // INV-1..8 workspace (docs/api-investigation.md).
  version: number;
  mayRecord: boolean;
  completionDueAt: string | null;
  /** INV-8: `isChild` marks every child in the home, alleged victim or not. */
  household: { personId: string; firstName: string; lastName: string; dateOfBirth: string | null; role: ParticipantRole; parentType: ParentType | null; livesInHousehold: boolean; isChild: boolean }[];
  openInvestigationsSharing?: { investigationId: string; number: string; unitName: string; personNames: string[]; mayOpen: boolean }[];
  priorHistory: { reportId: string; reportNumber: string; receivedAt: string; decision: Decision | null; status: ReportStatus; personNames: string[]; mayOpen: boolean }[];
  decision: { decision: string | null; status: string | null; reason: string | null; communityReferral: string | null; caseId: string | null; caseNumber: string | null } | null;
}

export interface Investigator {
  id: string;
  displayName: string;
  orgUnitName: string;
  openInvestigations: number;
}

export interface AuditQuery {
  personId?: string;
  userId?: string;
  from?: string;
  to?: string;
}

export type AuditEvent = Answer<typeof auditSearchAnswer>['events'][number];

/** SUP-5: a task from the work engine; title and reason come in the reader's language; `dueAt` is null when the agency has not set the limit. */
export type Task = Answer<typeof taskAnswer>;

export type NotificationKind = 'task.reminder' | 'task.escalated' | 'task.urgent' | 'approval.requested' | 'approval.decided';

export interface StaffNotification {
  id: string;
  kind: NotificationKind;
  payload: Record<string, unknown>;
  /** The task's name in the reader's language (task notifications), from the server. */
  title?: string | null;
  createdAt: string;
  readAt: string | null;
}

export type Absence = Answer<typeof absencesAnswer>['items'][number];

export interface NewAbsence {
  startsOn: string;
  endsOn: string;
  delegateId: string;
}

export type StaffMember = Answer<typeof delegatesAnswer>['staff'][number];

export type ProfileCode = 'ct' | 'ga' | 'vt';

/** PLAT-3: a practice profile version in plain language. */
export interface ProfileDescription {
  code: ProfileCode;
  version: number;
  effectiveFrom: string;
  name: string;
  summary: string;
  timeZone: string;
  sections: { key: string; heading: string; lines: { key: string; text: string; source: string | null; agencyToSet: boolean }[] }[];
}

export interface AgencyProfile {
  active: ProfileDescription;
  versions: { version: number; effectiveFrom: string; current: boolean }[];
  choices: { id: string; code: ProfileCode; chosenAt: string; chosenBy: string | null; note: string | null }[];
  available: { code: ProfileCode; name: string }[];
}
