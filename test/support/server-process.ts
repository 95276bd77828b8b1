import { type ChildProcess, spawn } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { DEMO_PASSWORD } from '../../src/server/seed/demo-agency.js';

export const projectRoot = path.resolve(import.meta.dirname, '..', '..');

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  /** Everything the process printed on stdout so far. */
  output(): string;
  /** Resolves when a stdout line matching `pattern` is printed. */
  printed(pattern: RegExp): Promise<string>;
}

/**
 * Runs Hearth in its own process, as a newcomer or a supervisor (systemd, a container) would, and
 * resolves once it prints its URL. `command` defaults to `hearth start` (node_modules/.bin/hearth).
 */
export async function startServerProcess(
  env: Record<string, string>,
  command: string[] = [path.join(projectRoot, 'node_modules', '.bin', 'hearth'), 'start'],
): Promise<ServerProcess> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'warn', PORT: '0', HEARTH_SEED_DEMO: 'true', ...env };
  // Only the variables given here choose the database.
  for (const key of ['DATABASE_URL', 'DATABASE_APP_URL', 'HEARTH_DATA_DIR']) if (!(key in env)) delete childEnv[key];
  const child = spawn(command[0]!, command.slice(1), { cwd: projectRoot, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const waiting: Array<{ pattern: RegExp; resolve: (line: string) => void }> = [];
  createInterface({ input: child.stdout! }).on('line', (line) => {
    output += `${line}\n`;
    for (const wait of [...waiting]) {
      if (wait.pattern.test(line)) {
        waiting.splice(waiting.indexOf(wait), 1);
        wait.resolve(line);
      }
    }
  });
  child.stderr!.on('data', () => undefined); // drained, so a chatty child never blocks on a full pipe
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const printed = (pattern: RegExp) => new Promise<string>((resolve) => waiting.push({ pattern, resolve }));
  const running = printed(/Hearth is running at (http:\/\/\S+)/);
  const line = await Promise.race([running, exited.then((code) => Promise.reject(new Error(`Hearth exited early with ${code}: ${output}`)))]);
  const url = /Hearth is running at (http:\/\/\S+)/.exec(line)![1]!;
  return { url, child, exited, output: () => output, printed };
}

/** Signs the demo screener in over real HTTP; returns the session cookie and CSRF token. */
export async function signInOverHttp(url: string, username = 'screener') {
  const response = await fetch(`${url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers.get('set-cookie')!.split(';')[0]!;
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}

/** One request's outcome: its HTTP status, or the network error code when there was no answer. */
export type Outcome = { status: number; code?: string } | { error: string };

export async function attempt(request: () => Promise<Response>): Promise<Outcome> {
  try {
    const response = await request();
    const body = await response.text();
    if (response.status >= 500) {
      const code = /"code":"([a-z_]+)"/.exec(body)?.[1];
      return { status: response.status, ...(code ? { code } : {}) };
    }
    return { status: response.status };
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return { error: cause?.code ?? cause?.message ?? String(error) };
  }
}

/**
 * One request over node:http through `agent`, with its outcome as `attempt` gives it. A browser keeps
 * a few connections per site and reuses them; an `http.Agent` with `keepAlive` and `maxSockets` does
 * the same, where `fetch`'s pool opens a new connection whenever its free one is a tick late.
 */
export function attemptThrough(agent: http.Agent, url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<Outcome>((resolve) => {
    const request = http.request(url, { agent, method: options.method ?? 'GET', headers: options.headers }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => {
        const status = response.statusCode!;
        const code = status >= 500 ? /"code":"([a-z_]+)"/.exec(body)?.[1] : undefined;
        resolve({ status, ...(code ? { code } : {}) });
      });
      response.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
    });
    request.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
    request.end(options.body);
  });
}
