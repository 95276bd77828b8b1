import { spawn } from 'node:child_process';
import path from 'node:path';
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../db/schema.js';
import { createHarness, type Harness } from '../../../test/support/harness.js';
import { onPostgresOnly } from '../../../test/support/postgres-only.js';
import { userIdOf } from '../../../test/support/work.js';
import { deliverOutbox, enqueue } from './outbox.js';

/** SUP-5: reminders are never lost or doubled, even when the deliverer dies mid-batch. */
let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h?.close());

const owner = <T>(work: (db: Kysely<DB>) => Promise<T>) => h.database.asOwner((db) => work(db as Kysely<DB>));
const notificationsFor = (keys: string[]) =>
  owner(async (db) =>
    db
      .selectFrom('staff_notification as n')
      .innerJoin('outbox_message as m', 'm.id', 'n.outbox_id')
      .select(['m.dedupe_key'])
      .where('m.dedupe_key', 'in', keys)
      .execute(),
  );

async function queue(prefix: string, count: number) {
  const recipientId = await userIdOf(h, 'investigator');
  const keys = Array.from({ length: count }, (_, i) => `${prefix}:${i}`);
  await owner((db) =>
    enqueue(
      db,
      keys.map((dedupeKey) => ({ kind: 'task.reminder' as const, recipientId, dedupeKey, payload: { n: dedupeKey } })),
    ),
  );
  return keys;
}

/** Until no other session holds a lock on the outbox (bounded: 15 s). */
async function waitForDeadSessionLocks() {
  for (let i = 0; i < 150; i += 1) {
    const { rows } = await owner((db) =>
      sql<{ n: number }>`select count(*)::int as n from pg_locks l join pg_class c on c.oid = l.relation
                          where c.relname = 'outbox_message' and l.pid <> pg_backend_pid()`.execute(db),
    );
    if (rows[0]?.n === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the killed deliverer’s session still holds outbox locks after 15 s');
}

describe('the outbox', () => {
  it('queuing the same reminder twice keeps one message', async () => {
    const keys = await queue('twice', 1);
    await queue('twice', 1);
    const rows = await owner((db) => db.selectFrom('outbox_message').select('id').where('dedupe_key', 'in', keys).execute());
    expect(rows).toHaveLength(1);
  });

  it('a delivery that fails mid-batch delivers nothing from it; the next run delivers each message once', async () => {
    const keys = await queue('interrupted', 3);
    let handed = 0;
    await expect(
      owner((db) =>
        deliverOutbox(db, {
          afterHandOver: async () => {
            handed += 1;
            if (handed === 2) throw new Error('the process died here');
          },
        }),
      ),
    ).rejects.toThrow('the process died here');
    expect(await notificationsFor(keys)).toEqual([]);
    await owner((db) => deliverOutbox(db));
    await owner((db) => deliverOutbox(db));
    expect((await notificationsFor(keys)).map((r) => r.dedupe_key).sort()).toEqual(keys);
  });

  onPostgresOnly(() => {
    it('a deliverer killed (SIGKILL) mid-delivery loses nothing and doubles nothing after a restart', async () => {
      const keys = await queue('killed', 4);
      const url = h.config.DATABASE_URL!;
      const root = path.resolve(import.meta.dirname, '../../..');
      const child = spawn(path.join(root, 'node_modules/.bin/node'), ['--import', 'tsx', 'test/support/outbox-worker.ts', url], {
        cwd: root,
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('handed-over') && resolve());
        child.on('exit', (code) => reject(new Error(`worker exited early with ${code}`)));
      });
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));
      // PostgreSQL ends the dead client's session (and frees its row locks) only once it notices the
      // socket closed, which on a loaded machine takes a moment; until then a restarted deliverer
      // rightly skips the locked rows. Wait for that, as the next scheduled run would.
      await waitForDeadSessionLocks();
      expect(await notificationsFor(keys)).toEqual([]);
      await owner((db) => deliverOutbox(db));
      await owner((db) => deliverOutbox(db));
      expect((await notificationsFor(keys)).map((r) => r.dedupe_key).sort()).toEqual(keys);
    });
  });
});
