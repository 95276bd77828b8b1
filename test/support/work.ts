import { randomUUID } from 'node:crypto';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { DB } from '../../src/server/db/schema.js';
import { type EventInput, type EventOutcome, recordEvent } from '../../src/server/features/work/work.engine.js';
import type { Harness } from './harness.js';

/** Runs `work` in a transaction acting as `userId`, exactly as a request would (RLS applies). */
export async function asUser<T>(h: Harness, userId: string, work: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
  return h.database.app.transaction().execute(async (trx) => {
    await sql`select hearth_begin(${userId}::uuid)`.execute(trx);
    return work(trx);
  });
}

/** Records a domain event as `userId` through the work engine, the way a feature would. */
export const emit = (h: Harness, userId: string, input: EventInput): Promise<EventOutcome> =>
  asUser(h, userId, (trx) => recordEvent({ userId, requestId: 'test', ip: '127.0.0.1' }, trx, h.config, input));

export const userIdOf = async (h: Harness, username: string) =>
  h.database.asOwner(
    async (owner) => (await owner.selectFrom('staff_user').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id as string,
  );

/**
 * An open case in the North ongoing unit carried by `caseworker`, with these children on it. Cases
 * have no screens yet (a later issue), so tests create them as the owner.
 */
export async function openCase(h: Harness, options: { caseworker: string; children: string[]; kind?: 'in_home' | 'out_of_home'; unit?: string }) {
  return h.database.asOwner(async (owner: Kysely<any>) => {
    const unit = await owner
      .selectFrom('org_unit')
      .select('id')
      .where('code', '=', options.unit ?? 'NORTH-ONG')
      .executeTakeFirstOrThrow();
    const caseworkerId = (await owner.selectFrom('staff_user').select('id').where('username', '=', options.caseworker).executeTakeFirstOrThrow()).id;
    const id = randomUUID();
    await owner
      .insertInto('family_case')
      .values({ id, number: `C-TEST-${id.slice(0, 8)}`, kind: options.kind ?? 'out_of_home', org_unit_id: unit.id })
      .execute();
    await owner.insertInto('case_assignment').values({ case_id: id, user_id: caseworkerId, role: 'primary' }).execute();
    for (const personId of options.children) await owner.insertInto('case_participant').values({ case_id: id, person_id: personId, role: 'child' }).execute();
    return { id, caseworkerId, orgUnitId: unit.id as string };
  });
}

/** Open tasks on a record, as the owner sees them (for assertions, not for access). */
export const tasksOf = (h: Harness, subjectId: string) =>
  h.database.asOwner((owner) =>
    owner.selectFrom('task').selectAll().where('subject_id', '=', subjectId).orderBy('rule_key').orderBy('created_at').execute(),
  ) as Promise<Array<DB['task'] extends infer T ? { [K in keyof T]: any } : never>>;
