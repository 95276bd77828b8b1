import type { AppDeps, HearthApp } from '../../platform/deps.js';
import { userRunner } from '../../platform/request-context.js';
import { caseAnswer, caseListAnswer, caseParams, teamCasesAnswer, teamCasesQuery, transferAnswer, transferCaseInput } from './cases.schema.js';
import { listMyCases, listTeamCases, readCase, transferCase } from './cases.service.js';

/** Cases opened from an investigation (INV-7); the rest of ongoing services comes later. */
export function registerCaseRoutes(app: HearthApp, { database, config }: AppDeps) {
  const asUser = userRunner({ database, config });
  const tags = ['cases'];
  app.get('/api/cases/mine', { schema: { tags, summary: 'My open cases', response: { 200: caseListAnswer } } }, (request) =>
    asUser(request, (ctx, trx) => listMyCases(ctx, trx)),
  );
  app.get(
    '/api/cases/team',
    { schema: { tags, summary: 'Team cases: open cases in the units a supervisor is over', querystring: teamCasesQuery, response: { 200: teamCasesAnswer } } },
    (request) => asUser(request, (ctx, trx) => listTeamCases(ctx, trx, request.query)),
  );
  app.post(
    '/api/cases/:id/transfer',
    {
      schema: {
        tags,
        summary: 'Transfer a case to another caseworker (history kept, open tasks follow)',
        params: caseParams,
        body: transferCaseInput,
        response: { 200: transferAnswer },
      },
    },
    (request) => asUser(request, (ctx, trx) => transferCase(ctx, trx, request.params.id, request.body)),
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
