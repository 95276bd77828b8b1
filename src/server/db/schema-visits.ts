import type { ColumnType } from 'kysely';

/**
 * Row types for caseworker visits (VIS-2, VIS-3, migration 20261205T1000-case-visits). Gathered as
 * `CaseVisitTables`, which `DB` in schema.ts extends.
 */
type Moment = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableMoment = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type LegalDate = string; // 'YYYY-MM-DD'
type Version = ColumnType<number, number | undefined, number>;
type Defaulted<T> = ColumnType<T, T | undefined, T>;

export type VisitStatus = 'planned' | 'recorded' | 'cancelled';
export type VisitLocation = 'residence' | 'placement' | 'school' | 'office' | 'other';
export type VisitTopicKind = 'objective' | 'follow_up' | 'own';
export interface VisitTopic {
  kind: VisitTopicKind;
  refId: string | null;
  text: string;
}

export interface CaseVisitTable {
  id: string;
  case_id: string;
  status: Defaulted<VisitStatus>;
  planned_for: LegalDate | null;
  purpose: string;
  topics: ColumnType<VisitTopic[], string | undefined, string>;
  occurred_at: NullableMoment;
  occurred_on: LegalDate | null;
  location_kind: VisitLocation | null;
  location_note: string | null;
  safety_new_concerns: boolean | null;
  safety_children_safe: boolean | null;
  safety_note: string | null;
  family_words: string | null;
  next_steps: string | null;
  next_visit_on: LegalDate | null;
  cancelled_reason: string | null;
  record_digest: string | null;
  version: Version;
  created_by: string;
  created_at: Moment;
  recorded_by: string | null;
  recorded_at: NullableMoment;
  updated_by: string | null;
  updated_at: Moment;
}

export interface CaseVisitPersonTable {
  visit_id: string;
  case_id: string;
  person_id: string;
  role: 'child' | 'parent' | 'other_adult';
  seen: boolean;
  not_seen_reason: string | null;
  private_time_minutes: number | null;
}

export interface CaseVisitProgressTable {
  id: string;
  visit_id: string;
  case_id: string;
  objective_id: string;
  objective_text: string;
  note: string;
  given_by_kind: 'parent' | 'child' | 'relative' | 'provider' | 'worker' | 'other';
  given_by_person_id: string | null;
  given_by_name: string | null;
}

export interface CaseVisitTables {
  case_visit: CaseVisitTable;
  case_visit_person: CaseVisitPersonTable;
  case_visit_progress: CaseVisitProgressTable;
}
