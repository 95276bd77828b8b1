import type { AppDeps, HearthApp } from '../../platform/deps.js';
import { userRunner } from '../../platform/request-context.js';
import {
  addAllegationInput,
  addParticipantInput,
  addRelationshipInput,
  relationshipParams,
  allegationParams,
  approveInput,
  createCrossReportInput,
  createReportInput,
  crossReportAnswer,
  crossReportsAnswer,
  investigatorsAnswer,
  investigatorsQuery,
  participantParams,
  reportAnswer,
  reportParams,
  returnInput,
  screeningAnswersInput,
  screeningInstrumentAnswer,
  updateReportInput,
  versionInput,
  versionQuery,
} from './reports.schema.js';
import {
  addAllegation,
  addParticipant,
  addRelationship,
  createReport,
  readReport,
  removeAllegation,
  removeParticipant,
  removeRelationship,
  updateReport,
} from './reports.service.js';
import { approveReport, listInvestigatorsFor, returnReport, submitReport } from './screening.service.js';
import { readScreeningInstrument, saveScreeningInstrument } from './screening-instrument.service.js';
import { createCrossReport, listCrossReports } from './cross-reports.service.js';

export function registerReportRoutes(app: HearthApp, { database, config }: AppDeps) {
  const asUser = userRunner({ database, config });
  const tags = ['reports'];
  const reportResponse = { 200: reportAnswer };

  app.post(
    '/api/reports',
    { schema: { tags, summary: 'Open a draft report (INT-1)', body: createReportInput, response: { 201: reportAnswer } } },
    async (request, reply) => {
      const report = await asUser(request, (ctx, trx) => createReport(ctx, trx, request.body));
      return reply.code(201).send(report);
    },
  );
  app.get(
    '/api/reports/:id/cross-reports',
    {
      schema: {
        tags,
        summary: 'Cross-reports to law enforcement and others, and which the profile requires (INT-5)',
        params: reportParams,
        response: { 200: crossReportsAnswer },
      },
    },
    (request) => asUser(request, (ctx, trx) => listCrossReports(ctx, trx, config, request.params.id)),
  );
  app.post(
    '/api/reports/:id/cross-reports',
    {
      schema: {
        tags,
        summary: 'Record a cross-report: who, when, how, reference number (INT-5)',
        params: reportParams,
        body: createCrossReportInput,
        response: { 200: crossReportAnswer, 201: crossReportAnswer },
      },
    },
    async (request, reply) => {
      const { created, item } = await asUser(request, (ctx, trx) => createCrossReport(ctx, trx, config, request.params.id, request.body));
      return reply.code(created ? 201 : 200).send(item);
    },
  );
  app.get('/api/reports/:id', { schema: { tags, summary: 'Open a report', params: reportParams, response: reportResponse } }, (request) =>
    asUser(request, (ctx, trx) => readReport(ctx, trx, request.params.id)),
  );
  app.patch(
    '/api/reports/:id',
    { schema: { tags, summary: 'Save intake fields (draft or returned)', params: reportParams, body: updateReportInput, response: reportResponse } },
    (request) => asUser(request, (ctx, trx) => updateReport(ctx, trx, config, request.params.id, request.body)),
  );
  app.post(
    '/api/reports/:id/participants',
    { schema: { tags, summary: 'Add a person to the report (INT-2)', params: reportParams, body: addParticipantInput, response: reportResponse } },
    (request) => asUser(request, (ctx, trx) => addParticipant(ctx, trx, request.params.id, request.body)),
  );
  app.delete(
    '/api/reports/:id/participants/:participantId',
    { schema: { tags, summary: 'Remove a person from the report', params: participantParams, querystring: versionQuery, response: reportResponse } },
    (request) => asUser(request, (ctx, trx) => removeParticipant(ctx, trx, request.params.id, request.params.participantId, request.query.version)),
  );
  app.post(
    '/api/reports/:id/relationships',
    {
      schema: { tags, summary: 'Record how two people on the report are related', params: reportParams, body: addRelationshipInput, response: reportResponse },
    },
    (request) => asUser(request, (ctx, trx) => addRelationship(ctx, trx, request.params.id, request.body)),
  );
  app.delete(
    '/api/reports/:id/relationships/:relationshipId',
    {
      schema: {
        tags,
        summary: 'Remove a relationship recorded on the report',
        params: relationshipParams,
        querystring: versionQuery,
        response: reportResponse,
      },
    },
    (request) => asUser(request, (ctx, trx) => removeRelationship(ctx, trx, request.params.id, request.params.relationshipId, request.query.version)),
  );
  app.post(
    '/api/reports/:id/allegations',
    { schema: { tags, summary: 'Add an allegation (INT-3)', params: reportParams, body: addAllegationInput, response: reportResponse } },
    (request) => asUser(request, (ctx, trx) => addAllegation(ctx, trx, request.params.id, request.body)),
  );
  app.delete(
    '/api/reports/:id/allegations/:allegationId',
    { schema: { tags, summary: 'Remove an allegation', params: allegationParams, querystring: versionQuery, response: reportResponse } },
    (request) => asUser(request, (ctx, trx) => removeAllegation(ctx, trx, request.params.id, request.params.allegationId, request.query.version)),
  );
  app.post(
    '/api/reports/:id/submit',
    {
      schema: { tags, summary: 'Submit the screening recommendation for approval (INT-4)', params: reportParams, body: versionInput, response: reportResponse },
    },
    (request) => asUser(request, (ctx, trx) => submitReport(ctx, trx, config, request.params.id, request.body.version)),
  );
  app.post(
    '/api/reports/:id/approve',
    {
      schema: {
        tags,
        summary: 'Supervisor approves; a screen-in becomes an investigation',
        params: reportParams,
        body: approveInput,
        response: reportResponse,
      },
    },
    (request) => asUser(request, (ctx, trx) => approveReport(ctx, trx, config, request.params.id, request.body)),
  );
  app.post(
    '/api/reports/:id/return',
    { schema: { tags, summary: 'Supervisor returns the report with a comment', params: reportParams, body: returnInput, response: reportResponse } },
    (request) => asUser(request, (ctx, trx) => returnReport(ctx, trx, config, request.params.id, request.body)),
  );
  app.get(
    '/api/reports/:id/screening-instrument',
    {
      schema: {
        tags,
        summary: 'The screening instrument for this report, with saved answers and recommendation (INT-4)',
        params: reportParams,
        response: { 200: screeningInstrumentAnswer },
      },
    },
    (request) => asUser(request, (ctx, trx) => readScreeningInstrument(ctx, trx, config, request.params.id)),
  );
  app.put(
    '/api/reports/:id/screening-instrument',
    {
      schema: {
        tags,
        summary: 'Save screening instrument answers; scored on the server',
        params: reportParams,
        body: screeningAnswersInput,
        response: { 200: screeningInstrumentAnswer },
      },
    },
    (request) => asUser(request, (ctx, trx) => saveScreeningInstrument(ctx, trx, config, request.params.id, request.body)),
  );
  app.get(
    '/api/staff/investigators',
    {
      schema: {
        tags,
        summary: 'Investigators who could take this report, least loaded first',
        querystring: investigatorsQuery,
        response: { 200: investigatorsAnswer },
      },
    },
    (request) => asUser(request, (ctx, trx) => listInvestigatorsFor(ctx, trx, request.query.reportId)),
  );
}
