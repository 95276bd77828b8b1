import type { AppDeps, HearthApp } from '../../platform/deps.js';
import { userRunner } from '../../platform/request-context.js';
import { myWorkAnswer } from './my-work.schema.js';
import { readMyWork } from './my-work.service.js';

export function registerMyWorkRoutes(app: HearthApp, { database, config }: AppDeps) {
  const asUser = userRunner({ database, config });
  app.get(
    '/api/my-work',
    { schema: { tags: ['my work'], summary: 'My reports, investigations and cases, most urgent first', response: { 200: myWorkAnswer } } },
    (request) => asUser(request, (ctx, trx) => readMyWork(ctx, trx)),
  );
}
