import type { AppDeps, HearthApp } from '../../platform/deps.js';
import { boundedJsonRecord } from '../../platform/edge-schemas.js';
import { userRunner } from '../../platform/request-context.js';
import { definitionBounds, importedInstrumentAnswer, instrumentAnswer, instrumentListAnswer, instrumentParams as params } from './instruments.schema.js';
import { exportInstrument, importInstrument, listInstruments, readInstrument } from './instruments.service.js';

/** PLAT-3: instrument definitions as data — read, export as JSON, import (administrators). */
export function registerInstrumentRoutes(app: HearthApp, { database, config }: AppDeps) {
  const asUser = userRunner({ database, config });
  const tags = ['instruments'];
  app.get(
    '/api/instruments',
    { schema: { tags, summary: 'Instrument definitions: Hearth demonstrations and imported ones', response: { 200: instrumentListAnswer } } },
    (request) => asUser(request, (_ctx, trx) => listInstruments(trx)),
  );
  app.get(
    '/api/instruments/:key/:version',
    { schema: { tags, summary: 'One instrument definition', params, response: { 200: instrumentAnswer } } },
    (request) => asUser(request, (_ctx, trx) => readInstrument(trx, request.params.key, request.params.version)),
  );
  app.get('/api/instruments/:key/:version/export', { schema: { tags, summary: 'Download a definition as JSON', params } }, async (request, reply) => {
    const json = await asUser(request, (_ctx, trx) => exportInstrument(trx, request.params.key, request.params.version));
    return reply
      .type('application/json; charset=utf-8')
      .header('content-disposition', `attachment; filename="${request.params.key}-v${request.params.version}.json"`)
      .send(json);
  });
  app.post(
    '/api/instruments',
    {
      schema: {
        tags,
        summary: 'Import a definition (administrators); errors name the bad field',
        body: boundedJsonRecord(definitionBounds),
        response: { 201: importedInstrumentAnswer },
      },
    },
    async (request, reply) => {
      const imported = await asUser(request, (ctx, trx) => importInstrument(ctx, trx, request.body));
      return reply.code(201).send(imported);
    },
  );
}
