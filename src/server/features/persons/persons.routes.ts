import type { AppDeps, HearthApp } from '../../platform/deps.js';
import { userRunner } from '../../platform/request-context.js';
import { personAnswer, personIdParams, personInput, personSearchAnswer, personSearchQuery } from './persons.schema.js';
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
}
