import type { Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import type { DB } from '../../db/schema.js';

type Db = Kysely<DB> | Transaction<DB>;

export const usernameKey = (username: string) => username.trim().toLowerCase();

export function findUserForSignIn(db: Db, username: string) {
  return db.selectFrom('staff_user').select(['id', 'password_hash', 'active']).where(sql`lower(username)`, '=', usernameKey(username)).executeTakeFirst();
}

export function findLock(db: Db, username: string) {
  return db.selectFrom('sign_in_throttle').select(['failures', 'locked_until']).where('username_key', '=', usernameKey(username)).executeTakeFirst();
}

/** Counts a failure for this username (existing or not); locks it once the limit is reached. */
export function recordFailedSignIn(db: Db, username: string, maxFailures: number, lockMinutes: number) {
  return db
    .insertInto('sign_in_throttle')
    .values({ username_key: usernameKey(username), failures: 1, locked_until: maxFailures <= 1 ? sql`now() + make_interval(mins => ${lockMinutes})` : null })
    .onConflict((oc) =>
      oc.column('username_key').doUpdateSet({
        failures: sql`sign_in_throttle.failures + 1`,
        last_failure_at: sql`now()`,
        locked_until: sql`case when sign_in_throttle.failures + 1 >= ${maxFailures} then now() + make_interval(mins => ${lockMinutes}) else sign_in_throttle.locked_until end`,
      }),
    )
    .returning(['failures', 'locked_until'])
    .executeTakeFirstOrThrow();
}

export async function clearFailedSignIns(db: Db, username: string) {
  await db.deleteFrom('sign_in_throttle').where('username_key', '=', usernameKey(username)).execute();
}

export async function insertSession(
  db: Db,
  session: { tokenHash: string; csrfToken: string; userId: string; expiresAt: Date; ip: string; userAgent: string | null },
) {
  await db
    .insertInto('staff_session')
    .values({
      token_hash: session.tokenHash,
      csrf_token: session.csrfToken,
      user_id: session.userId,
      expires_at: session.expiresAt,
      ip: session.ip,
      user_agent: session.userAgent,
    })
    .execute();
}

export async function endSession(db: Db, sessionId: string) {
  await db.updateTable('staff_session').set({ ended_at: new Date() }).where('id', '=', sessionId).execute();
}

export async function setLanguage(db: Db, userId: string, language: 'en' | 'es') {
  await db.updateTable('staff_user').set({ language }).where('id', '=', userId).execute();
}
