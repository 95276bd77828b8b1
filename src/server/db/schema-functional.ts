import type { ColumnType } from 'kysely';

/**
 * Row types for each child's functional assessment (FCA-2, migration
 * 20261204T1900-child-functional-assessment). Gathered as `FunctionalAssessmentTables`, which `DB`
 * in schema.ts extends.
 */
type Moment = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableMoment = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type LegalDate = ColumnType<string, string, string>; // 'YYYY-MM-DD'
type Version = ColumnType<number, number | undefined, number>;

export interface ChildFunctionalAssessmentTable {
  id: string;
  case_id: string;
  child_person_id: string;
  instrument_key: string;
  instrument_version: number;
  status: ColumnType<'draft' | 'completed', 'draft' | 'completed' | undefined, 'draft' | 'completed'>;
  answers: ColumnType<Record<string, unknown>, string | undefined, string>;
  result: ColumnType<unknown | null, string | null | undefined, string | null>;
  assessed_on: LegalDate;
  version: Version;
  created_by: string;
  created_at: Moment;
  updated_at: Moment;
  completed_by: string | null;
  completed_at: NullableMoment;
}

export interface FunctionalAssessmentTables {
  child_functional_assessment: ChildFunctionalAssessmentTable;
}
