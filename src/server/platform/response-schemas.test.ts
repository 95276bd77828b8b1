import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createHarness, type Harness } from '../../../test/support/harness.js';
import { momentOut } from './response-parts.js';

/**
 * Issue 10, one contract: every API route declares the schema of what it answers, so the OpenAPI
 * document is complete, the web's types come from the same zod schemas, and serialisation drops any
 * field a presenter forgot to remove (a reporter's identity must never leak by accident).
 * The list below is what is still without one; it may only shrink.
 */
const fileDownloads = [
  // Sends the definition's own pretty-printed JSON text as a file; there is no object to serialise.
  'GET /api/instruments/{key}/{version}/export',
  // Sends the printed plan as application/pdf bytes (an attachment); there is no JSON to serialise.
  'GET /api/safety-plans/{planId}/pdf',
  // The relative notice letter (ENG-2), application/pdf bytes as an attachment.
  'GET /api/cases/{id}/network/{participantId}/notice-letter',
  // A family team meeting's summary for the family (ENG-4).
  'GET /api/meetings/{id}/summary',
  // The case plan printed for the family (PLAN-7), application/pdf bytes as an attachment.
  'GET /api/plans/{planId}/document',
  // A case document's own bytes, in its own content type (PLAT-5).
  'GET /api/cases/{id}/documents/{documentId}/content',
  // Visit compliance (VIS-4) as text/csv, an attachment.
  'GET /api/visit-compliance/export',
];
const notYetDescribed: string[] = ['GET /api/health'];

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h?.close());

interface OpenApi {
  paths: Record<string, Record<string, { responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> }>>;
}

describe('every route declares its answer (issue 10)', () => {
  it('has a JSON response schema for a 2xx answer on every operation not listed as still to do', async () => {
    const doc = (await h.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as OpenApi;
    const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({ name: `${method.toUpperCase()} ${path}`, operation })),
    );
    expect(operations.length).toBeGreaterThan(60);
    const undescribed = operations
      .filter(
        ({ operation }) =>
          !Object.entries(operation.responses ?? {}).some(
            ([status, response]) => status.startsWith('2') && (status === '204' || response.content?.['application/json']?.schema),
          ),
      )
      .map(({ name }) => name)
      .sort();
    expect(undescribed).toEqual([...fileDownloads, ...notYetDescribed].sort());
  });
});

describe('serialising through the response schema', () => {
  it('drops a field the presenter did not declare and sends moments as ISO strings', async () => {
    const app = Fastify();
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    const answer = z.object({ id: z.string(), receivedAt: momentOut });
    app.get(
      '/leaky',
      { schema: { response: { 200: answer } } },
      async () => ({ id: 'r1', receivedAt: new Date('2026-12-03T10:00:00Z'), reporterName: 'Nora Quinn' }) as never,
    );
    const response = await app.inject({ method: 'GET', url: '/leaky' });
    await app.close();
    expect(response.json()).toEqual({ id: 'r1', receivedAt: '2026-12-03T10:00:00.000Z' });
    expect(response.body).not.toContain('Nora');
  });
});
