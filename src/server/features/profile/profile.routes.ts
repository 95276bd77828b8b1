import { z } from 'zod';
import type { AppDeps, HearthApp } from '../../platform/deps.js';
import { databaseIntParam, text } from '../../platform/edge-schemas.js';
import { runAsUser } from '../../platform/request-context.js';
import { chooseProfile, describeProfileVersion, readActiveProfile } from './profile.service.js';

const language = z.enum(['en', 'es']).optional();
const chooseInput = z.object({ code: z.enum(['ct', 'ga', 'vt']), note: text(500).optional() });

/** PLAT-3: the practice profile in plain language, its versions, and the administrator's switch. */
export function registerProfileRoutes(app: HearthApp, { database, config }: AppDeps) {
  const policy = { idleMinutes: config.HEARTH_SESSION_IDLE_MINUTES };
  const tags = ['profile'];
  app.get('/api/profile', { schema: { tags, summary: 'The active practice profile in plain language, with its history', querystring: z.object({ language }) } }, (request) =>
    runAsUser(database.app, policy, request, (ctx, trx) => readActiveProfile(trx, config, request.query.language ?? ctx.language)),
  );
  app.get(
    '/api/profiles/:code',
    { schema: { tags, summary: 'Any shipped profile version in plain language', params: z.object({ code: z.enum(['ct', 'ga', 'vt']) }), querystring: z.object({ language, version: databaseIntParam('Use a version number of 1 or more').optional() }) } },
    (request) => runAsUser(database.app, policy, request, async (ctx) => describeProfileVersion(request.params.code, request.query.version, request.query.language ?? ctx.language)),
  );
  app.put('/api/profile', { schema: { tags, summary: 'Switch the agency to another practice profile (administrators)', body: chooseInput } }, (request) =>
    runAsUser(database.app, policy, request, (ctx, trx) => chooseProfile(ctx, trx, config, request.body)),
  );
}
