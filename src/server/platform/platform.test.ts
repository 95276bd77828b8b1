import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../../test/support/harness.js';
import { onPostgresOnly } from '../../../test/support/postgres-only.js';
import { adminQuery } from '../../../test/support/test-database.js';
import { ConfigError, loadConfig } from './config.js';

// The platform around the features: health, API description, problem answers, request ids, config.

describe('the platform answers', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(() => h?.close());

  it('health is 200 while the database answers', async () => {
    const response = await h.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', database: h.database.kind });
  });

  it('publishes an OpenAPI 3 description listing the report and person-search endpoints', async () => {
    const response = await h.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const spec = response.json();
    expect(spec.openapi).toMatch(/^3\.\d+\.\d+$/);
    expect(Object.keys(spec.paths)).toEqual(expect.arrayContaining(['/api/reports/{id}', '/api/persons/search', '/api/audit', '/api/health']));
    expect(spec.paths['/api/reports/{id}']).toHaveProperty('get');
    expect(spec.paths['/api/reports/{id}']).toHaveProperty('patch');
    expect(spec.paths['/api/persons/search'].get.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['firstName', 'lastName', 'dateOfBirth']),
    );
  });

  it('serves the browsable API docs as HTML', async () => {
    const response = await h.app.inject({ method: 'GET', url: '/api/docs' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.body).toMatch(/<html/i);
  });

  it('an unknown API path is 404 problem+json naming the path', async () => {
    const response = await h.app.inject({ method: 'GET', url: '/api/nope?x=1' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ status: 404, code: 'not_found', instance: '/api/nope', type: 'https://hearth.example/problems/not_found' });
  });

  it('every response carries an x-request-id, whatever its status', async () => {
    const screener = await h.signIn('screener');
    const responses = [
      await h.app.inject({ method: 'GET', url: '/api/health' }),
      await h.app.inject({ method: 'GET', url: '/api/openapi.json' }),
      await h.app.inject({ method: 'GET', url: '/api/docs' }),
      await h.app.inject({ method: 'GET', url: '/api/nope' }),
      await h.app.inject({ method: 'GET', url: '/api/my-work' }), // 401
      await h.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { username: '' } }), // 400
      await screener.get('/api/my-work'),
      await screener.get('/api/reports/not-a-uuid'), // 400
      await screener.post('/api/reports', { channel: 'carrier pigeon' }), // 400
    ];
    expect(responses.map((r) => r.statusCode)).toEqual([200, 200, 200, 404, 401, 400, 200, 400, 400]);
    const ids = responses.map((r) => r.headers['x-request-id']);
    for (const id of ids) expect(id).toMatch(/^\S{8,64}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('ignores a caller’s own x-request-id, so nobody can forge or reuse ids in the audit trail', async () => {
    const response = await h.app.inject({ method: 'GET', url: '/api/health', headers: { 'x-request-id': 'proxy-abc-123' } });
    expect(response.headers['x-request-id']).not.toBe('proxy-abc-123');
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('when the database goes away', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(() => h?.close());

  it('health turns 503 problem+json once the database is closed', async () => {
    expect((await h.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    await h.database.close();
    const response = await h.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(503);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ status: 503, code: 'unavailable' });
    expect(response.headers['x-request-id']).toEqual(expect.any(String));
  });
});

describe('configuration is checked once, at start-up', () => {
  const attempt = (env: NodeJS.ProcessEnv) => {
    try {
      loadConfig(env);
    } catch (error) {
      return error;
    }
    throw new Error('loadConfig accepted a bad environment');
  };

  it('a non-numeric PORT stops start-up with a ConfigError naming PORT', () => {
    const error = attempt({ PORT: 'abc' });
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(/^\s+PORT: /m);
    expect((error as Error).message).not.toContain('DATABASE_URL');
  });

  it('a DATABASE_URL that is not PostgreSQL stops start-up naming DATABASE_URL', () => {
    const error = attempt({ DATABASE_URL: 'mysql://x' });
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(/^\s+DATABASE_URL: must start with postgres:\/\//m);
    expect((error as Error).message).not.toMatch(/^\s+PORT:/m);
  });

  it('several bad settings are named together', () => {
    const message = (attempt({ PORT: '70000', DATABASE_URL: 'mysql://x', HEARTH_TRUST_PROXY: 'yes' }) as Error).message;
    for (const name of ['PORT', 'DATABASE_URL', 'HEARTH_TRUST_PROXY']) expect(message).toMatch(new RegExp(`^\\s+${name}: `, 'm'));
  });

  it('good settings parse into typed values with defaults', () => {
    const config = loadConfig({ PORT: '8080', DATABASE_URL: 'postgresql://db.internal/hearth', HEARTH_TRUST_PROXY: '1' });
    expect(config).toMatchObject({
      PORT: 8080,
      DATABASE_URL: 'postgresql://db.internal/hearth',
      HEARTH_TRUST_PROXY: true,
      HEARTH_SESSION_IDLE_MINUTES: 30,
      HEARTH_SIGN_IN_MAX_FAILURES: 5,
    });
  });
});

onPostgresOnly(() =>
  describe('when PostgreSQL drops the application’s idle connections', () => {
    let h: Harness;
    beforeAll(async () => {
      h = await createHarness();
    });
    afterAll(() => h.close());

    it('keeps serving: the pool replaces them instead of the process crashing', async () => {
      const screener = await h.signIn('screener');
      expect((await screener.get('/api/my-work')).statusCode).toBe(200);
      const database = new URL(h.config.DATABASE_URL!).pathname.slice(1);
      const { rows } = await adminQuery(
        `select count(pg_terminate_backend(pid))::int as n from pg_stat_activity where datname = '${database}' and usename = 'hearth_app' and state = 'idle'`,
      );
      expect(rows[0].n).toBeGreaterThan(0);
      await new Promise((resolve) => setTimeout(resolve, 100)); // the terminations reach the idle clients
      expect((await screener.get('/api/my-work')).statusCode).toBe(200);
      expect((await h.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    });
  }),
);
