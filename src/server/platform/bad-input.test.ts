import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { type Client, createHarness, type Harness } from '../../../test/support/harness.js';
import { openInvestigationFast } from '../../../test/support/open-investigation-factory.js';

// PLAT-8, issue 9 "Bad input gets a clear 4xx, never a 5xx": each of these answered 500 (or
// Fastify's own body, or stored something else than was sent) before the edge schemas.

const expectProblem = (response: LightMyRequestResponse, status: number, detail?: RegExp) => {
  expect(response.statusCode, response.body).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.headers['x-request-id']).toBeTruthy();
  if (detail) expect(response.json().detail).toMatch(detail);
};

/** A raw JSON text, for documents JSON.stringify itself cannot build (10,000 deep). */
const sendRaw = (h: Harness, client: Client, method: 'PUT' | 'PATCH' | 'POST', url: string, payload: string) =>
  h.app.inject({
    method,
    url,
    payload,
    cookies: { hearth_session: client.cookie },
    headers: { 'x-csrf-token': client.csrfToken, 'content-type': 'application/json' },
  });

describe('bad input is refused at the edge with a problem, never a 500 (PLAT-8)', () => {
  let h: Harness;
  let screener: Client;
  let investigator: Client;
  let investigationId: string;
  let report: { id: string; version: number; narrative: string };
  beforeAll(async () => {
    h = await createHarness();
    ({ investigationId, investigator } = await openInvestigationFast(h));
    screener = await h.signIn('screener');
    report = (await screener.post('/api/reports', { channel: 'phone', receivedAt: undefined })).json();
    report = (await screener.patch(`/api/reports/${report.id}`, { version: report.version, narrative: 'The neighbour heard shouting.' })).json();
  });
  afterAll(() => h?.close());

  const narrativeNow = async () => (await screener.get(`/api/reports/${report.id}`)).json().narrative;

  it('a body over the 1 MiB limit is 413 too_large', async () => {
    const response = await screener.patch(`/api/reports/${report.id}`, { version: report.version, narrative: 'x'.repeat(1_100_000) });
    expectProblem(response, 413, /larger than 1048576 bytes/);
    expect(response.json().code).toBe('too_large');
  });

  it('NUL and lone surrogates in text are refused, and nothing is stored', async () => {
    for (const narrative of ['before\u0000after', 'broken \uD83D pair', 'reversed \uDE00\uD83D']) {
      expectProblem(await screener.patch(`/api/reports/${report.id}`, { version: report.version, narrative }), 400, /^narrative: .*cannot be stored/);
    }
    expectProblem(await screener.post('/api/persons', { firstName: 'Ana\u0000', lastName: 'Ruiz' }), 400, /^firstName:/);
    expectProblem(await screener.get('/api/persons/search?lastName=Ruiz%00'), 400, /^lastName:/);
    expect(await narrativeNow()).toBe('The neighbour heard shouting.');
    // A real pair (an emoji) is kept exactly as sent.
    const saved = (await screener.patch(`/api/reports/${report.id}`, { version: report.version, narrative: 'Ella dijo 😢 que tenía miedo.' })).json();
    expect(saved.narrative).toBe('Ella dijo 😢 que tenía miedo.');
    report = saved;
  });

  it('NUL and lone surrogates in instrument answers, as values or keys, are refused', async () => {
    const url = `/api/investigations/${investigationId}/assessments/safety`;
    expectProblem(await investigator.put(url, { answers: { danger_now: 'yes\u0000' } }), 400, /^answers\.danger_now: .*cannot be stored/);
    expectProblem(await investigator.put(url, { answers: { notes: ['fine', '\uDBFF'] } }), 400, /^answers\.notes\.1:/);
    expectProblem(await investigator.put(url, { answers: { 'key\u0000': 'yes' } }), 400, /A key/);
    expectProblem(await screener.put(`/api/reports/${report.id}/screening-instrument`, { answers: { pa_injury: '\uD800' } }), 400, /cannot be stored/);
  });

  it('a version beyond the int column (2^53-1, 2^31) is 400, in a body and in a query', async () => {
    expectProblem(await screener.patch(`/api/reports/${report.id}`, { version: 2 ** 53 - 1, narrative: 'x' }), 400, /^version: At most 2147483647/);
    expectProblem(await screener.post(`/api/reports/${report.id}/submit`, { version: 2 ** 31 }), 400, /^version:/);
    expectProblem(await screener.delete(`/api/reports/${report.id}/participants/${crypto.randomUUID()}?version=9007199254740991`), 400, /^version:/);
    expectProblem(await screener.get('/api/instruments/hearth-safety/9007199254740991'), 400, /^version:/);
  });

  it('a date in year 0000 is 400 in a body and in a query', async () => {
    expectProblem(
      await screener.post('/api/persons', { firstName: 'Ana', lastName: 'Ruiz', dateOfBirth: '0000-01-01' }),
      400,
      /^dateOfBirth: Use a year between 1900 and 2200/,
    );
    expectProblem(await screener.get('/api/persons/search?lastName=Ruiz&dateOfBirth=0000-01-01'), 400, /^dateOfBirth:/);
    expectProblem(await screener.patch(`/api/reports/${report.id}`, { version: report.version, receivedAt: '0000-01-01T09:00:00Z' }), 400, /^receivedAt:/);
    const admin = await h.signIn('admin');
    expectProblem(await admin.get('/api/audit?from=0000-01-01'), 400, /^from:/);
    const supervisor = await h.signIn('supervisor');
    expectProblem(await supervisor.get('/api/investigations/unit-report?from=0000-12-31'), 400, /^from:/);
    expectProblem(
      await supervisor.post('/api/staff/absences', { startsOn: '0000-01-01', endsOn: '2026-12-01', delegateId: crypto.randomUUID() }),
      400,
      /^startsOn:/,
    );
  });

  it('JSON nested 10,000 deep is refused before it is parsed; 9 levels of answers by the schema', async () => {
    const url = `/api/investigations/${investigationId}/assessments/safety`;
    const deep = `{"answers":{"a":${'['.repeat(10_000)}${']'.repeat(10_000)}}}`;
    expectProblem(await sendRaw(h, investigator, 'PUT', url, deep), 400, /nested too deeply \(at most 64 levels\)/);
    expectProblem(await sendRaw(h, screener, 'PUT', `/api/reports/${report.id}/screening-instrument`, deep), 400, /nested too deeply/);
    let nine: unknown = 'yes';
    for (let i = 0; i < 8; i += 1) nine = [nine];
    expectProblem(await investigator.put(url, { answers: { a: nine } }), 400, /^answers\.a(\.0)*: Nested too deeply \(at most 8 levels\)/);
  });

  it('router errors are problem+json 400: bad percent-encoding and an over-long path parameter', async () => {
    expectProblem(await screener.get('/api/reports/%E0%A4%A'), 400, /not a valid url component/);
    expectProblem(await screener.get(`/api/reports/${'a'.repeat(500)}`), 400, /too long \(at most 200 characters\)/);
  });

  it('a narrative over 20,000 characters is refused with the limit named, never cut (INT-1)', async () => {
    const response = await screener.patch(`/api/reports/${report.id}`, { version: report.version, narrative: 'y'.repeat(30_000) });
    expectProblem(response, 400);
    expect(response.json().errors).toEqual([
      { path: 'narrative', message: 'At most 20000 characters', code: 'too_big', params: { origin: 'string', maximum: 20000, inclusive: true } },
    ]);
    expect(await narrativeNow()).toBe('Ella dijo 😢 que tenía miedo.');
    const atLimit = await screener.patch(`/api/reports/${report.id}`, { version: report.version, narrative: 'z'.repeat(20_000) });
    expect(atLimit.statusCode, atLimit.body).toBe(200);
    expect(atLimit.json().narrative).toHaveLength(20_000);
  });
});
