import type { AppDeps, HearthApp } from '../../platform/deps.js';
import { userRunner } from '../../platform/request-context.js';
import { readDecision, saveDecision, submitDecision } from './decision/decision.service.js';
import { requestExtension } from './extension/extension.service.js';
import { readInvestigation } from './investigations.service.js';
import {
  addFoundParticipantInput,
  decisionAnswer,
  decisionBody,
  extensionAnswer,
  extensionBody,
  investigationAnswer,
  investigationParams,
  rangeQuery,
  submitDecisionBody,
  unitReportAnswer,
} from './investigations.schema.js';
import { addFoundParticipant } from './participants/participants.service.js';
import { readUnitReport } from './unit-report/unit-report.service.js';

export function registerInvestigationRoutes(app: HearthApp, { database, config }: AppDeps) {
  const asUser = userRunner({ database, config });
  const tags = ['investigations'];
  app.get(
    '/api/investigations/unit-report',
    {
      schema: {
        tags,
        summary: 'Supervisor’s unit report: clocks met, safety plans, every investigation’s clock state (SUP-1)',
        querystring: rangeQuery,
        response: { 200: unitReportAnswer },
      },
    },
    (request) => asUser(request, (ctx, trx) => readUnitReport(ctx, trx, config, request.query)),
  );
  app.get(
    '/api/investigations/:id',
    {
      schema: {
        tags,
        summary: 'The investigator’s workspace: clocks, household, allegations, prior history, decision (INV-1, INV-8)',
        params: investigationParams,
        response: { 200: investigationAnswer },
      },
    },
    (request) => asUser(request, (ctx, trx) => readInvestigation(ctx, trx, config, request.params.id)),
  );
  app.post(
    '/api/investigations/:id/participants',
    {
      schema: {
        tags,
        summary: 'Add a person found during the investigation to the household; search for them first (INV-1, INV-8)',
        params: investigationParams,
        body: addFoundParticipantInput,
        response: { 201: investigationAnswer },
      },
    },
    async (request, reply) => {
      const investigation = await asUser(request, (ctx, trx) => addFoundParticipant(ctx, trx, config, request.params.id, request.body));
      return reply.code(201).send(investigation);
    },
  );
  app.get(
    '/api/investigations/:id/decision',
    { schema: { tags, summary: 'The decision guide, readiness, draft and approval (INV-7)', params: investigationParams, response: { 200: decisionAnswer } } },
    (request) => asUser(request, (ctx, trx) => readDecision(ctx, trx, config, request.params.id)),
  );
  app.put(
    '/api/investigations/:id/decision',
    { schema: { tags, summary: 'Save the draft decision (INV-7)', params: investigationParams, body: decisionBody, response: { 200: decisionAnswer } } },
    (request) => asUser(request, (ctx, trx) => saveDecision(ctx, trx, config, request.params.id, request.body)),
  );
  app.post(
    '/api/investigations/:id/decision/submit',
    {
      schema: {
        tags,
        summary: 'Send the decision to the supervisor; 422 lists what is missing (INV-7)',
        params: investigationParams,
        body: submitDecisionBody,
        response: { 200: decisionAnswer },
      },
    },
    (request) => asUser(request, (ctx, trx) => submitDecision(ctx, trx, config, request.params.id, request.body.version)),
  );
  app.post(
    '/api/investigations/:id/extension',
    {
      schema: {
        tags,
        summary: 'Ask the supervisor for more time to complete the assessment (INV-6)',
        params: investigationParams,
        body: extensionBody,
        response: { 201: extensionAnswer },
      },
    },
    async (request, reply) => {
      const result = await asUser(request, (ctx, trx) => requestExtension(ctx, trx, config, request.params.id, request.body));
      return reply.code(201).send(result);
    },
  );
}
