import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { DB, OutboxMessageTable } from '../db/schema.js';

type Db = Transaction<DB> | Kysely<DB>;

export interface OutboxInput {
  kind: OutboxMessageTable['kind'];
  recipientId: string;
  dedupeKey: string;
  payload: Record<string, unknown>;
}

/**
 * Queues a message in the caller's transaction: it exists exactly when the change that caused it
 * commits. The dedupe key makes re-queuing the same reminder a no-op.
 */
export async function enqueue(db: Db, messages: OutboxInput[]): Promise<void> {
  if (messages.length === 0) return;
  await db
    .insertInto('outbox_message')
    .values(messages.map((m) => ({ id: randomUUID(), kind: m.kind, recipient_id: m.recipientId, dedupe_key: m.dedupeKey, payload: JSON.stringify(m.payload) })))
    // No conflict target: the app role may insert but not read the outbox, and a target needs SELECT.
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export interface DeliveryOptions {
  limit?: number;
  /** Test seam: runs after a message is handed over and before the batch commits. */
  afterHandOver?: (messageId: string) => Promise<void>;
}

/**
 * Delivers pending messages to the recipients' in-app inbox. Claiming (row locks, skipping rows
 * another deliverer holds), handing over and marking delivered are one transaction: a process that
 * dies mid-batch delivers nothing from it, and the next run delivers each message exactly once.
 * An external channel (e-mail) would hand over with the message id as its idempotency key.
 */
export async function deliverOutbox(owner: Kysely<DB>, options: DeliveryOptions = {}): Promise<number> {
  return owner.transaction().execute(async (trx) => {
    const batch = await trx
      .selectFrom('outbox_message')
      .select(['id', 'kind', 'recipient_id', 'payload'])
      .where('delivered_at', 'is', null)
      .where('available_at', '<=', new Date())
      .orderBy('available_at')
      .limit(options.limit ?? 100)
      .forUpdate()
      .skipLocked()
      .execute();
    for (const message of batch) {
      await trx
        .insertInto('staff_notification')
        .values({ id: randomUUID(), outbox_id: message.id, recipient_id: message.recipient_id, kind: message.kind, payload: JSON.stringify(message.payload) })
        .onConflict((oc) => oc.column('outbox_id').doNothing())
        .execute();
      await trx
        .updateTable('outbox_message')
        .set((eb) => ({ delivered_at: new Date(), attempts: eb('attempts', '+', 1) }))
        .where('id', '=', message.id)
        .execute();
      await options.afterHandOver?.(message.id);
    }
    return batch.length;
  });
}
