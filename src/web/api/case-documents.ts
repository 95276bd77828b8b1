import { queryOptions } from '@tanstack/react-query';
import type { documentAnswer, documentListAnswer, uploadQuery } from '../../server/features/cases/documents/documents.schema';
import { http } from './client';
import type { Answer, Input } from './contract';

/** Documents on a case (PLAT-5). */
export type CaseDocument = Answer<typeof documentAnswer>;
export type DocumentList = Answer<typeof documentListAnswer>;
export type UploadDetails = Input<typeof uploadQuery>;

const documentsUrl = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}/documents`;

export const documentsQuery = (caseId: string) =>
  queryOptions({ queryKey: ['case', caseId, 'documents'], queryFn: () => http.get<DocumentList>(documentsUrl(caseId)) });
export const uploadDocument = (caseId: string, details: UploadDetails, file: File) => http.upload<CaseDocument>(documentsUrl(caseId), { ...details }, file);
export const documentUrl = (caseId: string, documentId: string, disposition: 'inline' | 'attachment') =>
  `${documentsUrl(caseId)}/${encodeURIComponent(documentId)}/content?disposition=${disposition}`;
