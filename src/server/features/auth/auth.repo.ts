import type { Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import type { DB } from '../../db/schema.js';

type Db = Kysely<DB> | Transaction<DB>;

export function findUserForSignIn(db: Db, username: string) {
  return db
    .selectFrom('staff_user')
    .select(['id', 'password_hash', 'failed_sign_ins', 'locked_until', 'active'])
    .where(sql`lower(username)`, '=', username.toLowerCase())
    .executeTakeFirst();
}

export async function recordFailedSignIn(db: Db, userId: string, maxFailures: number, lockMinutes: number) {
  return db
    .updateTable('staff_user')
    .set({
      failed_sign_ins: sql`failed_sign_ins + 1`,
      locked_until: sql`case when failed_sign_ins + 1 >= ${maxFailures} then now() + make_interval(mins => ${lockMinutes}) else locked_until end`,
    })
    .where('id', '=', userId)
    .returning(['failed_sign_ins', 'locked_until'])
    .executeTakeFirstOrThrow();
}

export async function clearFailedSignIns(db: Db, userId: string) {
  await db.updateTable('staff_user').set({ failed_sign_ins: 0, locked_until: null }).where('id', '=', userId).execute();
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
