import type { AppDeps, HearthApp } from '../../../platform/deps.js';
import { userRunner } from '../../../platform/request-context.js';
import { registerVisitComplianceRoutes } from './compliance/compliance.routes.js';
import { recordVisit } from './visit-record.service.js';
import { readVisitSchedule } from './visit-schedule.service.js';
import {
  cancelVisitInput,
  caseVisitsParams,
  planVisitInput,
  recordVisitInput,
  visitAnswer,
  visitListAnswer,
  visitParams,
  visitScheduleAnswer,
  updateVisitPlanInput,
} from './visits.schema.js';
import { cancelVisit, listVisits, planVisit, readVisit, updateVisitPlan } from './visits.service.js';

/** Caseworker visits: the schedule (VIS-1), planning (VIS-2) and the record (VIS-3). */
export function registerVisitRoutes(app: HearthApp, deps: AppDeps) {
  const { database, config } = deps;
  const asUser = userRunner({ database, config });
  const tags = ['cases'];
  app.get(
    '/api/cases/:caseId/visits',
    {
      schema: {
        tags,
        summary: 'The case’s caseworker visits, planned and recorded (VIS-2, VIS-3)',
        params: caseVisitsParams,
        response: { 200: visitListAnswer },
      },
    },
    (request) => asUser(request, (ctx, trx) => listVisits(ctx, trx, request.params.caseId)),
  );
  app.post(
    '/api/cases/:caseId/visits',
    {
      schema: {
        tags,
        summary: 'Plan a visit: purpose and topics from the plan’s objectives, open follow-ups and the worker’s own (VIS-2)',
        params: caseVisitsParams,
        body: planVisitInput,
        response: { 200: visitAnswer, 201: visitAnswer },
      },
    },
    async (request, reply) => {
      const { created, visit } = await asUser(request, (ctx, trx) => planVisit(ctx, trx, config, request.params.caseId, request.body));
      return reply.code(created ? 201 : 200).send(visit);
    },
  );
  app.get(
    '/api/cases/:caseId/visits/schedule',
    {
      schema: {
        tags,
        summary: 'The profile’s visit standard for the case and what is due per child this period (VIS-1)',
        params: caseVisitsParams,
        response: { 200: visitScheduleAnswer },
      },
    },
    (request) => asUser(request, (ctx, trx) => readVisitSchedule(ctx, trx, config, request.params.caseId)),
  );
  app.get(
    '/api/visits/:visitId',
    { schema: { tags, summary: 'A visit: its plan, its record and who it must cover', params: visitParams, response: { 200: visitAnswer } } },
    (request) => asUser(request, (ctx, trx) => readVisit(ctx, trx, config, request.params.visitId)),
  );
  app.patch(
    '/api/visits/:visitId',
    {
      schema: {
        tags,
        summary: 'Reschedule a planned visit or change its purpose or topics (VIS-2)',
        params: visitParams,
        body: updateVisitPlanInput,
        response: { 200: visitAnswer },
      },
    },
    (request) => asUser(request, (ctx, trx) => updateVisitPlan(ctx, trx, config, request.params.visitId, request.body)),
  );
  app.put(
    '/api/visits/:visitId/record',
    {
      schema: {
        tags,
        summary: 'Record the visit, or correct its record: where, every child seen or not, private time, safety, progress, next steps (VIS-3)',
        params: visitParams,
        body: recordVisitInput,
        response: { 200: visitAnswer },
      },
    },
    (request) => asUser(request, (ctx, trx) => recordVisit(ctx, trx, config, request.params.visitId, request.body)),
  );
  app.post(
    '/api/visits/:visitId/cancel',
    { schema: { tags, summary: 'Cancel a visit that has not been recorded', params: visitParams, body: cancelVisitInput, response: { 200: visitAnswer } } },
    (request) => asUser(request, (ctx, trx) => cancelVisit(ctx, trx, config, request.params.visitId, request.body)),
  );
  registerVisitComplianceRoutes(app, deps);
}
