import { z } from 'zod';
import { keySchema } from '../../../domain/instruments/condition.js';
import type { AppDeps, HearthApp } from '../../platform/deps.js';
import { runAsUser } from '../../platform/request-context.js';
import { exportInstrument, importInstrument, listInstruments, readInstrument } from './instruments.service.js';

// The same key rule the definition schema applies, so every imported key can be opened again.
const params = z.object({ key: keySchema.max(120), version: z.coerce.number().int().positive() });

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
  app.post('/api/instruments', { schema: { tags, summary: 'Import a definition (administrators); errors name the bad field', body: z.record(z.string(), z.unknown()) } }, async (request, reply) => {
    const imported = await runAsUser(database.app, policy, request, (ctx, trx) => importInstrument(ctx, trx, request.body));
    return reply.code(201).send(imported);
  });
}
