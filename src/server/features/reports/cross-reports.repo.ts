import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { CreateCrossReportInput } from './reports.schema.js';

type Trx = Transaction<DB>;

export const findForReport = (trx: Trx, reportId: string) =>
  trx
    .selectFrom('cross_report as x')
    .innerJoin('staff_user as u', 'u.id', 'x.created_by')
    .selectAll('x')
    .select('u.display_name as created_by_name')
    .where('x.report_id', '=', reportId)
    .orderBy('x.sent_at')
    .execute();

/** False when the id already exists (visible or not): nothing is inserted and no error escapes. */
export async function insertCrossReport(trx: Trx, row: CreateCrossReportInput & { reportId: string; createdBy: string }): Promise<boolean> {
  const result = await trx
    .insertInto('cross_report')
    .values({
      id: row.id,
      report_id: row.reportId,
      agency_kind: row.agencyKind,
      agency_name: row.agencyName,
      contact_name: row.contactName?.trim() || null,
      method: row.method,
      sent_at: new Date(row.sentAt),
      reference_number: row.referenceNumber?.trim() || null,
      notes: row.notes,
      created_by: row.createdBy,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}
