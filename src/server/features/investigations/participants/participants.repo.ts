import type { Transaction } from 'kysely';
import type { DB } from '../../../db/schema.js';

type Trx = Transaction<DB>;

/** Whether the caller may see the person (RLS on person hides the rest, so a crafted id reads as absent). */
export const findVisiblePerson = (trx: Trx, personId: string) =>
  trx.selectFrom('person').select(['id', 'first_name', 'last_name']).where('id', '=', personId).executeTakeFirst();

/** Adds the person to the report's household; false when they are already on it. */
export async function insertFoundParticipant(
  trx: Trx,
  row: { reportId: string; investigationId: string; personId: string; role: string; parentType: string | null; livesInHousehold: boolean; addedBy: string },
): Promise<boolean> {
  const inserted = await trx
    .insertInto('report_participant')
    .values({
      report_id: row.reportId,
      person_id: row.personId,
      role: row.role,
      parent_type: row.parentType,
      lives_in_household: row.livesInHousehold,
      added_by_investigation: row.investigationId,
      added_by: row.addedBy,
      added_at: new Date(),
    })
    .onConflict((oc) => oc.columns(['report_id', 'person_id']).doNothing())
    .executeTakeFirst();
  return Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0;
}
