import { z } from 'zod';
import { investigationDecisions } from '../../../profiles/profile-schema.js';
import type { AppDeps, HearthApp } from '../../platform/deps.js';
import { calendarDate, text, version } from '../../platform/edge-schemas.js';
import { runAsUser } from '../../platform/request-context.js';
import { readDecision, saveDecision, submitDecision } from './decision.service.js';
import { requestExtension } from './extension.service.js';
import { readInvestigation } from './investigations.service.js';
import { decisionAnswer, extensionAnswer, investigationAnswer, unitReportAnswer } from './investigations.schema.js';
import { addFoundParticipant, addFoundParticipantInput } from './participants.service.js';
import { readUnitReport } from './unit-report.service.js';

const params = z.object({ id: z.uuid('Not a valid investigation id') });
const isoDate = calendarDate('Use a date like 2026-01-31');
const decisionBody = z.object({
  version,
  decision: z.enum(investigationDecisions, 'Choose close, close with referral, open an in-home case or open an out-of-home case'),
  reason: text(4000, 'Keep the reason under 4000 characters').optional(),
  communityReferral: text(1000, 'Keep the referral under 1000 characters').optional(),
  unseenException: z
    .object({
      code: z.string().regex(/^[a-z][a-z0-9_]*$/, 'Choose an exception the practice profile allows'),
      efforts: text(4000, 'Keep the efforts under 4000 characters'),
    })
    .nullable()
    .optional(),
});
const extensionBody = z.object({
  requestedDueOn: isoDate,
  reason: text(4000, 'Keep the reason under 4000 characters').min(10, 'Say why more time is needed (at least 10 characters)'),
});
const rangeQuery = z
  .object({ from: isoDate.optional(), to: isoDate.optional() })
  .refine((r) => !r.from || !r.to || r.from <= r.to, { message: 'The start date must not be after the end date', path: ['to'], params: { reason: 'range_backwards' } });

export function registerInvestigationRoutes(app: HearthApp, { database, config }: AppDeps) {
  const policy = { idleMinutes: config.HEARTH_SESSION_IDLE_MINUTES };
  const tags = ['investigations'];
  app.get('/api/investigations/unit-report', { schema: { tags, summary: 'Supervisor’s unit report: clocks met, safety plans, every investigation’s clock state (SUP-1)', querystring: rangeQuery, response: { 200: unitReportAnswer } } }, (request) =>
    runAsUser(database.app, policy, request, (ctx, trx) => readUnitReport(ctx, trx, config, request.query)),
  );
  app.get('/api/investigations/:id', { schema: { tags, summary: 'The investigator’s workspace: clocks, household, allegations, prior history, decision (INV-1, INV-8)', params, response: { 200: investigationAnswer } } }, (request) =>
    runAsUser(database.app, policy, request, (ctx, trx) => readInvestigation(ctx, trx, config, request.params.id)),
  );
  app.post('/api/investigations/:id/participants', { schema: { tags, summary: 'Add a person found during the investigation to the household; search for them first (INV-1, INV-8)', params, body: addFoundParticipantInput, response: { 201: investigationAnswer } } }, async (request, reply) => {
    const investigation = await runAsUser(database.app, policy, request, (ctx, trx) => addFoundParticipant(ctx, trx, config, request.params.id, request.body));
    return reply.code(201).send(investigation);
  });
  app.get('/api/investigations/:id/decision', { schema: { tags, summary: 'The decision guide, readiness, draft and approval (INV-7)', params, response: { 200: decisionAnswer } } }, (request) =>
    runAsUser(database.app, policy, request, (ctx, trx) => readDecision(ctx, trx, config, request.params.id)),
  );
  app.put('/api/investigations/:id/decision', { schema: { tags, summary: 'Save the draft decision (INV-7)', params, body: decisionBody, response: { 200: decisionAnswer } } }, (request) =>
    runAsUser(database.app, policy, request, (ctx, trx) => saveDecision(ctx, trx, config, request.params.id, request.body)),
  );
  app.post('/api/investigations/:id/decision/submit', { schema: { tags, summary: 'Send the decision to the supervisor; 422 lists what is missing (INV-7)', params, body: z.object({ version }), response: { 200: decisionAnswer } } }, (request) =>
    runAsUser(database.app, policy, request, (ctx, trx) => submitDecision(ctx, trx, config, request.params.id, request.body.version)),
  );
  app.post('/api/investigations/:id/extension', { schema: { tags, summary: 'Ask the supervisor for more time to complete the assessment (INV-6)', params, body: extensionBody, response: { 201: extensionAnswer } } }, async (request, reply) => {
    const result = await runAsUser(database.app, policy, request, (ctx, trx) => requestExtension(ctx, trx, config, request.params.id, request.body));
    return reply.code(201).send(result);
  });
}
