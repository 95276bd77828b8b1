import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { recordAudit } from '../../platform/audit.js';
import type { Config } from '../../platform/config.js';
import { Problem } from '../../platform/errors.js';
import { decoyHash, verifyPassword } from '../../platform/passwords.js';
import { hashToken } from '../../platform/request-context.js';
import type { SignInInput } from './auth.schema.js';
import * as repo from './auth.repo.js';

export type SignInResult = { ok: true; token: string; csrfToken: string; userId: string } | { ok: false; problem: Problem };

/**
 * Checks the password, counts failures toward a lockout and opens a session. Failures are
 * returned rather than thrown so the failure count and its audit row still commit.
 */
export async function signIn(
  db: Kysely<DB>,
  config: Config,
  input: SignInInput,
  meta: { ip: string; userAgent: string | null; requestId: string },
): Promise<SignInResult> {
  return db.transaction().execute(async (trx) => {
    const user = await repo.findUserForSignIn(trx, input.username);
    const audit = (userId: string | null, action: 'session.sign_in' | 'session.sign_in_failed', details: Record<string, unknown> = {}) =>
      recordAudit(trx, { userId, requestId: meta.requestId, ip: meta.ip }, [{ action, recordType: 'session', details }]);
    const wrong = new Problem('unauthenticated', 'That username and password do not match. Check both and try again.').because('wrong_password');
    // Known and unknown usernames get the same answers in the same time: nothing reveals which exist.
    const lock = await repo.findLock(trx, input.username);
    if (lock?.locked_until && lock.locked_until > new Date()) {
      await verifyPassword(input.password, decoyHash);
      await audit(user?.id ?? null, 'session.sign_in_failed', { username: input.username, reason: 'locked' });
      return { ok: false, problem: lockedProblem(lock.locked_until) };
    }
    const passwordMatches = await verifyPassword(input.password, user?.active ? user.password_hash : decoyHash);
    if (!user?.active || !passwordMatches) {
      const after = await repo.recordFailedSignIn(trx, input.username, config.HEARTH_SIGN_IN_MAX_FAILURES, config.HEARTH_SIGN_IN_LOCK_MINUTES);
      await audit(user?.id ?? null, 'session.sign_in_failed', {
        username: input.username,
        reason: user?.active ? 'wrong_password' : 'unknown_user',
        failures: after.failures,
      });
      return { ok: false, problem: after.locked_until && after.locked_until > new Date() ? lockedProblem(after.locked_until) : wrong };
    }

    await repo.clearFailedSignIns(trx, input.username);
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(24).toString('base64url');
    const expiresAt = new Date(Date.now() + config.HEARTH_SESSION_ABSOLUTE_HOURS * 3_600_000);
    await repo.insertSession(trx, { tokenHash: hashToken(token), csrfToken, userId: user.id, expiresAt, ip: meta.ip, userAgent: meta.userAgent });
    await audit(user.id, 'session.sign_in');
    return { ok: true, token, csrfToken, userId: user.id };
  });
}

function lockedProblem(until: Date) {
  const minutes = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000));
  return new Problem(
    'locked',
    `Too many wrong passwords. Sign-in for this username is locked for ${minutes} more minute(s), or until an administrator unlocks it (hearth user unlock).`,
  ).because('account_locked', { minutes });
}
