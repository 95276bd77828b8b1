/**
 * Shapes the Hearth API answers with, as described in docs/api-contract.md.
 * Moments are ISO strings with an offset; legal dates (date of birth) are `YYYY-MM-DD`.
 */

import type { screeningDecisions } from '../../domain/screening';
import type { ReportStatus } from '../../server/db/schema';
import type { absencesAnswer, approvalAnswer, delegatesAnswer } from '../../server/features/approvals/approvals.schema';
import type { auditSearchAnswer } from '../../server/features/audit/audit.schema';
import type { languages, meAnswer, sessionAnswer } from '../../server/features/auth/auth.schema';
import type { myWorkAnswer } from '../../server/features/my-work/my-work.schema';
import type { personAnswer, personInput, personSearchAnswer, sexes } from '../../server/features/persons/persons.schema';
import type { agencyProfileAnswer, profileDescriptionAnswer } from '../../server/features/profile/profile.schema';
import type {
  addAllegationInput,
  addParticipantInput,
  addRelationshipInput,
  investigatorsAnswer,
  parentTypes,
  participantRoles,
  relationshipKinds,
  reportAnswer,
  updateReportInput,
} from '../../server/features/reports/reports.schema';
import type { taskAnswer } from '../../server/features/work/work.schema';
import type { Role } from '../../server/platform/roles';
import type { ProfileCode } from '../../profiles/profile-schema';
import type { investigationAnswer } from '../../server/features/investigations/investigations.schema';
import type { Answer, Input } from './contract';

export type { ProfileCode, ReportStatus, Role };
export type Language = (typeof languages)[number];

/** The signed-in user (GET /api/auth/me, sign-in, the language switch). */
export type Me = Answer<typeof meAnswer>;
export type Session = Answer<typeof sessionAnswer>;

export type Decision = (typeof screeningDecisions)[number];
export type ParticipantRole = (typeof participantRoles)[number];
export type ParentType = (typeof parentTypes)[number];
export type Sex = (typeof sexes)[number];
export type RelationshipKind = (typeof relationshipKinds)[number];

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

/** GET /api/my-work: my reports, the investigations I must respond to and the cases I carry. */
export type MyWork = Answer<typeof myWorkAnswer>;
export type ReportSummary = MyWork['reports'][number];
export type InvestigationSummary = MyWork['investigations'][number];

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

/** A report as every report route answers it; `reporter` is null when the reader may not see it (`reporterHidden`). */
export type Report = Answer<typeof reportAnswer>;
export type Reporter = NonNullable<Report['reporter']>;
export type Participant = Report['participants'][number];
export type Allegation = Report['allegations'][number];
/** INT-2: reads "personId is <kind> relatedPersonId", e.g. mother `parent_of` child. */
export type Relationship = Report['relationships'][number];
export type Review = Report['reviews'][number];
/**
 * What a report shows of its investigation (PLAT-1): to every reader, number, status, unit and final
 * disposition; the assignee, the clock and the link only when `abilities.open` (the hotline cannot).
 */
export type ReportInvestigation = NonNullable<Report['investigation']>;

/** Fields a screener may change with PATCH /api/reports/:id (the version travels separately). */
export type ReportChanges = Omit<Input<typeof updateReportInput>, 'version'>;
export type NewParticipant = Omit<Input<typeof addParticipantInput>, 'version'>;
export type NewAllegation = Omit<Input<typeof addAllegationInput>, 'version'>;
export type NewRelationship = Omit<Input<typeof addRelationshipInput>, 'version'>;

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
  openInvestigations: { investigationId: string; number: string; unitName: string; abilities: { open: boolean } }[];
}

/** SUP-3: one request for a decision the practice profile says needs approval. `summary` is `ScreeningSummary` for `screening_decision`; a few words per kind otherwise. */
export type ApprovalItem = Answer<typeof approvalAnswer>;

/** The investigator's workspace (INV-1..8, docs/api-investigation.md); `household[].isChild` marks every child in the home (INV-8). */
export type Investigation = Answer<typeof investigationAnswer>;

/** One investigator the approving supervisor could assign (GET /api/staff/investigators). */
export type Investigator = Answer<typeof investigatorsAnswer>['staff'][number];

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

/** PLAT-3: a practice profile version in plain language. */
export type ProfileDescription = Answer<typeof profileDescriptionAnswer>;

export type AgencyProfile = Answer<typeof agencyProfileAnswer>;
