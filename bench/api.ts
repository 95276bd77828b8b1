/**
 * npm run bench:api — throughput of "open a report" (session, policy, RLS, joins, audit) against
 * (a) a bare primary-key read and (b) the same report view query with no session, RLS or audit,
 * all measured in this run on the local PostgreSQL. ratio c/a is what the whole request costs
 * against the cheapest read; trust c/b is what session, policy, RLS and audit cost on top of the
 * query itself.
 * The server runs in its own process so the load generator does not share its event loop.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import pg from 'pg';

const adminUrl = process.env.HEARTH_BENCH_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const dbName = `hearth_bench_${process.pid}`;

async function admin(text: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

const dbUrl = new URL(adminUrl);
dbUrl.pathname = `/${dbName}`;
await admin(`create database ${dbName}`);
const server = spawn(process.execPath, ['--import', 'tsx', 'bench/bench-server.ts'], {
  env: { ...process.env, DATABASE_URL: dbUrl.toString(), DATABASE_POOL_SIZE: String(connections) },
  stdio: ['ignore', 'pipe', 'inherit'],
});
try {
  const base = await new Promise<string>((resolve, reject) => {
    createInterface({ input: server.stdout! }).on('line', (line) => line.startsWith('LISTENING ') && resolve(line.slice(10)));
    server.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  const { cookie, csrf, reportId } = await prepareReport(base);

  const run = async (title: string, path: string, headers: Record<string, string> = {}) => {
    await autocannon({ url: base + path, connections, duration: 2, headers }); // warm-up
    const result = await autocannon({ url: base + path, connections, duration: seconds, headers });
    if (result.non2xx > 0 || result.errors > 0) throw new Error(`${title}: ${result.non2xx} non-2xx, ${result.errors} errors`);
    console.log(`${title.padEnd(42)} ${result.requests.average.toFixed(0).padStart(7)} req/s   p50 ${result.latency.p50} ms   p99 ${result.latency.p99} ms`);
    return result.requests.average;
  };
  console.log(`${connections} concurrent clients, ${seconds}s each, PostgreSQL ${dbUrl.host}`);
  const bare = await run('(a) bare primary-key read', `/bench/bare/${reportId}`);
  const naive = await run('(b) report query, no session/RLS/audit', `/bench/naive/${reportId}`);
  if (process.env.BENCH_BREAKDOWN) {
    await run('(x) + transaction and hearth_begin', `/bench/begun/${reportId}`);
    await run('(y) + row-level security (hearth_app)', `/bench/rls/${reportId}`);
  }
  const real = await run('(c) open a report (GET /api/reports/:id)', `/api/reports/${reportId}`, { cookie, 'x-csrf-token': csrf });
  console.log(`ratio c/a ${(real / bare).toFixed(3)}   trust c/b ${(real / naive).toFixed(3)}`);
} finally {
  server.kill('SIGTERM');
  await once(server, 'exit').catch(() => undefined);
  await admin(`drop database if exists ${dbName} with (force)`);
}

/** Signs in as the demo screener and builds a realistic report: four people, an allegation. */
async function prepareReport(base: string) {
  const signIn = await fetch(`${base}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'screener', password: 'Hearth-demo-2026' }),
  });
  const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
  const { csrfToken: csrf } = (await signIn.json()) as { csrfToken: string };
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(base + path, {
      method,
      headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' },
      body: JSON.stringify(body ?? {}),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response.json() as Promise<any>;
  };
  let report = await call('POST', '/api/reports', { channel: 'phone' });
  const person = (first: string, last: string, extra: object) => call('POST', '/api/persons', { firstName: first, lastName: last, ...extra });
  const child = await person('Ava', 'Lindqvist', { dateOfBirth: '2017-05-05', sex: 'female' });
  const sibling = await person('Noah', 'Lindqvist', { dateOfBirth: '2020-01-20', sex: 'male' });
  const mother = await person('Sara', 'Lindqvist', { dateOfBirth: '1989-03-03', sex: 'female' });
  const father = await person('Erik', 'Lindqvist', { approximateAge: 40, sex: 'male' });
  report = await call('PATCH', `/api/reports/${report.id}`, {
    version: report.version,
    narrative: 'Teacher reports the children arrive hungry and unwashed most days.',
    reporter: { reporterType: 'education', mandated: true, anonymous: false, name: 'Pat Lee' },
  });
  for (const [p, role, parentType] of [
    [child, 'alleged_victim'],
    [sibling, 'alleged_victim'],
    [mother, 'parent', 'custodial'],
    [father, 'parent', 'non_custodial'],
  ] as const) {
    report = await call('POST', `/api/reports/${report.id}/participants`, { version: report.version, personId: p.id, role, parentType });
  }
  report = await call('POST', `/api/reports/${report.id}/allegations`, {
    version: report.version,
    victimPersonId: child.id,
    perpetratorPersonId: mother.id,
    maltreatmentType: 'neglect',
  });
  return { cookie, csrf, reportId: report.id as string };
}
