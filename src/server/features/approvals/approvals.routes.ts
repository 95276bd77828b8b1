import type { AppDeps, HearthApp } from '../../platform/deps.js';
import { userRunner } from '../../platform/request-context.js';
import { addAbsence, listDelegates, listMyAbsences, removeAbsence } from './absences.service.js';
import {
  absenceInput,
  absenceParams,
  absencesAnswer,
  addedAbsenceAnswer,
  approvalAnswer,
  approvalListAnswer,
  approvalParams as params,
  approveBody,
  decisionAnswer,
  delegatesAnswer,
  returnBody,
  subjectQuery,
} from './approvals.schema.js';
import { decideApproval, listForSubject, listPending, readApproval } from './approvals.service.js';

/** SUP-3: one approval mechanism for every decision the profile says needs one. */
export function registerApprovalRoutes(app: HearthApp, { database, config }: AppDeps) {
  const asUser = userRunner({ database, config });
  const tags = ['approvals'];
  app.get(
    '/api/approvals',
    { schema: { tags, summary: 'Requests waiting for me (routed to me or in units I supervise)', response: { 200: approvalListAnswer } } },
    (request) => asUser(request, (ctx, trx) => listPending(ctx, trx, config)),
  );
  app.get(
    '/api/approvals/history',
    { schema: { tags, summary: 'Every approval about one record, with its history', querystring: subjectQuery, response: { 200: approvalListAnswer } } },
    (request) => asUser(request, (ctx, trx) => listForSubject(ctx, trx, config, request.query.subjectType, request.query.subjectId)),
  );
  app.get('/api/approvals/:id', { schema: { tags, summary: 'One approval request with its history', params, response: { 200: approvalAnswer } } }, (request) =>
    asUser(request, (ctx, trx) => readApproval(ctx, trx, config, request.params.id)),
  );
  app.post(
    '/api/approvals/:id/approve',
    { schema: { tags, summary: 'Approve; the effect on the record is applied at once', params, body: approveBody, response: { 200: decisionAnswer } } },
    (request) => asUser(request, (ctx, trx) => decideApproval(ctx, trx, config, request.params.id, { decision: 'approve', ...request.body })),
  );
  app.post(
    '/api/approvals/:id/return',
    { schema: { tags, summary: 'Return with a comment saying what to fix', params, body: returnBody, response: { 200: decisionAnswer } } },
    (request) => asUser(request, (ctx, trx) => decideApproval(ctx, trx, config, request.params.id, { decision: 'return', ...request.body })),
  );
  app.get('/api/staff/absences', { schema: { tags, summary: 'My recorded time away', response: { 200: absencesAnswer } } }, (request) =>
    asUser(request, (ctx, trx) => listMyAbsences(ctx, trx)),
  );
  app.get('/api/staff/delegates', { schema: { tags, summary: 'Supervisors and managers who can stand in', response: { 200: delegatesAnswer } } }, (request) =>
    asUser(request, (ctx, trx) => listDelegates(ctx, trx)),
  );
  app.post(
    '/api/staff/absences',
    { schema: { tags, summary: 'Record time away and a delegate for approvals', body: absenceInput, response: { 201: addedAbsenceAnswer } } },
    async (request, reply) => {
      const result = await asUser(request, (ctx, trx) => addAbsence(ctx, trx, request.body));
      return reply.code(201).send(result);
    },
  );
  app.delete(
    '/api/staff/absences/:id',
    { schema: { tags, summary: 'Cancel recorded time away', params: absenceParams, response: { 200: absencesAnswer } } },
    (request) => asUser(request, (ctx, trx) => removeAbsence(ctx, trx, request.params.id)),
  );
}
