import type { AppDeps, HearthApp } from '../../../../platform/deps.js';
import { userRunner } from '../../../../platform/request-context.js';
import { complianceCsv } from './compliance-csv.js';
import { complianceAnswer, complianceQuery } from './compliance.schema.js';
import { readVisitCompliance } from './compliance.service.js';

/** VIS-4: the federal caseworker-visit measures for a unit, on screen and as CSV. */
export function registerVisitComplianceRoutes(app: HearthApp, { database, config }: AppDeps) {
  const asUser = userRunner({ database, config });
  const tags = ['cases'];
  app.get(
    '/api/visit-compliance',
    {
      schema: {
        tags,
        summary: 'Caseworker-visit compliance by calendar month for a unit: per worker, with the children missed (VIS-4)',
        querystring: complianceQuery,
        response: { 200: complianceAnswer },
      },
    },
    (request) => asUser(request, (ctx, trx) => readVisitCompliance(ctx, trx, config, request.query)),
  );
  app.get(
    '/api/visit-compliance/export',
    { schema: { tags, summary: 'The same measures as CSV (RFC 4180), one row per month and per period (VIS-4)', querystring: complianceQuery } },
    async (request, reply) => {
      const answer = await asUser(request, (ctx, trx) => readVisitCompliance(ctx, trx, config, request.query, true));
      const filename = `visit-compliance-${answer.months[0]}-${answer.months.at(-1)}.csv`;
      return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${filename}"`).send(complianceCsv(answer));
    },
  );
}
