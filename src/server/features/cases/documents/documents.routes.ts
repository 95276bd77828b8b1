import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { documentContentTypes, MAX_DOCUMENT_BYTES } from '../../../../domain/code-lists.js';
import type { AppDeps, HearthApp } from '../../../platform/deps.js';
import { userRunner } from '../../../platform/request-context.js';
import { documentAnswer, documentListAnswer, documentParams, documentsParams, downloadQuery, uploadQuery } from './documents.schema.js';
import { downloadDocument, listDocuments, uploadDocument } from './documents.service.js';

/** A filename safe in a header, and the exact one for clients that read RFC 5987. */
const disposition = (kind: 'inline' | 'attachment', filename: string) =>
  `${kind}; filename="${filename.replace(/[^A-Za-z0-9._ -]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(filename)}`;

/** PLAT-5: documents on a case, kept in the database. */
export function registerDocumentRoutes(app: HearthApp, { database, config }: AppDeps) {
  const asUser = userRunner({ database, config });
  const tags = ['cases'];
  app.get(
    '/api/cases/:id/documents',
    { schema: { tags, summary: 'The case’s documents (PLAT-5)', params: documentsParams, response: { 200: documentListAnswer } } },
    (request) => asUser(request, (ctx, trx) => listDocuments(ctx, trx, request.params.id)),
  );
  // The file is the body, with its own content type; only this scope reads those types, as bytes.
  app.register(async (plain) => {
    const scope = plain.withTypeProvider<ZodTypeProvider>();
    scope.addContentTypeParser([...documentContentTypes], { parseAs: 'buffer', bodyLimit: MAX_DOCUMENT_BYTES }, (_request, body, done) => done(null, body));
    scope.post(
      '/api/cases/:id/documents',
      {
        bodyLimit: MAX_DOCUMENT_BYTES,
        schema: {
          tags,
          summary: 'Attach a file (PDF, JPEG, PNG, text, Word; at most 10 MB) to the case; what it is goes in the query (PLAT-5)',
          params: documentsParams,
          querystring: uploadQuery,
          response: { 200: documentAnswer, 201: documentAnswer },
        },
      },
      async (request, reply) => {
        const { created, document } = await asUser(request, (ctx, trx) =>
          uploadDocument(ctx, trx, request.params.id, request.query, request.headers['content-type'] ?? '', request.body),
        );
        return reply.code(created ? 201 : 200).send(document);
      },
    );
  });
  app.get(
    '/api/cases/:id/documents/:documentId/content',
    { schema: { tags, summary: 'The file: downloaded, or shown in the browser (images and PDFs)', params: documentParams, querystring: downloadQuery } },
    async (request, reply) => {
      const file = await asUser(request, (ctx, trx) => downloadDocument(ctx, trx, request.params.id, request.params.documentId, request.query.disposition));
      return (
        reply
          .type(file.content_type)
          .header('content-disposition', disposition(file.inline ? 'inline' : 'attachment', file.filename))
          .header('x-content-type-options', 'nosniff')
          .header('cache-control', 'private, no-store')
          // A preview is framed by Hearth's own case page, and only by it; nothing in the file may run.
          .header('content-security-policy', file.inline ? "frame-ancestors 'self'; script-src 'none'" : "default-src 'none'; frame-ancestors 'none'")
          .header('x-frame-options', file.inline ? 'SAMEORIGIN' : 'DENY')
          .send(file.content)
      );
    },
  );
}
