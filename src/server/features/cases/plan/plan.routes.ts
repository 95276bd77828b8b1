import type { AppDeps, HearthApp } from '../../../platform/deps.js';
import { userRunner } from '../../../platform/request-context.js';
import { recordAgreement, recordReview } from './plan-agreement.service.js';
import { planDocument } from './plan-document.service.js';
import {
  agreementInput,
  caseParams,
  diffAnswer,
  diffQuery,
  documentQuery,
  newVersionInput,
  planAnswer,
  planListAnswer,
  planParams,
  reviewInput,
  savePlanInput,
  submitPlanInput,
} from './plan.schema.js';
import { diffPlans, listPlans, readPlan, revisePlan, savePlan, startPlan, submitPlan } from './plan.service.js';

/** The case plan made with the family: versions, agreements, approval and progress reviews (PLAN-1, PLAN-2, PLAN-5, PLAN-6, PLAN-7). */
export function registerCasePlanRoutes(app: HearthApp, { database, config }: AppDeps) {
  const asUser = userRunner({ database, config });
  const tags = ['cases'];
  const created = { 200: planAnswer, 201: planAnswer };
  app.get(
    '/api/cases/:caseId/plans',
    { schema: { tags, summary: 'Every version of the case plan, newest first (PLAN-5)', params: caseParams, response: { 200: planListAnswer } } },
    (request) => asUser(request, (ctx, trx) => listPlans(ctx, trx, request.params.caseId)),
  );
  app.post(
    '/api/cases/:caseId/plans',
    { schema: { tags, summary: 'Start the first draft of the case plan (PLAN-1)', params: caseParams, body: newVersionInput, response: created } },
    async (request, reply) => {
      const result = await asUser(request, (ctx, trx) => startPlan(ctx, trx, request.params.caseId, request.body.id));
      return reply.code(result.created ? 201 : 200).send(result.plan);
    },
  );
  app.get(
    '/api/plans/:planId',
    {
      schema: {
        tags,
        summary: 'One version of the case plan with what it still lacks and the needs it does not yet answer (PLAN-1, PLAN-2)',
        params: planParams,
        response: { 200: planAnswer },
      },
    },
    (request) => asUser(request, (ctx, trx) => readPlan(ctx, trx, request.params.planId)),
  );
  app.put(
    '/api/plans/:planId',
    {
      schema: {
        tags,
        summary: 'Save the draft: goals, objectives and action steps, at the version read',
        params: planParams,
        body: savePlanInput,
        response: { 200: planAnswer },
      },
    },
    (request) => asUser(request, (ctx, trx) => savePlan(ctx, trx, request.params.planId, request.body)),
  );
  app.post(
    '/api/plans/:planId/submit',
    {
      schema: {
        tags,
        summary: 'Send the plan for the supervisor’s approval; 422 lists every gap (SUP-3)',
        params: planParams,
        body: submitPlanInput,
        response: { 200: planAnswer },
      },
    },
    (request) => asUser(request, (ctx, trx) => submitPlan(ctx, trx, config, request.params.planId, request.body.version)),
  );
  app.post(
    '/api/plans/:planId/revise',
    {
      schema: { tags, summary: 'Start a new draft copied from the approved plan (PLAN-5)', params: planParams, body: newVersionInput, response: created },
    },
    async (request, reply) => {
      const result = await asUser(request, (ctx, trx) => revisePlan(ctx, trx, request.params.planId, request.body.id));
      return reply.code(result.created ? 201 : 200).send(result.plan);
    },
  );
  app.get(
    '/api/plans/:planId/diff',
    {
      schema: {
        tags,
        summary: 'What changed from another version (by default the one revised): objectives added, changed, achieved, dropped (PLAN-5)',
        params: planParams,
        querystring: diffQuery,
        response: { 200: diffAnswer },
      },
    },
    (request) => asUser(request, (ctx, trx) => diffPlans(ctx, trx, request.params.planId, request.query.against)),
  );
  app.get(
    '/api/plans/:planId/document',
    {
      schema: {
        tags,
        summary: 'The plan for the family as a PDF in English or Spanish, with the signatures and a page per parent (PLAN-7)',
        params: planParams,
        querystring: documentQuery,
      },
    },
    async (request, reply) => {
      const { bytes, filename } = await asUser(request, (ctx, trx) => planDocument(ctx, trx, config, request.params.planId, request.query.language));
      return reply.type('application/pdf').header('content-disposition', `attachment; filename="${filename}"`).send(Buffer.from(bytes));
    },
  );
  app.post(
    '/api/plans/:planId/agreements',
    {
      schema: {
        tags,
        summary: 'A parent’s or child’s agreement in their own words, signed typed or drawn, or a parent not reached (PLAN-1)',
        params: planParams,
        body: agreementInput,
        response: created,
      },
    },
    async (request, reply) => {
      const result = await asUser(request, (ctx, trx) => recordAgreement(ctx, trx, request.params.planId, request.body));
      return reply.code(result.created ? 201 : 200).send(result.plan);
    },
  );
  app.post(
    '/api/plans/:planId/reviews',
    {
      schema: {
        tags,
        summary: 'A progress review: behaviour change per objective with its evidence, and the family’s view (PLAN-6)',
        params: planParams,
        body: reviewInput,
        response: created,
      },
    },
    async (request, reply) => {
      const result = await asUser(request, (ctx, trx) => recordReview(ctx, trx, request.params.planId, request.body));
      return reply.code(result.created ? 201 : 200).send(result.plan);
    },
  );
}
