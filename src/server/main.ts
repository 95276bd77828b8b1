import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildApp } from './app.js';
import { openDatabase } from './db/database.js';
import { sealAudit } from './platform/audit.js';
import { runWorkClock } from './features/work/work.clock.js';
import type { Config } from './platform/config.js';
import { prepareGracefulStop } from './platform/graceful-stop.js';
import { DEMO_PASSWORD, demoUsers, seedDemoAgency } from './seed/demo-agency.js';

/** Starts Hearth: open (and migrate) the database, seed the demo agency on first run, listen. */
export async function startServer(config: Config) {
  const progress = startProgress();
  progress('Starting Hearth');
  const database = await openDatabase(config, {
    onConnectionError: (error) => console.warn(`PostgreSQL dropped a connection (${error.message}); Hearth connects afresh on the next request.`),
    onProgress: progress,
  });
  let seeded = false;
  if (database.kind === 'pglite' || process.env.HEARTH_SEED_DEMO === 'true') {
    progress('Checking for the demo agency (seeded with its sign-ins on first start)');
    seeded = await database.asOwner(seedDemoAgency);
  }
  const webRoot = path.resolve('dist/web');
  progress(
    existsSync(path.join(webRoot, 'index.html'))
      ? `Serving the web app from ${path.relative(process.cwd(), webRoot)}`
      : 'The web app is not built (run: npx vite build); serving the API only',
  );
  const app = await buildApp({ database, config, webRoot });
  const sealer = setInterval(() => {
    sealAudit(database.app).catch((error) => app.log.error({ err: error }, 'audit sealing failed'));
  }, config.HEARTH_AUDIT_SEAL_MS);
  sealer.unref();
  const workClock = setInterval(() => {
    runWorkClock(database).catch((error) => app.log.error({ err: error }, 'work clock failed'));
  }, config.HEARTH_WORK_TICK_MS);
  workClock.unref();
  const stopGracefully = prepareGracefulStop(app);

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: finishing requests in flight');
    clearInterval(sealer);
    clearInterval(workClock);
    try {
      await stopGracefully();
      await sealAudit(database.app).catch(() => undefined);
      await database.close();
      process.exit(0);
    } catch (error) {
      app.log.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  const address = await app.listen({ host: config.HOST, port: config.PORT });
  const where = config.DATABASE_URL ? 'PostgreSQL' : `embedded PGlite in ${config.HEARTH_DATA_DIR}`;
  const lines = [
    '',
    `Hearth is running at ${address.replace('127.0.0.1', 'localhost')}  (database: ${where}${seeded ? ', demo agency seeded' : ''})`,
    `API docs: ${address}/api/docs`,
    '',
    `Demo sign-ins (password for all: ${DEMO_PASSWORD}):`,
    ...demoUsers.map((u) => `  ${u.username.padEnd(20)} ${u.roles.join(', ').padEnd(18)} ${u.displayName}`),
    '',
  ];
  console.log(lines.join('\n'));
  return { app, database };
}

/** Prints each start-up step as it begins, with the seconds since start, so a slow first start is not silent. */
function startProgress() {
  const started = Date.now();
  return (message: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${message}`);
}
