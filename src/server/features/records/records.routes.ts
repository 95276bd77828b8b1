import type { AppDeps, HearthApp } from '../../platform/deps.js';
import { userRunner } from '../../platform/request-context.js';
import { findRecordAnswer, findRecordQuery } from './records.schema.js';
import { findRecord } from './records.service.js';

/** One search box in the header: a record by its number (R-…, I-…, C-…), only if the caller may open it. */
export function registerRecordRoutes(app: HearthApp, { database, config }: AppDeps) {
  const asUser = userRunner({ database, config });
  app.get(
    '/api/records/find',
    {
      schema: {
        tags: ['records'],
        summary: 'Find a report, investigation or case by its number (PLAT-4)',
        querystring: findRecordQuery,
        response: { 200: findRecordAnswer },
      },
    },
    (request) => asUser(request, (ctx, trx) => findRecord(ctx, trx, request.query.q)),
  );
}
