// The real Hearth app plus one bare endpoint, for bench/api.ts. Never part of the product.
import { sql } from 'kysely';
import { z } from 'zod';
import { buildApp } from '../src/server/app.js';
import { openDatabase } from '../src/server/db/database.js';
import { loadConfig } from '../src/server/platform/config.js';
import { seedDemoAgency } from '../src/server/seed/demo-agency.js';

const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent', PORT: '0' });
const database = await openDatabase(config);
await database.asOwner(seedDemoAgency);
const app = await buildApp({ database, config, webRoot: '/nonexistent' });

// Baseline: one row by primary key through the same pool, with no session, policy, RLS or audit.
app.get('/bench/bare/:id', { schema: { hide: true, params: z.object({ id: z.uuid() }) } }, async (request) => {
  const { rows } = await sql<{ id: string; number: string; status: string }>`select id, number, status from report where id = ${request.params.id}`.execute(
    database.app,
  );
  return rows[0] ?? null;
});

const address = await app.listen({ host: '127.0.0.1', port: 0 });
process.stdout.write(`LISTENING ${address}\n`);
process.on('SIGTERM', async () => {
  await app.close();
  await database.close();
  process.exit(0);
});
