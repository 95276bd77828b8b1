import type { ColumnType, Generated } from 'kysely';

/** Row types for the person record's history (PLAT-4, migration 20261204T1830-person-record). */
type Moment = ColumnType<Date, Date | string | undefined, Date | string>;

export interface PersonVersionTable {
  id: Generated<string>;
  person_id: string;
  version: number;
  /** The whole record as it stood at `version`, before the change that made the next one. */
  snapshot: ColumnType<unknown, string, string>;
  changed_fields: string[];
  changed_by: string;
  changed_at: Moment;
}

/** A merge of two records of one person (migration 20261205T0900-person-merge); written only by its functions. */
export interface PersonMergeTable {
  id: string;
  survivor_id: string;
  merged_id: string;
  /** For each field the survivor took from the merged record: { from, to }, so an undo can put it back. */
  fields_taken: ColumnType<unknown, string, string>;
  survivor_name: string;
  merged_name: string;
  reason: string;
  merged_by: string;
  merged_at: Moment;
  undone_by: string | null;
  undone_at: Date | null;
  undo_reason: string | null;
}

export interface PersonRecordTables {
  person_version: PersonVersionTable;
  person_merge: PersonMergeTable;
}
