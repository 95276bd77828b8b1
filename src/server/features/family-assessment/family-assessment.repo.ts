import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { FamilyAssessmentContent } from './family-assessment.schema.js';

type Trx = Transaction<DB>;

const withNames = (trx: Trx) =>
  trx
    .selectFrom('family_assessment as a')
    .innerJoin('staff_user as u', 'u.id', 'a.created_by')
    .leftJoin('staff_user as cu', 'cu.id', 'a.completed_by')
    .selectAll('a')
    .select(['u.display_name as created_by_name', 'cu.display_name as completed_by_name']);

export type AssessmentRow = NonNullable<Awaited<ReturnType<typeof findById>>>;

export const findById = (trx: Trx, id: string) => withNames(trx).where('a.id', '=', id).executeTakeFirst();

/** Every version of the case's assessment, newest first. */
export const findVersions = (trx: Trx, caseId: string) => withNames(trx).where('a.case_id', '=', caseId).orderBy('a.version_no', 'desc').execute();

/** False when the id is taken or the case already has a draft (the one-draft index): nothing is inserted. */
export async function insertVersion(
  trx: Trx,
  row: { id: string; caseId: string; versionNo: number; previousId: string | null; content: FamilyAssessmentContent; createdBy: string },
): Promise<boolean> {
  const result = await trx
    .insertInto('family_assessment')
    .values({
      id: row.id,
      case_id: row.caseId,
      version_no: row.versionNo,
      previous_id: row.previousId,
      content: JSON.stringify(row.content),
      created_by: row.createdBy,
    })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Saves a draft still at `version`; false when it moved on or is no longer a draft. */
export async function saveDraft(trx: Trx, id: string, version: number, content: FamilyAssessmentContent) {
  const result = await trx
    .updateTable('family_assessment')
    .set((eb) => ({ content: JSON.stringify(content), version: eb('version', '+', 1), updated_at: new Date() }))
    .where('id', '=', id)
    .where('version', '=', version)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function complete(trx: Trx, id: string, version: number, userId: string) {
  const now = new Date();
  const result = await trx
    .updateTable('family_assessment')
    .set((eb) => ({ status: 'completed', version: eb('version', '+', 1), updated_at: now, completed_at: now, completed_by: userId }))
    .where('id', '=', id)
    .where('version', '=', version)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
