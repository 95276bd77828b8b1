import type { Kysely } from 'kysely';
import type { HearthDatabase } from '../../db/database.js';
import type { DB } from '../../db/schema.js';
import { deliverOutbox } from '../../platform/outbox.js';
import { remindAndEscalate } from './work.jobs.js';

/** One tick of the work engine's clock: queue reminders and escalations, then deliver the outbox. */
export async function runWorkClock(database: HearthDatabase, now = new Date()) {
  return database.asOwner(async (owner) => {
    const db = owner as Kysely<DB>;
    const queued = await remindAndEscalate(db, now);
    let delivered = 0;
    for (let batch = await deliverOutbox(db); batch > 0; batch = await deliverOutbox(db)) delivered += batch;
    return { ...queued, delivered };
  });
}
