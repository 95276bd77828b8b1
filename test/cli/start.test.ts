import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roles } from '../../src/server/platform/roles.js';
import { DEMO_PASSWORD } from '../../src/server/seed/demo-agency.js';
import { type StandaloneDatabase, standaloneDatabase } from '../support/standalone-database.js';
import { testDatabaseKind } from '../support/test-database.js';

const root = path.resolve(import.meta.dirname, '..', '..');

/** Runs `hearth start` as a newcomer would; resolves once it prints its URL. */
async function startHearth(env: Record<string, string>) {
  // Info logs, so the test can see a request arrive before it sends the stop signal.
  const childEnv: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'info', PORT: '0', HEARTH_SEED_DEMO: 'true', ...env };
  for (const key of ['DATABASE_URL', 'DATABASE_APP_URL', 'HEARTH_DATA_DIR']) if (!(key in env)) delete childEnv[key];
  const child = spawn(path.join(root, 'node_modules', '.bin', 'hearth'), ['start'], { cwd: root, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const lines = createInterface({ input: child.stdout! });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    lines.on('line', (line) => {
      output += `${line}\n`;
      const match = /Hearth is running at (http:\/\/\S+)/.exec(line);
      if (match) resolve(match[1]!);
    });
    void exited.then((code) => reject(new Error(`hearth start exited early with ${code}: ${output}`)));
  });
  await new Promise((resolve) => setTimeout(resolve, 200)); // let the sign-in table finish printing
  /** Resolves when the server logs that a request for `url` has arrived. */
  const arrived = (method: string, url: string) =>
    new Promise<void>((resolve) =>
      lines.on('line', (line) => {
        if (line.includes('incoming request') && line.includes(`"method":"${method}"`) && line.includes(`"url":"${url}"`)) resolve();
      }),
    );
  return { url, child, exited, arrived, output: () => output };
}

async function signIn(url: string) {
  const response = await fetch(`${url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'screener', password: DEMO_PASSWORD }),
  });
  const cookie = response.headers.get('set-cookie')!.split(';')[0]!;
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}

describe('npm start: a newcomer’s first run, a graceful stop and a restart', () => {
  let database: StandaloneDatabase;
  beforeAll(async () => {
    database = await standaloneDatabase();
  });
  afterAll(() => database.remove());

  it('prints the URL and a sign-in for every role, finishes a request in flight on SIGTERM, and keeps the data on restart', { timeout: 90_000 }, async () => {
    const first = await startHearth(database.env);
    // A first start says what it is doing before it is ready (it used to be silent for ~16 s).
    if (testDatabaseKind === 'pglite') {
      expect(first.output()).toMatch(/\] Creating the database folder .*\n.*\] Applying database migration 1 of \d+: /);
    } else {
      expect(first.output()).toContain('] Connecting to PostgreSQL at');
    }
    expect(first.output()).toMatch(/\] Checking for the demo agency.*\n(.*\n)*Hearth is running at/);
    for (const role of roles) expect(first.output()).toContain(role);
    expect(first.output()).toContain(DEMO_PASSWORD);

    const { cookie, csrfToken } = await signIn(first.url);
    const arrived = first.arrived('POST', '/api/reports');
    const inFlight = fetch(`${first.url}/api/reports`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
      body: '{}',
    });
    await arrived;
    first.child.kill('SIGTERM');
    const created = await inFlight;
    expect(created.status).toBe(201);
    const report = (await created.json()) as { id: string; number: string };
    // The test keeps its keep-alive connection open, as a browser would: the stop must not wait for it.
    const stopping = Date.now();
    expect(await first.exited).toBe(0);
    expect(Date.now() - stopping).toBeLessThan(15_000);

    const second = await startHearth(database.env);
    expect(second.output()).not.toContain('Creating the database folder');
    expect(second.output()).not.toContain('Applying database migration');
    try {
      const again = await signIn(second.url);
      const reopened = await fetch(`${second.url}/api/reports/${report.id}`, { headers: { cookie: again.cookie } });
      expect(reopened.status).toBe(200);
      expect(((await reopened.json()) as { number: string }).number).toBe(report.number);
    } finally {
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
    }
  });
});
