import { sql, type Transaction } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { AddNoticeInput } from './relative-notice.schema.js';

type Trx = Transaction<DB>;

export const findNotices = (trx: Trx, caseId: string, personId: string) =>
  trx
    .selectFrom('relative_notice as n')
    .innerJoin('staff_user as u', 'u.id', 'n.created_by')
    .select(['n.id', 'n.kind', 'n.sent_on', 'n.method', 'n.language', 'n.exception_reason', 'n.created_at', 'u.display_name as created_by_name'])
    .where('n.case_id', '=', caseId)
    .where('n.person_id', '=', personId)
    .orderBy('n.sent_on', 'desc')
    .orderBy('n.created_at', 'desc')
    .execute();

/** Returns false when the id is already used (a retry, or another record's). */
export async function insertNotice(trx: Trx, caseId: string, personId: string, input: AddNoticeInput, by: string) {
  const row = await trx
    .insertInto('relative_notice')
    .values({
      id: input.id,
      case_id: caseId,
      person_id: personId,
      kind: input.kind,
      sent_on: input.sentOn,
      method: input.kind === 'notified' ? (input.method ?? null) : null,
      language: input.language,
      exception_reason: input.kind === 'exception' ? (input.exceptionReason ?? null) : null,
      created_by: by,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return !!row;
}

/**
 * The case's known adult relatives (SSA §471(a)(29): "all adult grandparents and other adult
 * relatives"): relatives and other family, alive, 18 or older or of unknown age, with whether each
 * has a notice or an exception recorded.
 */
export const findAdultRelatives = (trx: Trx, caseId: string) =>
  trx
    .selectFrom('case_participant as cp')
    .innerJoin('person as p', 'p.id', 'cp.person_id')
    .select(['p.id as person_id'])
    .select(sql<boolean>`exists (select 1 from relative_notice n where n.case_id = cp.case_id and n.person_id = cp.person_id)`.as('has_notice'))
    .where('cp.case_id', '=', caseId)
    .where('cp.role', 'in', ['relative', 'other_family'])
    .where('p.deceased', '=', false)
    .where(sql<boolean>`coalesce(extract(year from age(current_date, p.date_of_birth))::int, p.approximate_age, 18) >= 18`)
    .execute();
