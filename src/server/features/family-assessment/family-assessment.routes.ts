import type { AppDeps, HearthApp } from '../../platform/deps.js';
import { userRunner } from '../../platform/request-context.js';
import {
  assessmentAnswer,
  assessmentOverviewAnswer,
  assessmentParams,
  caseParams,
  compareAnswer,
  compareQuery,
  completeAssessmentInput,
  needsAnswer,
  saveAssessmentInput,
  startAssessmentInput,
} from './family-assessment.schema.js';
import { compareVersions, completeVersion, readNeeds, readOverview, readVersion, saveVersion, startVersion } from './family-assessment.service.js';

/** FCA-1, FCA-3, FCA-4 (issue 11): the family-centred assessment of a case, versioned. */
export function registerFamilyAssessmentRoutes(app: HearthApp, { database, config }: AppDeps) {
  const asUser = userRunner({ database, config });
  const tags = ['family-assessment'];
  app.get(
    '/api/cases/:id/family-assessment',
    {
      schema: {
        tags,
        summary: 'The case’s family-centred assessment: members, domains, latest version, versions (FCA-1)',
        params: caseParams,
        response: { 200: assessmentOverviewAnswer },
      },
    },
    (request) => asUser(request, (ctx, trx) => readOverview(ctx, trx, request.params.id)),
  );
  app.post(
    '/api/cases/:id/family-assessment',
    {
      schema: {
        tags,
        summary: 'Start the first draft, or a new version copied from the latest completed one (FCA-1)',
        params: caseParams,
        body: startAssessmentInput,
        response: { 200: assessmentAnswer, 201: assessmentAnswer },
      },
    },
    async (request, reply) => {
      const { created, item } = await asUser(request, (ctx, trx) => startVersion(ctx, trx, request.params.id, request.body.id));
      return reply.code(created ? 201 : 200).send(item);
    },
  );
  app.get(
    '/api/cases/:id/family-assessment/needs',
    { schema: { tags, summary: 'The prioritised needs, in priority order, for the case plan (FCA-4)', params: caseParams, response: { 200: needsAnswer } } },
    (request) => asUser(request, (ctx, trx) => readNeeds(ctx, trx, request.params.id)),
  );
  app.get(
    '/api/cases/:id/family-assessment/compare',
    {
      schema: {
        tags,
        summary: 'Two versions side by side, per member per domain (FCA-1)',
        params: caseParams,
        querystring: compareQuery,
        response: { 200: compareAnswer },
      },
    },
    (request) => asUser(request, (ctx, trx) => compareVersions(ctx, trx, request.params.id, request.query.from, request.query.to)),
  );
  app.get(
    '/api/family-assessments/:id',
    { schema: { tags, summary: 'One version of a family-centred assessment', params: assessmentParams, response: { 200: assessmentAnswer } } },
    (request) => asUser(request, (ctx, trx) => readVersion(ctx, trx, request.params.id)),
  );
  app.put(
    '/api/family-assessments/:id',
    {
      schema: {
        tags,
        summary: 'Save a draft (stale version or completed → 409)',
        params: assessmentParams,
        body: saveAssessmentInput,
        response: { 200: assessmentAnswer },
      },
    },
    (request) => asUser(request, (ctx, trx) => saveVersion(ctx, trx, request.params.id, request.body)),
  );
  app.post(
    '/api/family-assessments/:id/complete',
    {
      schema: {
        tags,
        summary: 'Complete a draft; it never changes after (FCA-1)',
        params: assessmentParams,
        body: completeAssessmentInput,
        response: { 200: assessmentAnswer },
      },
    },
    (request) => asUser(request, (ctx, trx) => completeVersion(ctx, trx, request.params.id, request.body.version)),
  );
}
