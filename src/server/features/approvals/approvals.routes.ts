import { z } from 'zod';
import type { AppDeps, HearthApp } from '../../platform/deps.js';
import { boundedJsonRecord, text, version } from '../../platform/edge-schemas.js';
import { runAsUser } from '../../platform/request-context.js';
import { absenceInput, absenceParams, addAbsence, listDelegates, listMyAbsences, removeAbsence } from './absences.service.js';
import { decideApproval, listForSubject, listPending, readApproval } from './approvals.service.js';

const params = z.object({ id: z.uuid('Not a valid approval id') });
// The approval's own input (e.g. the investigator chosen) is small; its effect checks the fields it reads.
const approvalInputBounds = { depth: 4, keys: 50, items: 100, textLength: 4000, nodes: 500 };
const approveBody = z.object({ version, comment: text(4000).optional(), input: boundedJsonRecord(approvalInputBounds).optional() });
const returnBody = z.object({ version, comment: text(4000).min(1, 'Say what needs fixing') });
const subjectQuery = z.object({ subjectType: z.enum(['report', 'investigation', 'case']), subjectId: z.uuid() });

/** SUP-3: one approval mechanism for every decision the profile says needs one. */
export function registerApprovalRoutes(app: HearthApp, { database, config }: AppDeps) {
  const policy = { idleMinutes: config.HEARTH_SESSION_IDLE_MINUTES };
  const tags = ['approvals'];
  app.get('/api/approvals', { schema: { tags, summary: 'Requests waiting for me (routed to me or in units I supervise)' } }, (request) =>
    runAsUser(database.app, policy, request, (ctx, trx) => listPending(ctx, trx, config)),
  );
  app.get('/api/approvals/history', { schema: { tags, summary: 'Every approval about one record, with its history', querystring: subjectQuery } }, (request) =>
    runAsUser(database.app, policy, request, (ctx, trx) => listForSubject(ctx, trx, config, request.query.subjectType, request.query.subjectId)),
  );
  app.get('/api/approvals/:id', { schema: { tags, summary: 'One approval request with its history', params } }, (request) =>
    runAsUser(database.app, policy, request, (ctx, trx) => readApproval(ctx, trx, config, request.params.id)),
  );
  app.post('/api/approvals/:id/approve', { schema: { tags, summary: 'Approve; the effect on the record is applied at once', params, body: approveBody } }, (request) =>
    runAsUser(database.app, policy, request, (ctx, trx) => decideApproval(ctx, trx, config, request.params.id, { decision: 'approve', ...request.body })),
  );
  app.post('/api/approvals/:id/return', { schema: { tags, summary: 'Return with a comment saying what to fix', params, body: returnBody } }, (request) =>
    runAsUser(database.app, policy, request, (ctx, trx) => decideApproval(ctx, trx, config, request.params.id, { decision: 'return', ...request.body })),
  );
  app.get('/api/staff/absences', { schema: { tags, summary: 'My recorded time away' } }, (request) => runAsUser(database.app, policy, request, (ctx, trx) => listMyAbsences(ctx, trx)));
  app.get('/api/staff/delegates', { schema: { tags, summary: 'Supervisors and managers who can stand in' } }, (request) => runAsUser(database.app, policy, request, (ctx, trx) => listDelegates(ctx, trx)));
  app.post('/api/staff/absences', { schema: { tags, summary: 'Record time away and a delegate for approvals', body: absenceInput } }, async (request, reply) => {
    const result = await runAsUser(database.app, policy, request, (ctx, trx) => addAbsence(ctx, trx, request.body));
    return reply.code(201).send(result);
  });
  app.delete('/api/staff/absences/:id', { schema: { tags, summary: 'Cancel recorded time away', params: absenceParams } }, (request) =>
    runAsUser(database.app, policy, request, (ctx, trx) => removeAbsence(ctx, trx, request.params.id)),
  );
}
