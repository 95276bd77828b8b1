import type { ColumnType, Generated } from 'kysely';

/**
 * Row types for the ongoing case's own records (issue 11): assignments, participants (the family
 * network), diligent searches, relative notices,
 * documents and the family-centred assessment. Hand-written like schema.ts, which gathers them into `DB`.
 */
type Moment = ColumnType<Date, Date | string | undefined, Date | string>;
type LegalDate = string; // 'YYYY-MM-DD'
type Version = ColumnType<number, number | undefined, number>;
type NullableMoment = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export interface CaseAssignmentTable {
  id: Generated<string>;
  case_id: string;
  user_id: string;
  role: Generated<string>;
  started_at: Moment;
  ended_at: NullableMoment;
  ended_by: string | null;
  reason: string | null;
}

export interface CaseParticipantTable {
  id: Generated<string>;
  case_id: string;
  person_id: string;
  role: string;
  side: 'maternal' | 'paternal' | 'both' | null;
  connection: Generated<string>;
  support_kind: string | null;
  tie_strength: 'strong' | 'moderate' | 'tenuous' | 'stressful' | null;
  placement_resource: Generated<boolean>;
  safety_monitor: Generated<boolean>;
  whereabouts_unknown: Generated<boolean>;
  added_by: string | null;
  added_at: Moment;
  version: Version;
}

export interface CaseDocumentTable {
  id: string;
  case_id: string;
  person_id: string | null;
  meeting_id: string | null;
  doc_type: string;
  document_date: LegalDate;
  description: Generated<string>;
  visibility: Generated<'case' | 'workers'>;
  filename: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  content: Buffer;
  created_by: string;
  created_at: Moment;
}

export interface RelativeNoticeTable {
  id: string;
  case_id: string;
  person_id: string;
  kind: 'notified' | 'exception';
  sent_on: LegalDate;
  method: 'mail' | 'in_person' | 'phone' | 'email' | null;
  language: 'en' | 'es';
  exception_reason: string | null;
  created_by: string;
  created_at: Moment;
}

export interface DiligentSearchEffortTable {
  id: string;
  case_id: string;
  person_id: string;
  searched_on: LegalDate;
  source: string;
  outcome: string;
  found: Generated<boolean>;
  found_address: string | null;
  created_by: string;
  created_at: Moment;
}

/** FCA-1/3/4: one version of a case's family-centred assessment; `content` is validated by the service. */
export interface FamilyAssessmentTable {
  id: string;
  case_id: string;
  version_no: number;
  status: ColumnType<'draft' | 'completed', 'draft' | 'completed' | undefined, 'draft' | 'completed'>;
  content: ColumnType<Record<string, unknown>, string, string>;
  version: Version;
  previous_id: string | null;
  created_by: string;
  created_at: Moment;
  updated_at: Moment;
  completed_by: string | null;
  completed_at: NullableMoment;
}
