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

export interface PersonRecordTables {
  person_version: PersonVersionTable;
}
