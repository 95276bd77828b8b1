import type { AppDeps, HearthApp } from '../../platform/deps.js';
import { userRunner } from '../../platform/request-context.js';
import { agencyProfileAnswer, chooseProfileInput, profileDescriptionAnswer, profileParams, profileQuery, profileVersionQuery } from './profile.schema.js';
import { chooseProfile, describeProfileVersion, readActiveProfile } from './profile.service.js';

/** PLAT-3: the practice profile in plain language, its versions, and the administrator's switch. */
export function registerProfileRoutes(app: HearthApp, { database, config }: AppDeps) {
  const asUser = userRunner({ database, config });
  const tags = ['profile'];
  app.get(
    '/api/profile',
    {
      schema: {
        tags,
        summary: 'The active practice profile in plain language, with its history',
        querystring: profileQuery,
        response: { 200: agencyProfileAnswer },
      },
    },
    (request) => asUser(request, (ctx, trx) => readActiveProfile(trx, config, request.query.language ?? ctx.language)),
  );
  app.get(
    '/api/profiles/:code',
    {
      schema: {
        tags,
        summary: 'Any shipped profile version in plain language',
        params: profileParams,
        querystring: profileVersionQuery,
        response: { 200: profileDescriptionAnswer },
      },
    },
    (request) => asUser(request, async (ctx) => describeProfileVersion(request.params.code, request.query.version, request.query.language ?? ctx.language)),
  );
  app.put(
    '/api/profile',
    {
      schema: {
        tags,
        summary: 'Switch the agency to another practice profile (administrators)',
        body: chooseProfileInput,
        response: { 200: agencyProfileAnswer },
      },
    },
    (request) => asUser(request, (ctx, trx) => chooseProfile(ctx, trx, config, request.body)),
  );
}
