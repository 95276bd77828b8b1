import { z } from 'zod';
import type { AppDeps, HearthApp } from '../../platform/deps.js';
import { runAsUser } from '../../platform/request-context.js';
import { readInvestigation } from './investigations.service.js';

export function registerInvestigationRoutes(app: HearthApp, { database, config }: AppDeps) {
  const policy = { idleMinutes: config.HEARTH_SESSION_IDLE_MINUTES };
  app.get(
    '/api/investigations/:id',
    { schema: { tags: ['investigations'], summary: 'An investigation with its response clock (INV-1)', params: z.object({ id: z.uuid('Not a valid investigation id') }) } },
    (request) => runAsUser(database.app, policy, request, (ctx, trx) => readInvestigation(ctx, trx, request.params.id)),
  );
}
