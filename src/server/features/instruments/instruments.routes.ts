import { z } from 'zod';
import { keySchema } from '../../../domain/instruments/condition.js';
import type { AppDeps, HearthApp } from '../../platform/deps.js';
import { boundedJsonRecord, databaseIntParam } from '../../platform/edge-schemas.js';
import { runAsUser } from '../../platform/request-context.js';
import { exportInstrument, importInstrument, listInstruments, readInstrument } from './instruments.service.js';

// The same key rule the definition schema applies, so every imported key can be opened again.
const params = z.object({ key: keySchema.max(120), version: databaseIntParam('Use a version number of 1 or more') });
// A definition nests conditions inside sections and items, so deeper and wider than answers; the
// definition schema then checks every field.
const definitionBounds = { depth: 32, keys: 1000, items: 2000, textLength: 20_000, nodes: 100_000 };

/** PLAT-3: instrument definitions as data — read, export as JSON, import (administrators). */
export function registerInstrumentRoutes(app: HearthApp, { database, config }: AppDeps) {
  const policy = { idleMinutes: config.HEARTH_SESSION_IDLE_MINUTES };
  const tags = ['instruments'];
  app.get('/api/instruments', { schema: { tags, summary: 'Instrument definitions: Hearth demonstrations and imported ones' } }, (request) =>
    runAsUser(database.app, policy, request, (_ctx, trx) => listInstruments(trx)),
  );
  app.get('/api/instruments/:key/:version', { schema: { tags, summary: 'One instrument definition', params } }, (request) =>
    runAsUser(database.app, policy, request, (_ctx, trx) => readInstrument(trx, request.params.key, request.params.version)),
  );
  app.get('/api/instruments/:key/:version/export', { schema: { tags, summary: 'Download a definition as JSON', params } }, async (request, reply) => {
    const json = await runAsUser(database.app, policy, request, (_ctx, trx) => exportInstrument(trx, request.params.key, request.params.version));
    return reply
      .type('application/json; charset=utf-8')
      .header('content-disposition', `attachment; filename="${request.params.key}-v${request.params.version}.json"`)
      .send(json);
  });
  app.post('/api/instruments', { schema: { tags, summary: 'Import a definition (administrators); errors name the bad field', body: boundedJsonRecord(definitionBounds) } }, async (request, reply) => {
    const imported = await runAsUser(database.app, policy, request, (ctx, trx) => importInstrument(ctx, trx, request.body));
    return reply.code(201).send(imported);
  });
}
