import { sql, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';

type Trx = Transaction<DB>;

export interface RecordHit {
  type: 'report' | 'investigation' | 'case';
  id: string;
  number: string;
}

/**
 * The record with exactly this number, if the caller may open it. Reports follow their row-level
 * security; investigations and cases ask the same need-to-know functions their pages do, so a
 * case row an approver may glimpse (`family_case_from_investigation`) is not offered.
 */
export async function findByNumber(trx: Trx, number: string): Promise<RecordHit[]> {
  const { rows } = await sql<RecordHit>`
    select 'report' as type, r.id, r.number from report r where r.number = ${number}
    union all
    select 'investigation', i.id, i.number from investigation i where i.number = ${number} and hearth_can_see_investigation(i.id)
    union all
    select 'case', c.id, c.number from family_case c where c.number = ${number} and hearth_can_see_subject('case', c.id)`.execute(trx);
  return rows;
}
