import { inject } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/server/app.js';
import { type HearthDatabase, openDatabase } from '../../src/server/db/database.js';
import { type Config, testConfig } from '../../src/server/platform/config.js';
import type { HearthApp } from '../../src/server/platform/deps.js';
import { DEMO_PASSWORD } from '../../src/server/seed/demo-agency.js';
import { adminQuery, databaseUrl, loadPgliteTemplate, testDatabaseKind, uniqueName } from './test-database.js';

export interface Harness {
  app: HearthApp;
  database: HearthDatabase;
  config: Config;
  /** Signs a demo user in and returns a client that carries their cookie and CSRF token. */
  signIn(username: string, password?: string): Promise<Client>;
  close(): Promise<void>;
}

export interface Client {
  userId: string;
  csrfToken: string;
  cookie: string;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, payload: unknown): Promise<LightMyRequestResponse>;
  put(url: string, payload: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
  /** A raw body in its own content type (a file upload). */
  upload(url: string, body: Buffer, contentType: string): Promise<LightMyRequestResponse>;
}

/**
 * A fresh database of its own, copied from the migrated template: empty, or (`seeded`) with the
 * demo agency already in it, seeded once per run by the global setup.
 */
export async function openTestDatabase(overrides: Partial<Record<keyof Config, string>> = {}, { seeded = false }: { seeded?: boolean } = {}) {
  if (testDatabaseKind === 'postgres') {
    const name = uniqueName('hearth_test');
    await adminQuery(`create database ${name} template ${inject(seeded ? 'seededTemplateDatabase' : 'templateDatabase')}`);
    const config = testConfig({ DATABASE_URL: databaseUrl(name), DATABASE_POOL_SIZE: '5', ...overrides });
    const database = await openDatabase(config);
    return {
      config,
      database,
      drop: async () => {
        await database.close();
        await adminQuery(`drop database if exists ${name} with (force)`);
      },
    };
  }
  const config = testConfig({ HEARTH_DATA_DIR: 'memory://', ...overrides });
  const database = await openDatabase(config, { pgliteDump: await loadPgliteTemplate(inject(seeded ? 'pgliteSeededDump' : 'pgliteDump')) });
  return { config, database, drop: () => database.close() };
}

/** A fresh database with the demo agency (from the seeded template) and the app over it. */
export async function createHarness(overrides: Partial<Record<keyof Config, string>> = {}): Promise<Harness> {
  const { config, database, drop } = await openTestDatabase(overrides, { seeded: true });
  const app = await buildApp({ database, config, webRoot: '/nonexistent' });
  await app.ready();
  return {
    app,
    database,
    config,
    signIn: (username, password = DEMO_PASSWORD) => signIn(app, username, password),
    close: async () => {
      await app.close();
      await drop();
    },
  };
}

let signInCount = 0;

export async function signIn(app: HearthApp, username: string, password = DEMO_PASSWORD): Promise<Client> {
  // Each story's sign-in comes from its own address, so the per-address sign-in limit (tested on
  // its own in auth.test.ts) does not trip over a file that signs in many times.
  signInCount += 1;
  const remoteAddress = `10.123.${(signInCount >> 8) & 255}.${signInCount & 255}`;
  const response = await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { username, password }, remoteAddress });
  if (response.statusCode !== 200) throw new Error(`sign-in for ${username} failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'hearth_session')!.value;
  const { csrfToken, user } = response.json();
  const cookies = { hearth_session: cookie };
  const headers = { 'x-csrf-token': csrfToken };
  return {
    userId: user.id,
    csrfToken,
    cookie,
    get: (url) => app.inject({ method: 'GET', url, cookies }),
    post: (url, payload) => app.inject({ method: 'POST', url, cookies, headers, ...(payload === undefined ? {} : { payload: payload as object }) }),
    patch: (url, payload) => app.inject({ method: 'PATCH', url, cookies, headers, payload: payload as object }),
    put: (url, payload) => app.inject({ method: 'PUT', url, cookies, headers, payload: payload as object }),
    delete: (url) => app.inject({ method: 'DELETE', url, cookies, headers }),
    upload: (url, body, contentType) => app.inject({ method: 'POST', url, cookies, headers: { ...headers, 'content-type': contentType }, payload: body }),
  };
}
