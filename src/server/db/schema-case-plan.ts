import type { ColumnType } from 'kysely';

/**
 * Row types for the case plan, its parts, agreements and progress reviews (PLAN-1, PLAN-2, PLAN-5,
 * PLAN-6; migration 20261205T1100-case-plan). Gathered as `CasePlanTables`, which `DB` extends.
 */
type Moment = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableMoment = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type LegalDate = string; // 'YYYY-MM-DD'
type Version = ColumnType<number, number | undefined, number>;
type Defaulted<T> = ColumnType<T, T | undefined, T>;

export type CasePlanStatus = 'draft' | 'submitted' | 'approved' | 'returned';

export interface CasePlanTable {
  id: string;
  case_id: string;
  version_no: number;
  status: Defaulted<CasePlanStatus>;
  start_date: LegalDate | null;
  version: Version;
  previous_id: string | null;
  created_by: string;
  created_at: Moment;
  updated_at: Moment;
  submitted_by: string | null;
  submitted_at: NullableMoment;
  decided_by: string | null;
  decided_at: NullableMoment;
  return_comment: string | null;
}

export interface CasePlanGoalTable {
  plan_id: string;
  case_id: string;
  goal_key: string;
  position: number;
  text: string;
}

export interface CasePlanObjectiveTable {
  plan_id: string;
  case_id: string;
  objective_key: string;
  goal_key: string;
  position: number;
  part: 'safety' | 'childNeeds' | 'permanency' | 'wellBeing';
  text: string;
  measure: string;
  start_date: LegalDate | null;
  target_date: LegalDate | null;
  status: Defaulted<'open' | 'achieved' | 'dropped'>;
  need_ids: Defaulted<string[]>;
  findings: Defaulted<string[]>;
}

export interface CasePlanActionStepTable {
  plan_id: string;
  case_id: string;
  step_key: string;
  objective_key: string;
  position: number;
  text: string;
  responsible_kind: 'participant' | 'provider' | 'agency' | null;
  responsible_person_id: string | null;
  responsible_name: string | null;
  due_date: LegalDate | null;
}

export interface CasePlanAgreementTable {
  id: string;
  plan_id: string;
  case_id: string;
  plan_version: number;
  person_id: string;
  signer_role: 'parent' | 'child' | 'caregiver';
  outcome: 'agreed' | 'disagreed' | 'not_reached';
  own_words: string | null;
  method: 'typed' | 'drawn' | null;
  typed_name: string | null;
  drawing: string | null;
  efforts: string | null;
  recorded_by: string;
  recorded_at: Moment;
}

export interface CasePlanReviewTable {
  id: string;
  plan_id: string;
  case_id: string;
  reviewed_on: LegalDate;
  family_view: string;
  meeting_id: string | null;
  recorded_by: string;
  recorded_at: Moment;
}

export interface CasePlanReviewRatingTable {
  review_id: string;
  case_id: string;
  plan_id: string;
  objective_key: string;
  rating: string;
  evidence: string;
  evidence_from: 'parent' | 'child' | 'provider' | 'worker' | 'other';
  given_by_person_id: string | null;
  given_by_name: string | null;
  outcome: 'continue' | 'achieved' | 'revise' | 'drop';
}

export interface CasePlanTables {
  case_plan: CasePlanTable;
  case_plan_goal: CasePlanGoalTable;
  case_plan_objective: CasePlanObjectiveTable;
  case_plan_action_step: CasePlanActionStepTable;
  case_plan_agreement: CasePlanAgreementTable;
  case_plan_review: CasePlanReviewTable;
  case_plan_review_rating: CasePlanReviewRatingTable;
}
