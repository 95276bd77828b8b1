/**
 * Shapes the Hearth API answers with, as described in docs/api-contract.md.
 * Moments are ISO strings with an offset; legal dates (date of birth) are `YYYY-MM-DD`.
 */

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

export interface Reference {
  responsePriorities: { code: string; hours: number }[];
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
  responseDueAt: string;
  status: string;
  childNames: string[];
  orgUnitName: string;
}

export interface MyWork {
  reports: ReportSummary[];
  investigations: InvestigationSummary[];
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

export interface PersonMatch {
  id: string;
  firstName: string;
  middleName: string | null;
  lastName: string;
  dateOfBirth: string | null;
  approximateAge: number | null;
  sex: Sex;
  score: number;
  matchedOn: string[];
  aliases: Alias[];
  priorReports: PriorReport[];
}

export interface PersonSearchParams {
  firstName?: string;
  lastName: string;
  dateOfBirth?: string;
  approximateAge?: number;
}

export interface AddressInput {
  line1: string;
  line2?: string;
  city: string;
  state: string;
  postalCode?: string;
  confidential: boolean;
}

export interface PersonInput {
  firstName: string;
  middleName?: string;
  lastName: string;
  suffix?: string;
  dateOfBirth?: string;
  approximateAge?: number;
  sex: Sex;
  races: string[];
  ethnicity: string;
  tribalAffiliation?: string;
  icwaInquiry: string;
  primaryLanguage: string;
  interpreterNeeded?: boolean;
  aliases?: Alias[];
  address?: AddressInput;
}

export interface Person extends PersonInput {
  id: string;
  version: number;
}

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
  investigation: { id: string; number: string; orgUnitName: string; investigatorName: string | null; responseDueAt: string } | null;
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

export interface ApprovalItem {
  reportId: string;
  number: string;
  submittedAt: string;
  screenerName: string;
  decision: Decision | null;
  responsePriority: string | null;
  childNames: string[];
}

export interface Investigation {
  id: string;
  number: string;
  track: 'investigation' | 'family_assessment';
  status: string;
  orgUnitName: string;
  investigatorName: string | null;
  responsePriority: string;
  responseDueAt: string;
  report: { id: string; number: string; receivedAt: string; narrative: string };
  children: { personId: string; firstName: string; lastName: string; dateOfBirth: string | null }[];
  allegations: { victimName: string; perpetratorName: string | null; maltreatmentType: string }[];
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

export interface AuditEvent {
  seq: number;
  occurredAt: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  recordType: string;
  recordId: string | null;
  personIds: string[];
  purpose: string | null;
  requestId: string | null;
  ip: string | null;
}
