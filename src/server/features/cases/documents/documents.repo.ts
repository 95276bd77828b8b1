import type { Transaction } from 'kysely';
import type { DB } from '../../../db/schema.js';

type Trx = Transaction<DB>;

/** The case's documents the reader may see (RLS), newest first, without their bytes. */
export const findDocuments = (trx: Trx, caseId: string) =>
  trx
    .selectFrom('case_document as d')
    .innerJoin('staff_user as u', 'u.id', 'd.created_by')
    .leftJoin('person as p', 'p.id', 'd.person_id')
    .select([
      'd.id',
      'd.doc_type',
      'd.document_date',
      'd.description',
      'd.visibility',
      'd.filename',
      'd.content_type',
      'd.size_bytes',
      'd.person_id',
      'd.meeting_id',
      'd.created_at',
      'u.display_name as created_by_name',
      'p.first_name',
      'p.last_name',
    ])
    .where('d.case_id', '=', caseId)
    .orderBy('d.document_date', 'desc')
    .orderBy('d.created_at', 'desc')
    .execute();

export type DocumentRow = Awaited<ReturnType<typeof findDocuments>>[number];

export const findContent = (trx: Trx, caseId: string, documentId: string) =>
  trx
    .selectFrom('case_document')
    .select(['id', 'filename', 'content_type', 'content', 'size_bytes', 'person_id'])
    .where('case_id', '=', caseId)
    .where('id', '=', documentId)
    .executeTakeFirst();

export interface NewDocument {
  id: string;
  caseId: string;
  personId: string | null;
  meetingId: string | null;
  type: string;
  date: string;
  description: string;
  visibility: 'case' | 'workers';
  filename: string;
  contentType: string;
  content: Buffer;
  sha256: string;
  createdBy: string;
}

/** Returns false when the id is already used (a retried upload, or another record's id). */
export async function insertDocument(trx: Trx, d: NewDocument) {
  const inserted = await trx
    .insertInto('case_document')
    .values({
      id: d.id,
      case_id: d.caseId,
      person_id: d.personId,
      meeting_id: d.meetingId,
      doc_type: d.type,
      document_date: d.date,
      description: d.description,
      visibility: d.visibility,
      filename: d.filename,
      content_type: d.contentType,
      size_bytes: d.content.length,
      sha256: d.sha256,
      content: d.content,
      created_by: d.createdBy,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst();
  return inserted.numInsertedOrUpdatedRows === 1n;
}
