import type { ColumnType, Generated } from 'kysely';
import type {
  AllegationFindingTable,
  InvestigationContactTable,
  SafetyPlanReviewTable,
  SafetyPlanSignatureTable,
  SafetyPlanTable,
} from './schema-investigation.js';
import type {
  CaseAssignmentTable,
  CaseDocumentTable,
  CaseParticipantTable,
  DiligentSearchEffortTable,
  FamilyAssessmentTable,
  RelativeNoticeTable,
} from './schema-case.js';
import type { FunctionalAssessmentTables } from './schema-functional.js';
import type { PersonRecordTables } from './schema-person.js';
import type { FamilyTeamTables } from './schema-team.js';
import type { CasePlanTables } from './schema-case-plan.js';
import type { CaseVisitTables } from './schema-visits.js';

export type * from './schema-case.js';
export type * from './schema-functional.js';
export type * from './schema-person.js';
export type * from './schema-team.js';
export type * from './schema-case-plan.js';
export type * from './schema-visits.js';
export type * from './schema-investigation.js';

/** Row types as the database holds them. Hand-written: each table's shape reads in one place. */
type Moment = ColumnType<Date, Date | string | undefined, Date | string>;
type RequiredMoment = ColumnType<Date, Date | string, Date | string>;
type LegalDate = string; // 'YYYY-MM-DD'
type Version = ColumnType<number, number | undefined, number>;
type Computed<T> = ColumnType<T, never, never>;
type NullableMoment = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export interface OrgUnitTable {
  id: Generated<string>;
  parent_id: string | null;
  kind: 'state' | 'region' | 'office' | 'unit';
  unit_function: 'hotline' | 'investigation' | 'ongoing' | 'administration' | 'quality' | null;
  code: string;
  name: string;
  path: string[];
  supervisor_id: string | null;
  version: Version;
}

export interface StaffUserTable {
  id: Generated<string>;
  username: string;
  display_name: string;
  email: string | null;
  password_hash: string;
  roles: string[];
  org_unit_id: string;
  scope_unit_id: string | null;
  language: Generated<'en' | 'es'>;
  active: Generated<boolean>;
  created_at: Moment;
  version: Version;
}

export interface SignInThrottleTable {
  username_key: string;
  failures: Generated<number>;
  last_failure_at: Moment;
  locked_until: Date | null;
}

export interface StaffSessionTable {
  id: Generated<string>;
  token_hash: string;
  csrf_token: string;
  user_id: string;
  created_at: Moment;
  last_seen_at: Moment;
  expires_at: RequiredMoment;
  ended_at: Date | null;
  ip: string | null;
  user_agent: string | null;
}

export interface PersonTable {
  id: Generated<string>;
  first_name: string;
  middle_name: string | null;
  last_name: string;
  suffix: string | null;
  date_of_birth: LegalDate | null;
  approximate_age: number | null;
  sex: Generated<'female' | 'male' | 'unknown'>;
  races: Generated<
    Array<'american_indian_alaska_native' | 'asian' | 'black' | 'native_hawaiian_pacific_islander' | 'white' | 'unable_to_determine' | 'declined'>
  >;
  ethnicity: Generated<'hispanic' | 'not_hispanic' | 'unable_to_determine' | 'declined' | 'unknown'>;
  tribal_affiliation: string | null;
  icwa_inquiry: Generated<'not_yet_asked' | 'reason_to_know' | 'no_reason_to_know'>;
  icwa_inquiry_date: LegalDate | null;
  primary_language: Generated<string>;
  interpreter_needed: Generated<boolean>;
  deceased: Generated<boolean>;
  phone: string | null;
  email: string | null;
  /** PLAT-4: set when this record was merged into another; it remains as a pointer. */
  merged_into: Generated<string | null>;
  org_unit_id: string;
  created_by: string;
  created_at: Moment;
  updated_at: Moment;
  version: Version;
  search_name: Computed<string>;
  first_name_code: Computed<string>;
  last_name_code: Computed<string>;
}

export interface PersonAliasTable {
  id: Generated<string>;
  person_id: string;
  first_name: string;
  last_name: string;
  kind: Generated<'alias' | 'maiden' | 'nickname' | 'previous_legal'>;
  search_name: Computed<string>;
  last_name_code: Computed<string>;
}

export interface PersonAddressTable {
  id: Generated<string>;
  person_id: string;
  line1: string;
  line2: string | null;
  city: string;
  state: string;
  postal_code: string | null;
  confidential: Generated<boolean>;
  current: Generated<boolean>;
  version: Version;
}

export interface RelationshipTable {
  id: Generated<string>;
  person_id: string;
  related_person_id: string;
  kind: 'parent_of' | 'child_of' | 'sibling_of' | 'grandparent_of' | 'grandchild_of' | 'partner_of' | 'household_member_of' | 'relative_of' | 'other';
  created_by: string;
  created_at: Moment;
}

export const reportStatuses = ['draft', 'submitted', 'returned', 'approved'] as const;
export type ReportStatus = (typeof reportStatuses)[number];

export interface ReportTable {
  id: Generated<string>;
  number: string;
  status: Generated<ReportStatus>;
  received_at: Moment;
  channel: Generated<'phone' | 'online' | 'email' | 'fax' | 'in_person' | 'law_enforcement'>;
  narrative: Generated<string>;
  org_unit_id: string;
  screener_id: string;
  decision: 'screen_in' | 'screen_in_family_assessment' | 'screen_out' | null;
  response_priority: string | null;
  decision_rationale: string | null;
  community_referral: string | null;
  submitted_at: Date | null;
  decided_at: Date | null;
  decided_by: string | null;
  created_at: Moment;
  updated_at: Moment;
  version: Version;
}

export interface ReportReporterTable {
  report_id: string;
  reporter_type: Generated<
    | 'social_services'
    | 'medical'
    | 'mental_health'
    | 'legal_law_enforcement'
    | 'education'
    | 'child_daycare'
    | 'substitute_care_provider'
    | 'alleged_victim'
    | 'parent'
    | 'other_relative'
    | 'friend_neighbor'
    | 'alleged_perpetrator'
    | 'anonymous'
    | 'other'
    | 'unknown'
  >;
  mandated: Generated<boolean>;
  anonymous: Generated<boolean>;
  name: string | null;
  phone: string | null;
  email: string | null;
  relationship_to_family: string | null;
  version: Version;
}

export interface ReportParticipantTable {
  id: Generated<string>;
  report_id: string;
  person_id: string;
  // Read as the CHECK constraint's codes; written from already-validated input.
  role: ColumnType<'alleged_victim' | 'parent' | 'household_member' | 'other_family', string, string>;
  parent_type: ColumnType<'custodial' | 'non_custodial' | null, string | null | undefined, string | null>;
  lives_in_household: Generated<boolean>;
  /** Set when the investigator added the person during the investigation (INV-1, INV-8). */
  added_by_investigation: string | null;
  added_by: string | null;
  added_at: NullableMoment;
}

export interface AllegationTable {
  id: Generated<string>;
  report_id: string;
  victim_person_id: string;
  perpetrator_person_id: string | null;
  maltreatment_type: 'physical_abuse' | 'neglect' | 'medical_neglect' | 'sexual_abuse' | 'psychological_maltreatment' | 'sex_trafficking' | 'other';
  description: Generated<string>;
  created_at: Moment;
}

export interface ReportReviewTable {
  id: Generated<string>;
  report_id: string;
  reviewer_id: string;
  action: 'submitted' | 'approved' | 'returned';
  comment: string | null;
  created_at: Moment;
}

export interface InvestigationTable {
  id: Generated<string>;
  number: string;
  report_id: string;
  track: 'investigation' | 'family_assessment';
  status: Generated<'open' | 'closed'>;
  org_unit_id: string;
  investigator_id: string | null;
  response_priority: string;
  response_due_at: ColumnType<Date | null, Date | string | null, Date | string | null>;
  assigned_at: Moment;
  created_at: Moment;
  version: Version;
  decision: InvestigationDecision | null;
  decision_status: 'draft' | 'pending' | 'approved' | 'returned' | null;
  decision_reason: string | null;
  recommended_decisions: string[] | null;
  community_referral: string | null;
  decided_by: string | null;
  decided_at: NullableMoment;
  case_id: string | null;
  closed_at: NullableMoment;
  unseen_exception_code: string | null;
  unseen_exception_efforts: string | null;
  /** Set by the database: lets the approver of a screen-in see the row only in the transaction that opened it. */
  opened_in_xact: Generated<string | null>;
}

export type InvestigationDecision = 'close' | 'close_with_referral' | 'open_in_home' | 'open_out_of_home';

export interface FamilyCaseTable {
  id: Generated<string>;
  number: string;
  kind: 'in_home' | 'out_of_home';
  status: Generated<'open' | 'closed'>;
  org_unit_id: string;
  investigation_id: string | null;
  opened_at: Moment;
  closed_at: Date | null;
  version: Version;
  created_by: string | null;
}

export interface RecordCollaboratorTable {
  id: Generated<string>;
  record_type: 'report' | 'investigation' | 'case';
  record_id: string;
  user_id: string;
  granted_by: string;
  created_at: Moment;
}

export interface AuditEventTable {
  seq: Generated<number>;
  occurred_at: Moment;
  actor_id: string | null;
  action: string;
  record_type: string;
  record_id: string | null;
  person_ids: ColumnType<string[], string[] | undefined, never>;
  purpose: string | null;
  request_id: string | null;
  ip: string | null;
  details: ColumnType<unknown, string | undefined, never>;
  row_hash: ColumnType<string, never, never>;
  chain_pos: ColumnType<number | null, never, never>;
  chain_hash: ColumnType<string | null, never, never>;
}

export const subjectTypes = ['report', 'investigation', 'case'] as const;
export type SubjectType = (typeof subjectTypes)[number];

export interface AgencyProfileChoiceTable {
  id: string;
  profile_code: 'ct' | 'ga' | 'vt';
  chosen_at: Moment;
  chosen_by: string | null;
  note: string | null;
}

export interface InstrumentDefinitionTable {
  key: string;
  version: number;
  kind: string;
  definition: ColumnType<unknown, string, string>;
  imported_by: string;
  imported_at: Moment;
}

export interface InstrumentResponseTable {
  id: string;
  instrument_key: string;
  instrument_version: number;
  /** The definition's kind (screening, safety, risk): one live response of each per subject. */
  instrument_kind: string;
  /** Set on rows an earlier first-save race left behind; only rows without it are live. */
  superseded_at: Generated<Date | null>;
  subject_type: SubjectType;
  subject_id: string;
  child_person_id: string | null;
  status: Generated<'draft' | 'completed'>;
  answers: ColumnType<Record<string, unknown>, string | undefined, string>;
  result: ColumnType<Record<string, unknown>, string | undefined, string>;
  override: ColumnType<Record<string, unknown> | null, string | null | undefined, string | null>;
  created_by: string;
  created_at: Moment;
  updated_at: Moment;
  completed_by: string | null;
  completed_at: Date | null;
  version: Version;
}

export interface DomainEventTable {
  id: string;
  type: string;
  subject_type: SubjectType;
  subject_id: string;
  child_person_id: string | null;
  occurred_at: RequiredMoment;
  recorded_at: Moment;
  actor_id: string | null;
  corrects_event_id: string | null;
  payload: ColumnType<Record<string, unknown>, string | undefined, string>;
}

export interface TaskTable {
  id: string;
  rule_key: string;
  profile_code: 'ct' | 'ga' | 'vt';
  profile_version: number;
  subject_type: SubjectType;
  subject_id: string;
  child_person_id: string | null;
  org_unit_id: string;
  assignee_id: string | null;
  anchor_at: RequiredMoment;
  due_at: ColumnType<Date | null, Date | string | null, Date | string | null>;
  status: Generated<'open' | 'done' | 'cancelled'>;
  created_by_event_id: string;
  closed_by_event_id: string | null;
  created_at: Moment;
  closed_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  reminded_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  escalated_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  escalated_to: string | null;
  version: Version;
}

export interface ApprovalRequestTable {
  id: string;
  kind: string;
  subject_type: SubjectType;
  subject_id: string;
  org_unit_id: string;
  requested_by: string;
  requested_at: Moment;
  routed_to: string | null;
  status: Generated<'pending' | 'approved' | 'returned' | 'withdrawn'>;
  payload: ColumnType<Record<string, unknown>, string | undefined, string>;
  decided_by: string | null;
  decided_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  decision_comment: string | null;
  version: Version;
}

export interface ApprovalActionTable {
  id: string;
  approval_id: string;
  action: 'requested' | 'routed' | 'delegated' | 'approved' | 'returned' | 'withdrawn';
  actor_id: string | null;
  to_user_id: string | null;
  at: Moment;
  comment: string | null;
}

export interface StaffAbsenceTable {
  id: string;
  user_id: string;
  starts_on: LegalDate;
  ends_on: LegalDate;
  delegate_id: string;
  created_by: string;
  created_at: Moment;
}

export interface OutboxMessageTable {
  id: string;
  kind: 'task.reminder' | 'task.escalated' | 'task.urgent' | 'approval.requested' | 'approval.decided';
  recipient_id: string;
  dedupe_key: string;
  payload: ColumnType<Record<string, unknown>, string | undefined, string>;
  created_at: Moment;
  available_at: Moment;
  attempts: Generated<number>;
  delivered_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  last_error: string | null;
}

export interface StaffNotificationTable {
  id: string;
  outbox_id: string;
  recipient_id: string;
  kind: string;
  payload: ColumnType<Record<string, unknown>, string | undefined, string>;
  created_at: Moment;
  read_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

/** INT-5: a report the agency made to law enforcement or another body about a report. */
export interface CrossReportTable {
  id: string;
  report_id: string;
  agency_kind: 'law_enforcement' | 'district_attorney' | 'licensing' | 'tribe' | 'military' | 'other';
  agency_name: string;
  contact_name: string | null;
  method: 'phone' | 'electronic' | 'written' | 'in_person';
  sent_at: ColumnType<Date, Date | string, Date | string>;
  reference_number: string | null;
  notes: Generated<string>;
  created_by: string;
  created_at: Moment;
}

export interface DB extends FamilyTeamTables, FunctionalAssessmentTables, PersonRecordTables, CasePlanTables, CaseVisitTables {
  cross_report: CrossReportTable;
  diligent_search_effort: DiligentSearchEffortTable;
  relative_notice: RelativeNoticeTable;
  case_document: CaseDocumentTable;
  org_unit: OrgUnitTable;
  staff_user: StaffUserTable;
  staff_session: StaffSessionTable;
  sign_in_throttle: SignInThrottleTable;
  person: PersonTable;
  person_alias: PersonAliasTable;
  person_address: PersonAddressTable;
  relationship: RelationshipTable;
  report: ReportTable;
  report_reporter: ReportReporterTable;
  report_participant: ReportParticipantTable;
  allegation: AllegationTable;
  report_review: ReportReviewTable;
  investigation: InvestigationTable;
  family_case: FamilyCaseTable;
  case_assignment: CaseAssignmentTable;
  case_participant: CaseParticipantTable;
  record_collaborator: RecordCollaboratorTable;
  audit_event: AuditEventTable;
  agency_profile_choice: AgencyProfileChoiceTable;
  instrument_definition: InstrumentDefinitionTable;
  instrument_response: InstrumentResponseTable;
  domain_event: DomainEventTable;
  task: TaskTable;
  approval_request: ApprovalRequestTable;
  approval_action: ApprovalActionTable;
  staff_absence: StaffAbsenceTable;
  outbox_message: OutboxMessageTable;
  staff_notification: StaffNotificationTable;
  investigation_contact: InvestigationContactTable;
  allegation_finding: AllegationFindingTable;
  safety_plan: SafetyPlanTable;
  family_assessment: FamilyAssessmentTable;
  safety_plan_signature: SafetyPlanSignatureTable;
  safety_plan_review: SafetyPlanReviewTable;
}
