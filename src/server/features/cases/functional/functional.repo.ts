import type { Transaction } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { FunctionalResult } from './functional.schema.js';

type Trx = Transaction<DB>;

const withNames = (trx: Trx) =>
  trx
    .selectFrom('child_functional_assessment as a')
    .innerJoin('staff_user as u', 'u.id', 'a.created_by')
    .leftJoin('staff_user as cu', 'cu.id', 'a.completed_by')
    .selectAll('a')
    .select(['u.display_name as created_by_name', 'cu.display_name as completed_by_name']);

export type FunctionalRow = NonNullable<Awaited<ReturnType<typeof findById>>>;

export const findById = (trx: Trx, id: string) => withNames(trx).where('a.id', '=', id).executeTakeFirst();

/** Every assessment on the case (or of one child), newest first. */
export const findForCase = (trx: Trx, caseId: string, childPersonId?: string) =>
  withNames(trx)
    .where('a.case_id', '=', caseId)
    .$if(childPersonId !== undefined, (qb) => qb.where('a.child_person_id', '=', childPersonId!))
    .orderBy('a.assessed_on', 'desc')
    .orderBy('a.created_at', 'desc')
    .execute();

/** False when the id is taken or the child already has a draft (the one-draft index): nothing is inserted. */
export async function insertDraft(
  trx: Trx,
  row: { id: string; caseId: string; childPersonId: string; instrument: { key: string; version: number }; assessedOn: string; createdBy: string },
) {
  const result = await trx
    .insertInto('child_functional_assessment')
    .values({
      id: row.id,
      case_id: row.caseId,
      child_person_id: row.childPersonId,
      instrument_key: row.instrument.key,
      instrument_version: row.instrument.version,
      assessed_on: row.assessedOn,
      created_by: row.createdBy,
    })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Saves a draft still at `version`; false when it moved on or is no longer a draft. */
export async function saveDraft(trx: Trx, id: string, input: { version: number; answers: Record<string, unknown>; assessedOn: string }) {
  const result = await trx
    .updateTable('child_functional_assessment')
    .set((eb) => ({ answers: JSON.stringify(input.answers), assessed_on: input.assessedOn, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('id', '=', id)
    .where('version', '=', input.version)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function complete(trx: Trx, id: string, version: number, result: FunctionalResult, userId: string) {
  const now = new Date();
  const updated = await trx
    .updateTable('child_functional_assessment')
    .set((eb) => ({
      status: 'completed',
      result: JSON.stringify(result),
      version: eb('version', '+', 1),
      updated_at: now,
      completed_at: now,
      completed_by: userId,
    }))
    .where('id', '=', id)
    .where('version', '=', version)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) > 0;
}
