import type { Transaction } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { ContactInput } from './contacts.schema.js';

type Trx = Transaction<DB>;

const contactQuery = (trx: Trx) =>
  trx.selectFrom('investigation_contact as c').innerJoin('staff_user as u', 'u.id', 'c.created_by').selectAll('c').select('u.display_name as created_by_name');

export const findContact = (trx: Trx, id: string) => contactQuery(trx).where('c.id', '=', id).executeTakeFirst();

export const findContacts = (trx: Trx, investigationId: string) =>
  contactQuery(trx).where('c.investigation_id', '=', investigationId).orderBy('c.occurred_at', 'desc').orderBy('c.created_at', 'desc').execute();

const columns = (input: ContactInput) => ({
  occurred_at: new Date(input.occurredAt),
  outcome: input.outcome,
  method: input.method,
  location: input.location,
  location_note: input.locationNote?.trim() || null,
  purpose: input.purpose,
  notes: input.notes,
  participants: JSON.stringify(input.participants),
  safety_check: JSON.stringify(input.safetyCheck),
});

/** False when the id is taken (by a visible record or a hidden one): nothing is inserted and no error escapes. */
export async function insertContact(trx: Trx, row: { id: string; investigationId: string; createdBy: string; input: ContactInput }) {
  const result = await trx
    .insertInto('investigation_contact')
    .values({ id: row.id, investigation_id: row.investigationId, created_by: row.createdBy, ...columns(row.input) })
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Updates one contact if nobody changed it since `version`; false when the version is stale. */
export async function updateContact(trx: Trx, id: string, version: number, input: ContactInput) {
  const updated = await trx
    .updateTable('investigation_contact')
    .set((eb) => ({ ...columns(input), updated_at: new Date(), version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) > 0;
}

/** The people on the investigation's report, with their role: the only people a contact may name. */
export const findReportPeople = (trx: Trx, reportId: string) =>
  trx
    .selectFrom('report_participant as rp')
    .innerJoin('person as p', 'p.id', 'rp.person_id')
    .select(['p.id', 'p.first_name', 'p.last_name', 'rp.role'])
    .where('rp.report_id', '=', reportId)
    .execute();

/** Each child's first face-to-face task (INV-1): its due moment, the latest one if there were several. */
export const findFaceToFaceTasks = (trx: Trx, investigationId: string) =>
  trx
    .selectFrom('task')
    .select(['child_person_id', 'due_at', 'status', 'closed_at'])
    .where('subject_type', '=', 'investigation')
    .where('subject_id', '=', investigationId)
    .where('rule_key', '=', 'first_face_to_face')
    .orderBy('created_at')
    .execute();
