import { createHash } from 'node:crypto';
import type { Transaction } from 'kysely';
import { documentContentTypes, MAX_DOCUMENT_BYTES } from '../../../../domain/code-lists.js';
import type { DB } from '../../../db/schema.js';
import { recordAudit } from '../../../platform/audit.js';
import { idTaken, notFound, Problem } from '../../../platform/errors.js';
import type { RequestContext } from '../../../platform/request-context.js';
import { loadCase } from '../cases.service.js';
import { findMembers } from '../network/network.repo.js';
import { findMeeting } from '../team/meetings.repo.js';
import * as repo from './documents.repo.js';
import type { UploadQuery } from './documents.schema.js';
import { isPreviewable, matchesContentType } from './file-kind.js';

type Trx = Transaction<DB>;
type ContentType = (typeof documentContentTypes)[number];

const present = (d: repo.DocumentRow) => ({
  id: d.id,
  type: d.doc_type as never,
  date: d.document_date,
  description: d.description,
  visibility: d.visibility,
  filename: d.filename,
  contentType: d.content_type as ContentType,
  sizeBytes: d.size_bytes,
  personId: d.person_id,
  meetingId: d.meeting_id,
  personName: d.first_name ? `${d.first_name} ${d.last_name}` : null,
  createdByName: d.created_by_name,
  createdAt: d.created_at,
  previewable: isPreviewable(d.content_type),
});

/** PLAT-5: the case's documents the reader may see, newest first. */
export async function listDocuments(ctx: RequestContext, trx: Trx, caseId: string) {
  const { abilities } = await loadCase(ctx, trx, caseId);
  const rows = await repo.findDocuments(trx, caseId);
  await recordAudit(trx, ctx, [{ action: 'document.list', recordType: 'case', recordId: caseId, details: { documentIds: rows.map((r) => r.id) } }]);
  return { items: rows.map(present), abilities: { upload: abilities.work } };
}

/**
 * Stores an uploaded file on the case: its type must be one Hearth takes and its bytes must be that
 * type; the same id again returns the document already stored (a double click or a retry).
 */
export async function uploadDocument(ctx: RequestContext, trx: Trx, caseId: string, query: UploadQuery, contentType: string, body: unknown) {
  const { abilities, row } = await loadCase(ctx, trx, caseId);
  if (!abilities.work) throw new Problem('forbidden_action', 'Only the case’s workers and their supervisors add documents.');
  if (row.status !== 'open') throw new Problem('conflict', 'The case is closed.').because('case_closed');
  const type = documentContentTypes.find((t) => t === contentType.split(';')[0]!.trim().toLowerCase());
  const bytes = Buffer.isBuffer(body) ? body : null;
  if (!type || !bytes) {
    throw new Problem('validation', 'Hearth takes PDF, JPEG, PNG, plain text and Word (.docx) files.', [
      { path: 'file', message: 'Choose a PDF, JPEG, PNG, text or Word file' },
    ]).because('file_type');
  }
  if (bytes.length === 0)
    throw new Problem('validation', 'The file is empty.', [{ path: 'file', message: 'Choose a file with something in it' }]).because('file_empty');
  if (bytes.length > MAX_DOCUMENT_BYTES) throw new Problem('too_large', 'The file is larger than 10 MB.').because('file_too_large');
  if (!matchesContentType(bytes, type)) {
    throw new Problem('validation', 'The file’s contents are not the type it says it is.', [
      { path: 'file', message: 'The file is not what its name says; save it again as PDF, JPEG, PNG, text or Word' },
    ]).because('file_mismatch');
  }
  if (query.personId && !(await findMembers(trx, caseId)).some((m) => m.person_id === query.personId)) {
    throw new Problem('validation', 'A document can only be about someone on the case.', [{ path: 'personId', message: 'Choose someone on the case' }]).because(
      'not_on_case',
    );
  }
  if (query.meetingId && (await findMeeting(trx, query.meetingId))?.case_id !== caseId) {
    throw new Problem('validation', 'A document can only belong to a meeting of this case.', [{ path: 'meetingId', message: 'Choose a meeting of this case' }]);
  }
  const stored = await repo.insertDocument(trx, {
    id: query.id,
    caseId,
    personId: query.personId ?? null,
    meetingId: query.meetingId ?? null,
    type: query.type,
    date: query.date,
    description: query.description,
    visibility: query.visibility,
    filename: query.filename,
    contentType: type,
    content: bytes,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    createdBy: ctx.userId,
  });
  const mine = (await repo.findDocuments(trx, caseId)).find((d) => d.id === query.id);
  if (!mine) throw idTaken();
  if (stored) {
    await recordAudit(trx, ctx, [
      {
        action: 'document.upload',
        recordType: 'case',
        recordId: caseId,
        personIds: query.personId ? [query.personId] : [],
        details: { documentId: query.id, type: query.type, contentType: type, sizeBytes: bytes.length },
      },
    ]);
  }
  return { created: stored, document: present(mine) };
}

/** The file itself, for download or (images and PDFs) preview; every download audited. */
export async function downloadDocument(ctx: RequestContext, trx: Trx, caseId: string, documentId: string, disposition: 'inline' | 'attachment') {
  await loadCase(ctx, trx, caseId);
  const file = await repo.findContent(trx, caseId, documentId);
  if (!file) throw notFound('document');
  await recordAudit(trx, ctx, [
    {
      action: 'document.download',
      recordType: 'case',
      recordId: caseId,
      personIds: file.person_id ? [file.person_id] : [],
      details: { documentId, disposition },
    },
  ]);
  return { ...file, inline: disposition === 'inline' && isPreviewable(file.content_type) };
}
