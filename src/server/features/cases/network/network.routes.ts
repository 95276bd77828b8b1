import type { AppDeps, HearthApp } from '../../../platform/deps.js';
import { userRunner } from '../../../platform/request-context.js';
import {
  addMemberInput,
  addSearchInput,
  memberAnswer,
  memberParams,
  networkAnswer,
  networkParams,
  searchListAnswer,
  updateMemberInput,
} from './network.schema.js';
import { addNoticeInput, letterQuery, noticeListAnswer } from '../notices/relative-notice.schema.js';
import { addNotice, listNotices, noticeLetter } from '../notices/relative-notice.service.js';
import { addMember, addSearch, listSearches, readNetwork, updateMember } from './network.service.js';

/** The family network of a case (ENG-1) and the diligent search for its missing members (ENG-2). */
export function registerNetworkRoutes(app: HearthApp, { database, config }: AppDeps) {
  const asUser = userRunner({ database, config });
  const tags = ['cases'];
  app.get(
    '/api/cases/:id/network',
    {
      schema: {
        tags,
        summary: 'The family network: members, how they are related, for the genogram and ecomap (ENG-1)',
        params: networkParams,
        response: { 200: networkAnswer },
      },
    },
    (request) => asUser(request, (ctx, trx) => readNetwork(ctx, trx, request.params.id)),
  );
  app.post(
    '/api/cases/:id/network',
    {
      schema: {
        tags,
        summary: 'Add a relative or natural support with a name and how they are connected (ENG-1)',
        params: networkParams,
        body: addMemberInput,
        response: { 200: memberAnswer, 201: memberAnswer },
      },
    },
    async (request, reply) => {
      const { created, member } = await asUser(request, (ctx, trx) => addMember(ctx, trx, config, request.params.id, request.body));
      return reply.code(created ? 201 : 200).send(member);
    },
  );
  app.patch(
    '/api/cases/:id/network/:participantId',
    {
      schema: {
        tags,
        summary: 'Change how a member is part of the network (side, tie, placement resource, whereabouts)',
        params: memberParams,
        body: updateMemberInput,
        response: { 200: memberAnswer },
      },
    },
    (request) => asUser(request, (ctx, trx) => updateMember(ctx, trx, config, request.params.id, request.params.participantId, request.body)),
  );
  app.get(
    '/api/cases/:id/network/:participantId/searches',
    { schema: { tags, summary: 'The diligent searches made for a member (ENG-2)', params: memberParams, response: { 200: searchListAnswer } } },
    (request) => asUser(request, (ctx, trx) => listSearches(ctx, trx, request.params.id, request.params.participantId)),
  );
  app.post(
    '/api/cases/:id/network/:participantId/searches',
    {
      schema: {
        tags,
        summary: 'Log a diligent search: where, when, what it found (ENG-2)',
        params: memberParams,
        body: addSearchInput,
        response: { 200: searchListAnswer, 201: searchListAnswer },
      },
    },
    async (request, reply) => {
      const { created, ...list } = await asUser(request, (ctx, trx) =>
        addSearch(ctx, trx, config, request.params.id, request.params.participantId, request.body),
      );
      return reply.code(created ? 201 : 200).send(list);
    },
  );
  app.get(
    '/api/cases/:id/network/:participantId/notices',
    {
      schema: {
        tags,
        summary: 'Relative notices given to a member, and whether every adult relative has one (ENG-2)',
        params: memberParams,
        response: { 200: noticeListAnswer },
      },
    },
    (request) => asUser(request, (ctx, trx) => listNotices(ctx, trx, request.params.id, request.params.participantId)),
  );
  app.post(
    '/api/cases/:id/network/:participantId/notices',
    {
      schema: {
        tags,
        summary: 'Record a relative notice (date, method, language) or an exception (ENG-2)',
        params: memberParams,
        body: addNoticeInput,
        response: { 200: noticeListAnswer, 201: noticeListAnswer },
      },
    },
    async (request, reply) => {
      const { created, ...list } = await asUser(request, (ctx, trx) =>
        addNotice(ctx, trx, config, request.params.id, request.params.participantId, request.body),
      );
      return reply.code(created ? 201 : 200).send(list);
    },
  );
  app.get(
    '/api/cases/:id/network/:participantId/notice-letter',
    { schema: { tags, summary: 'The relative notice letter (PDF, English or Spanish)', params: memberParams, querystring: letterQuery } },
    async (request, reply) => {
      const { bytes, filename } = await asUser(request, (ctx, trx) =>
        noticeLetter(ctx, trx, request.params.id, request.params.participantId, request.query.language),
      );
      return reply.type('application/pdf').header('content-disposition', `attachment; filename="${filename}"`).send(Buffer.from(bytes));
    },
  );
}
