import type { AppDeps, HearthApp } from '../../../platform/deps.js';
import { userRunner } from '../../../platform/request-context.js';
import {
  caseParams,
  compareQuery,
  completeFunctionalInput,
  functionalAssessmentAnswer,
  functionalCompareAnswer,
  functionalOverviewAnswer,
  functionalParams,
  saveFunctionalInput,
  startFunctionalInput,
} from './functional.schema.js';
import { compareFunctional, completeFunctional, readFunctionalOverview, saveFunctional, startFunctional } from './functional.service.js';

/** FCA-2: each child's functional assessment (0–3 needs and strengths), repeated over time and compared. */
export function registerFunctionalRoutes(app: HearthApp, { database, config }: AppDeps) {
  const asUser = userRunner({ database, config });
  const tags = ['cases'];
  app.get(
    '/api/cases/:id/functional-assessments',
    {
      schema: {
        tags,
        summary: 'The children on the case with their functional assessments, and the instrument (FCA-2)',
        params: caseParams,
        response: { 200: functionalOverviewAnswer },
      },
    },
    (request) => asUser(request, (ctx, trx) => readFunctionalOverview(ctx, trx, config, request.params.id)),
  );
  app.post(
    '/api/cases/:id/functional-assessments',
    {
      schema: {
        tags,
        summary: 'Start a child’s functional assessment (one draft per child; the same id again answers it)',
        params: caseParams,
        body: startFunctionalInput,
        response: { 200: functionalAssessmentAnswer, 201: functionalAssessmentAnswer },
      },
    },
    async (request, reply) => {
      const { created, item } = await asUser(request, (ctx, trx) => startFunctional(ctx, trx, config, request.params.id, request.body));
      return reply.code(created ? 201 : 200).send(item);
    },
  );
  app.get(
    '/api/cases/:id/functional-assessments/compare',
    {
      schema: {
        tags,
        summary: 'One child’s completed functional assessments, item by item (FCA-2 comparison)',
        params: caseParams,
        querystring: compareQuery,
        response: { 200: functionalCompareAnswer },
      },
    },
    (request) => asUser(request, (ctx, trx) => compareFunctional(ctx, trx, config, request.params.id, request.query.childPersonId)),
  );
  app.put(
    '/api/functional-assessments/:id',
    {
      schema: {
        tags,
        summary: 'Save a draft functional assessment’s ratings at the version read',
        params: functionalParams,
        body: saveFunctionalInput,
        response: { 200: functionalAssessmentAnswer },
      },
    },
    (request) => asUser(request, (ctx, trx) => saveFunctional(ctx, trx, request.params.id, request.body)),
  );
  app.post(
    '/api/functional-assessments/:id/complete',
    {
      schema: {
        tags,
        summary: 'Complete a functional assessment once every item is rated; it never changes after',
        params: functionalParams,
        body: completeFunctionalInput,
        response: { 200: functionalAssessmentAnswer },
      },
    },
    (request) => asUser(request, (ctx, trx) => completeFunctional(ctx, trx, request.params.id, request.body.version)),
  );
}
