import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createHarness, type Harness } from '../../../test/support/harness.js';
import { openInvestigationFast } from '../../../test/support/open-investigation-factory.js';
import { encodeLoosely, type Operation, operationsOf, pathValueFor, rawBodies, valueFor } from '../../../test/support/openapi-fuzz.js';

// PLAT-8, issue 9: bad input anywhere in the API gets a clear 4xx problem, never a 5xx. The
// routes come from the app's own OpenAPI document, so a new route is fuzzed the day it lands.
// 12 runs per operation keep the file near 10-20 s on PGlite and on PostgreSQL; to search longer,
// HEARTH_FUZZ_RUNS=80 npx vitest run src/server/platform/edge.property.test.ts
const RUNS_PER_OPERATION = Number(process.env.HEARTH_FUZZ_RUNS ?? 12);

interface Generated {
  client: number;
  path: Record<string, string>;
  query: Record<string, unknown>;
  body: { json: unknown } | { raw: string } | undefined;
}

describe('every operation answers generated bad input without a 5xx (PLAT-8, property)', () => {
  let h: Harness;
  let clients: Client[];
  let ids: string[];
  let operations: Operation[];
  beforeAll(async () => {
    h = await createHarness();
    const { investigationId, reportId, people } = await openInvestigationFast(h);
    ids = [investigationId, reportId, ...Object.values(people).map((person) => person.id)];
    clients = await Promise.all(['screener', 'investigator', 'supervisor', 'admin'].map((name) => h.signIn(name)));
    const spec = (await h.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    // Signing out ends the fuzzing sessions, so it goes last.
    operations = operationsOf(spec).sort((a, b) => Number(a.path === '/api/auth/sign-out') - Number(b.path === '/api/auth/sign-out'));
  });
  afterAll(() => h?.close());

  const requestFor = (operation: Operation) => {
    const pathParams = operation.parameters.filter((p) => p.in === 'path');
    const queryParams = operation.parameters.filter((p) => p.in === 'query');
    const path = fc.record(Object.fromEntries(pathParams.map((p) => [p.name, pathValueFor(p.schema, ids)])));
    const querySchema = {
      type: 'object',
      properties: Object.fromEntries(queryParams.map((p) => [p.name, p.schema])),
      required: queryParams.filter((p) => p.required).map((p) => p.name),
    };
    const query = queryParams.length ? (valueFor(querySchema, ids) as fc.Arbitrary<Record<string, unknown>>) : fc.constant({});
    const body = operation.body
      ? fc.oneof(
          { weight: 5, arbitrary: valueFor(operation.body, ids).map((value) => ({ json: value })) },
          { weight: 1, arbitrary: rawBodies.map((raw) => ({ raw })) },
        )
      : fc.constant(undefined);
    return fc.record({ client: fc.nat({ max: clients.length - 1 }), path, query, body }) as fc.Arbitrary<Generated>;
  };

  const send = (operation: Operation, request: Generated) => {
    const client = clients[request.client]!;
    const url =
      operation.path.replace(/\{(\w+)\}/g, (_, name: string) => request.path[name]) +
      (request.query && typeof request.query === 'object' && Object.keys(request.query).length
        ? `?${Object.entries(request.query)
            .map(([k, v]) => `${k}=${encodeLoosely(v)}`)
            .join('&')}`
        : '');
    const headers: Record<string, string> = { 'x-csrf-token': client.csrfToken };
    let payload: string | undefined;
    if (request.body && 'raw' in request.body) payload = request.body.raw;
    else if (request.body) payload = JSON.stringify(request.body.json) ?? 'null';
    if (payload !== undefined) headers['content-type'] = 'application/json';
    return h.app.inject({
      method: operation.method as 'GET',
      url,
      headers,
      cookies: { hearth_session: client.cookie },
      ...(payload === undefined ? {} : { payload }),
    });
  };

  it('covers every operation in the OpenAPI document with no 5xx and problem+json for every error', async () => {
    expect(operations.length).toBeGreaterThanOrEqual(70);
    const failures: string[] = [];
    let accepted = 0;
    for (const operation of operations) {
      const property = fc.asyncProperty(requestFor(operation), async (request) => {
        const response = await send(operation, request);
        if (response.statusCode < 300) accepted += 1;
        if (response.statusCode >= 500) throw new Error(`${response.statusCode} ${response.body.slice(0, 300)}`);
        if (response.statusCode >= 400 && !/^application\/problem\+json/.test(String(response.headers['content-type']))) {
          throw new Error(`${response.statusCode} answered as ${response.headers['content-type']}: ${response.body.slice(0, 200)}`);
        }
      });
      // No shrinking: the first failing input is reported as is, and the run stays bounded.
      const result = await fc.check(property, { numRuns: RUNS_PER_OPERATION, endOnFailure: true });
      if (result.failed) failures.push(`${operation.method} ${operation.path}: ${fc.defaultReportMessage(result)?.slice(0, 1500)}`);
    }
    expect(failures).toEqual([]);
    // The generated input is not all rejected at the schema: plenty got through to the handlers.
    expect(accepted).toBeGreaterThan(operations.length);
  }, 120_000);
});
