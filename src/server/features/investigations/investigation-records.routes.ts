import type { AppDeps, HearthApp } from '../../platform/deps.js';
import { userRunner } from '../../platform/request-context.js';
import { readAssessment, saveAssessment } from './assessments/assessments.service.js';
import { assessmentAnswer, assessmentParams, riskOverrideBody, saveAssessmentBody } from './assessments/assessments.schema.js';
import { contactAnswer, contactListAnswer, contactParams, createContactInput, updateContactInput } from './contacts/contacts.schema.js';
import { createContact, listContacts, updateContact } from './contacts/contacts.service.js';
import { findingAnswer, findingParams, findingsAnswer, saveFindingBody } from './findings/findings.schema.js';
import { listFindings, saveFinding } from './findings/findings.service.js';
import { investigationParams } from './investigations.schema.js';
import { requestRiskOverride } from './assessments/risk-override.service.js';

/** What the investigator records on an investigation: contacts, assessments, findings (INV-1..6, INV-8). */
export function registerInvestigationRecordRoutes(app: HearthApp, { database, config }: AppDeps) {
  const asUser = userRunner({ database, config });
  const tags = ['investigations'];

  app.get(
    '/api/investigations/:id/contacts',
    {
      schema: {
        tags,
        summary: 'Contacts, newest first, and each alleged victim’s first face-to-face contact against its clock (INV-1, INV-2)',
        params: investigationParams,
        response: { 200: contactListAnswer },
      },
    },
    (request) => asUser(request, (ctx, trx) => listContacts(ctx, trx, request.params.id)),
  );
  app.post(
    '/api/investigations/:id/contacts',
    {
      schema: {
        tags,
        summary: 'Record a contact with its safety check; seeing an alleged victim face to face stops their clock (INV-1, INV-2)',
        params: investigationParams,
        body: createContactInput,
        response: { 200: contactAnswer, 201: contactAnswer },
      },
    },
    async (request, reply) => {
      const { created, contact } = await asUser(request, (ctx, trx) => createContact(ctx, trx, config, request.params.id, request.body));
      return reply.code(created ? 201 : 200).send(contact);
    },
  );
  app.put(
    '/api/investigations/:id/contacts/:contactId',
    { schema: { tags, summary: 'Correct a contact (INV-2)', params: contactParams, body: updateContactInput, response: { 200: contactAnswer } } },
    (request) => asUser(request, (ctx, trx) => updateContact(ctx, trx, config, request.params.id, request.params.contactId, request.body)),
  );

  app.get(
    '/api/investigations/:id/assessments/:kind',
    {
      schema: {
        tags,
        summary: 'The safety or risk assessment, with its answers and result (INV-3, INV-5)',
        params: assessmentParams,
        response: { 200: assessmentAnswer },
      },
    },
    (request) => asUser(request, (ctx, trx) => readAssessment(ctx, trx, config, request.params.id, request.params.kind)),
  );
  app.put(
    '/api/investigations/:id/assessments/:kind',
    {
      schema: {
        tags,
        summary: 'Save answers (a draft), or complete the assessment with complete: true (INV-3, INV-5, INV-8)',
        params: assessmentParams,
        body: saveAssessmentBody,
        response: { 200: assessmentAnswer },
      },
    },
    (request) => asUser(request, (ctx, trx) => saveAssessment(ctx, trx, config, request.params.id, request.params.kind, request.body)),
  );
  app.post(
    '/api/investigations/:id/assessments/risk/override',
    {
      schema: {
        tags,
        summary: 'Ask a supervisor to approve a policy or discretionary override of the risk level (INV-5)',
        params: investigationParams,
        body: riskOverrideBody,
        response: { 200: assessmentAnswer },
      },
    },
    (request) => asUser(request, (ctx, trx) => requestRiskOverride(ctx, trx, config, request.params.id, request.body)),
  );

  app.get(
    '/api/investigations/:id/findings',
    { schema: { tags, summary: 'Each allegation with its finding (INV-6)', params: investigationParams, response: { 200: findingsAnswer } } },
    (request) => asUser(request, (ctx, trx) => listFindings(ctx, trx, request.params.id)),
  );
  app.put(
    '/api/investigations/:id/findings/:allegationId',
    {
      schema: {
        tags,
        summary: 'Record or correct the finding on one allegation; not on the family-assessment track (INV-6)',
        params: findingParams,
        body: saveFindingBody,
        response: { 200: findingAnswer },
      },
    },
    (request) => asUser(request, (ctx, trx) => saveFinding(ctx, trx, request.params.id, request.params.allegationId, request.body)),
  );
}
