import type { ColumnType, Generated } from 'kysely';

/**
 * Row types for the investigation's own records (INV-1..8): contacts, findings, safety plans with
 * their signatures and reviews. Hand-written like schema.ts, which gathers them into `DB`.
 */
type Moment = ColumnType<Date, Date | string | undefined, Date | string>;
type RequiredMoment = ColumnType<Date, Date | string, Date | string>;
type NullableMoment = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Json<T> = ColumnType<T, string | undefined, string>;
type LegalDate = string; // 'YYYY-MM-DD'
type Version = ColumnType<number, number | undefined, number>;

/** A contact's participant: who was there, whether seen, whether interviewed privately (INV-2). */
export interface ContactParticipant {
  personId: string;
  seen: boolean;
  interviewedPrivately: boolean;
}
/** The quick safety check made at every contact (INV-2). */
export interface ContactSafetyCheck {
  childrenSafe: 'yes' | 'no' | 'not_assessed';
  concerns: string;
}

export interface InvestigationContactTable {
  id: string;
  investigation_id: string;
  occurred_at: RequiredMoment;
  outcome: 'attempted' | 'completed';
  method: 'face_to_face' | 'phone' | 'video' | 'written' | 'other';
  location: 'home' | 'school' | 'office' | 'hospital' | 'relative_home' | 'other';
  location_note: string | null;
  purpose: Generated<string>;
  notes: Generated<string>;
  participants: Json<ContactParticipant[]>;
  safety_check: Json<ContactSafetyCheck>;
  created_by: string;
  created_at: Moment;
  updated_at: Moment;
  version: Version;
}

export type Finding = 'substantiated' | 'indicated' | 'unsubstantiated' | 'unsubstantiated_false' | 'closed_no_finding';

export interface AllegationFindingTable {
  id: string;
  investigation_id: string;
  allegation_id: string;
  finding: Finding;
  rationale: string;
  recorded_by: string;
  recorded_at: Moment;
  version: Version;
}

/** One line of a safety plan (INV-4): the threat, the action that controls it, who, how monitored. */
export interface SafetyPlanAction {
  id: string;
  threat: string;
  action: string;
  responsiblePersonId: string | null;
  responsibleName: string;
  responsibleKind: 'family_network' | 'provider' | 'parent' | 'agency';
  monitoring: string;
  frequency: string;
}

export interface SafetyPlanTable {
  id: string;
  investigation_id: string;
  case_id: string | null;
  safety_assessment_id: string | null;
  status: Generated<'draft' | 'pending_approval' | 'active' | 'ended'>;
  language: Generated<'en' | 'es'>;
  actions: Json<SafetyPlanAction[]>;
  next_review_on: LegalDate | null;
  approved_by: string | null;
  approved_at: NullableMoment;
  ended_at: NullableMoment;
  ended_reason: string | null;
  created_by: string;
  created_at: Moment;
  updated_at: Moment;
  version: Version;
}

export interface SafetyPlanSignatureTable {
  id: string;
  safety_plan_id: string;
  plan_version: number;
  signer_name: string;
  signer_role: 'parent' | 'caregiver' | 'child' | 'family_network' | 'provider' | 'worker' | 'other';
  person_id: string | null;
  method: 'typed' | 'drawn';
  drawing: string | null;
  signed_at: Moment;
  recorded_by: string;
}

export interface SafetyPlanReviewTable {
  id: string;
  safety_plan_id: string;
  reviewed_on: LegalDate;
  outcome: 'continue' | 'revise' | 'end';
  note: string;
  next_review_on: LegalDate | null;
  recorded_by: string;
  recorded_at: Moment;
}
