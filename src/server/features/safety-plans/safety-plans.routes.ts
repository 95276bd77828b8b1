import type { AppDeps, HearthApp } from '../../platform/deps.js';
import { userRunner } from '../../platform/request-context.js';
import { signPlan, submitPlan } from './safety-plan-agreement.service.js';
import { printPlan } from './safety-plan-print.service.js';
import { reviewPlan } from './safety-plan-reviews.service.js';
import {
  createPlanInput,
  investigationParams,
  planAnswer,
  planListAnswer,
  planParams,
  reviewInput,
  signatureInput,
  submitInput,
  updatePlanInput,
} from './safety-plans.schema.js';
import { createPlan, listPlans, readPlan, updatePlan } from './safety-plans.service.js';

/** Safety plans built with the family (INV-4); see docs/api-investigation.md "Safety plans". */
export function registerSafetyPlanRoutes(app: HearthApp, { database, config }: AppDeps) {
  const as = userRunner({ database, config });
  const tags = ['safety plans'];

  app.get(
    '/api/investigations/:id/safety-plans',
    { schema: { tags, summary: 'The investigation’s safety plans, newest first (INV-4)', params: investigationParams, response: { 200: planListAnswer } } },
    (request) => as(request, (ctx, trx) => listPlans(ctx, trx, request.params.id)),
  );
  app.post(
    '/api/investigations/:id/safety-plans',
    {
      schema: {
        tags,
        summary: 'Start a draft safety plan from a “safe with a plan” assessment (INV-4)',
        params: investigationParams,
        body: createPlanInput,
        response: { 200: planAnswer, 201: planAnswer },
      },
    },
    async (request, reply) => {
      const { created, plan } = await as(request, (ctx, trx) => createPlan(ctx, trx, request.params.id, request.body));
      return reply.code(created ? 201 : 200).send(plan);
    },
  );
  app.get(
    '/api/safety-plans/:planId',
    { schema: { tags, summary: 'A safety plan with its agreements, reviews and approval', params: planParams, response: { 200: planAnswer } } },
    (request) => as(request, (ctx, trx) => readPlan(ctx, trx, request.params.planId)),
  );
  app.put(
    '/api/safety-plans/:planId',
    {
      schema: {
        tags,
        summary: 'Save a draft plan; a change of content needs new agreement',
        params: planParams,
        body: updatePlanInput,
        response: { 200: planAnswer },
      },
    },
    (request) => as(request, (ctx, trx) => updatePlan(ctx, trx, request.params.planId, request.body)),
  );
  app.post(
    '/api/safety-plans/:planId/signatures',
    {
      schema: {
        tags,
        summary: 'Record a person’s agreement (typed or drawn) to this version',
        params: planParams,
        body: signatureInput,
        response: { 200: planAnswer, 201: planAnswer },
      },
    },
    async (request, reply) => {
      const { created, plan } = await as(request, (ctx, trx) => signPlan(ctx, trx, request.params.planId, request.body));
      return reply.code(created ? 201 : 200).send(plan);
    },
  );
  app.post(
    '/api/safety-plans/:planId/submit',
    {
      schema: {
        tags,
        summary: 'Send a complete plan for supervisor approval; 422 lists what is missing',
        params: planParams,
        body: submitInput,
        response: { 200: planAnswer },
      },
    },
    (request) => as(request, (ctx, trx) => submitPlan(ctx, trx, config, request.params.planId, request.body.version)),
  );
  app.post(
    '/api/safety-plans/:planId/reviews',
    {
      schema: {
        tags,
        summary: 'Review a plan in force: continue, revise or end it',
        params: planParams,
        body: reviewInput,
        response: { 200: planAnswer, 201: planAnswer },
      },
    },
    async (request, reply) => {
      const { created, plan } = await as(request, (ctx, trx) => reviewPlan(ctx, trx, config, request.params.planId, request.body));
      return reply.code(created ? 201 : 200).send(plan);
    },
  );
  app.get(
    '/api/safety-plans/:planId/pdf',
    { schema: { tags, summary: 'The plan as a PDF for the family, in the plan’s language', params: planParams } },
    async (request, reply) => {
      const { bytes, filename } = await as(request, (ctx, trx) => printPlan(ctx, trx, config, request.params.planId));
      return reply.type('application/pdf').header('content-disposition', `attachment; filename="${filename}"`).send(Buffer.from(bytes));
    },
  );
}
