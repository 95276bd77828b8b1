import type { AppDeps, HearthApp } from '../../platform/deps.js';
import { userRunner } from '../../platform/request-context.js';
import { caseAnswer, caseListAnswer, caseParams } from './cases.schema.js';
import { listMyCases, readCase } from './cases.service.js';

/** Cases opened from an investigation (INV-7); the rest of ongoing services comes later. */
export function registerCaseRoutes(app: HearthApp, { database, config }: AppDeps) {
  const asUser = userRunner({ database, config });
  const tags = ['cases'];
  app.get('/api/cases/mine', { schema: { tags, summary: 'My open cases', response: { 200: caseListAnswer } } }, (request) =>
    asUser(request, (ctx, trx) => listMyCases(ctx, trx)),
  );
  app.get(
    '/api/cases/:id',
    {
      schema: {
        tags,
        summary: 'A case: workers, people, relationships, the investigation, safety and risk, safety plans',
        params: caseParams,
        response: { 200: caseAnswer },
      },
    },
    (request) => asUser(request, (ctx, trx) => readCase(ctx, trx, request.params.id)),
  );
}
