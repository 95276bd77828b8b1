import type { AppDeps, HearthApp } from '../../platform/deps.js';
import { userRunner } from '../../platform/request-context.js';
import { mergeIdParams, personMergeInput, personMergeList, personUnmergeAnswer, personUnmergeInput } from './merge/person-merge.schema.js';
import { listMerges, mergePersons, undoMerge } from './merge/person-merge.service.js';
import { personHistory, updatePerson } from './person-record.service.js';
import { personAnswer, personHistoryAnswer, personIdParams, personInput, personSearchAnswer, personSearchQuery, personUpdateInput } from './persons.schema.js';
import { createPerson, readPerson, searchPersons } from './persons.service.js';

export function registerPersonRoutes(app: HearthApp, { database, config }: AppDeps) {
  const asUser = userRunner({ database, config });

  app.get(
    '/api/persons/search',
    {
      schema: {
        tags: ['persons'],
        summary: 'Ranked fuzzy and phonetic person search (INT-2, PLAT-4)',
        querystring: personSearchQuery,
        response: { 200: personSearchAnswer },
      },
    },
    (request) => asUser(request, (ctx, trx) => searchPersons(ctx, trx, request.query)),
  );

  app.post(
    '/api/persons',
    { schema: { tags: ['persons'], summary: 'Create a person after searching', body: personInput, response: { 201: personAnswer } } },
    async (request, reply) => {
      const person = await asUser(request, (ctx, trx) => createPerson(ctx, trx, request.body));
      return reply.code(201).send(person);
    },
  );

  app.get(
    '/api/persons/:id',
    {
      schema: {
        tags: ['persons'],
        summary: 'A person with aliases, addresses, relationships and prior reports',
        params: personIdParams,
        response: { 200: personAnswer },
      },
    },
    (request) => asUser(request, (ctx, trx) => readPerson(ctx, trx, request.params.id)),
  );

  app.put(
    '/api/persons/:id',
    {
      schema: {
        tags: ['persons'],
        summary: 'Edit a person at the version read; the earlier record is kept as a version (PLAT-4)',
        params: personIdParams,
        body: personUpdateInput,
        response: { 200: personAnswer },
      },
    },
    (request) => asUser(request, (ctx, trx) => updatePerson(ctx, trx, request.params.id, request.body)),
  );

  app.get(
    '/api/persons/:id/history',
    {
      schema: {
        tags: ['persons'],
        summary: 'Every earlier version of a person’s record (PLAT-4)',
        params: personIdParams,
        response: { 200: personHistoryAnswer },
      },
    },
    (request) => asUser(request, (ctx, trx) => personHistory(ctx, trx, request.params.id)),
  );

  app.post(
    '/api/persons/:id/merge',
    {
      schema: {
        tags: ['persons'],
        summary: 'Merge a duplicate record into this person, choosing field by field; audited and undoable (PLAT-4)',
        params: personIdParams,
        body: personMergeInput,
        response: { 200: personAnswer },
      },
    },
    (request) => asUser(request, (ctx, trx) => mergePersons(ctx, trx, request.params.id, request.body)),
  );

  app.post(
    '/api/person-merges/:mergeId/undo',
    {
      schema: {
        tags: ['persons'],
        summary: 'Undo a merge exactly: every moved reference returns to the duplicate (PLAT-4, administrators)',
        params: mergeIdParams,
        body: personUnmergeInput,
        response: { 200: personUnmergeAnswer },
      },
    },
    (request) => asUser(request, (ctx, trx) => undoMerge(ctx, trx, request.params.mergeId, request.body.reason)),
  );

  app.get(
    '/api/person-merges',
    { schema: { tags: ['persons'], summary: 'The latest merges, to undo one (PLAT-4, administrators)', response: { 200: personMergeList } } },
    (request) => asUser(request, (ctx, trx) => listMerges(ctx, trx)),
  );
}
