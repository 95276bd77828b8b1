import http from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { attempt, attemptThrough, type Outcome, type ServerProcess, signInOverHttp, startServerProcess } from '../support/server-process.js';
import { type StandaloneDatabase, standaloneDatabase } from '../support/standalone-database.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('PLAT-8: a graceful stop', () => {
  let database: StandaloneDatabase;
  let server: ServerProcess | undefined;
  beforeEach(async () => {
    database = await standaloneDatabase();
  });
  afterEach(async () => {
    if (server && server.child.exitCode === null) {
      server.child.kill('SIGKILL');
      await server.exited;
    }
    server = undefined;
    await database.remove();
  });

  it('after SIGTERM under load every request gets an answer or a refused connection, never a reset', { timeout: 90_000 }, async () => {
    server = await startServerProcess(database.env);
    const { url } = server;
    const { cookie, csrfToken } = await signInOverHttp(url);
    const headers = { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
    const outcomes: Outcome[] = [];
    let stopped = false;
    void server.exited.then(() => (stopped = true));
    // Ten browsers at once, each on its own keep-alive connections, until a moment after the process
    // has ended. (A client that opens a brand-new connection in the very instant the listener closes
    // can be reset by the kernel whatever the server does; the stop waits for a quiet moment, and a
    // browser reuses the connections it has, as these do.)
    const worker = async () => {
      const agent = new http.Agent({ keepAlive: true, maxSockets: 2 });
      let afterStop = 0;
      while (afterStop < 3) {
        if (stopped) afterStop += 1;
        outcomes.push(await attemptThrough(agent, `${url}/api/reports`, { method: 'POST', headers, body: '{}' }));
        outcomes.push(await attemptThrough(agent, `${url}/api/my-work`, { headers }));
      }
      agent.destroy();
    };
    const workers = Array.from({ length: 10 }, worker);
    await sleep(1500);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    await Promise.all(workers);

    const kinds = new Map<string, number>();
    for (const outcome of outcomes) {
      const kind = 'status' in outcome ? String(outcome.status) : outcome.error;
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    }
    console.info(`graceful stop: ${JSON.stringify(Object.fromEntries(kinds))}`);
    const unclean = outcomes.filter((o) => ('error' in o ? o.error !== 'ECONNREFUSED' : o.status >= 500 && o.status !== 503));
    expect(unclean).toEqual([]);
    expect(kinds.get('ECONNREFUSED')).toBeGreaterThan(0); // the load went on past the end
    expect(kinds.get('201')).toBeGreaterThan(0);
  });

  it('`npm start` stops the server when npm itself is sent SIGTERM', { timeout: 90_000 }, async () => {
    server = await startServerProcess(database.env, ['npm', 'start', '--silent']);
    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(200);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    // npm's exit must mean the server is gone, not left running without a parent.
    const after = await attempt(() => fetch(`${server!.url}/api/health`));
    expect(after).toEqual({ error: 'ECONNREFUSED' });
  });
});
