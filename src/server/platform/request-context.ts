import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import { Problem } from './errors.js';
import type { Role } from './roles.js';

export const SESSION_COOKIE = 'hearth_session';
const TOUCH_AFTER_MS = 60_000;

/** Who is acting, as established inside the request's own transaction. */
export interface RequestContext {
  userId: string;
  username: string;
  displayName: string;
  roles: Role[];
  orgUnitId: string;
  orgUnitName: string;
  /** Org units this user may see by scope or supervision (computed by the database). */
  scopeUnitIds: string[];
  language: 'en' | 'es';
  sessionId: string;
  csrfToken: string;
  requestId: string;
  ip: string;
}

export interface SessionPolicy {
  idleMinutes: number;
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Opens the request's transaction, authenticates the session cookie, sets the acting user for
 * row-level security and hands the context to `work`. The session check, the user's scope and the
 * work share one transaction, so access is decided on one consistent view of the data.
 */
export async function runAsUser<T>(
  db: Kysely<DB>,
  policy: SessionPolicy,
  request: FastifyRequest,
  work: (ctx: RequestContext, trx: Transaction<DB>) => Promise<T>,
  options: { checkCsrf?: boolean } = {},
): Promise<T> {
  const token = request.cookies?.[SESSION_COOKIE];
  if (!token) throw new Problem('unauthenticated', 'Please sign in to continue.').because('sign_in_required');
  return db.transaction().execute(async (trx) => {
    const { rows } = await sql<{
      session_id: string;
      csrf_token: string;
      last_seen_at: Date;
      user_id: string;
      username: string;
      display_name: string;
      org_unit_id: string;
      org_unit_name: string;
      language: 'en' | 'es';
      roles: Role[];
      scope_units: string[];
    }>`select s.id as session_id, s.csrf_token, s.last_seen_at, u.id as user_id, u.username, u.display_name,
              u.org_unit_id, o.name as org_unit_name, u.language, b.roles, b.scope_units
         from staff_session s
         join staff_user u on u.id = s.user_id and u.active
         join org_unit o on o.id = u.org_unit_id
         cross join lateral hearth_begin(s.user_id) b
        where s.token_hash = ${hashToken(token)} and s.ended_at is null and s.expires_at > now()
          and s.last_seen_at > now() - make_interval(mins => ${policy.idleMinutes})`.execute(trx);
    const row = rows[0];
    if (!row) throw new Problem('unauthenticated', 'Your session has ended. Please sign in again.').because('session_ended');
    if (options.checkCsrf !== false && MUTATING.has(request.method) && !sameToken(request.headers['x-csrf-token'], row.csrf_token)) {
      throw new Problem('csrf');
    }
    if (Date.now() - new Date(row.last_seen_at).getTime() > TOUCH_AFTER_MS) {
      await trx.updateTable('staff_session').set({ last_seen_at: new Date() }).where('id', '=', row.session_id).execute();
    }
    const ctx: RequestContext = {
      userId: row.user_id,
      username: row.username,
      displayName: row.display_name,
      roles: row.roles,
      orgUnitId: row.org_unit_id,
      orgUnitName: row.org_unit_name,
      scopeUnitIds: row.scope_units,
      language: row.language,
      sessionId: row.session_id,
      csrfToken: row.csrf_token,
      requestId: String(request.id),
      ip: request.ip,
    };
    return work(ctx, trx);
  });
}

function sameToken(header: string | string[] | undefined, expected: string): boolean {
  if (typeof header !== 'string' || header.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(header), Buffer.from(expected));
}

export const hasRole = (ctx: Pick<RequestContext, 'roles'>, ...wanted: Role[]) => wanted.some((role) => ctx.roles.includes(role));

/**
 * The one way a route runs work as the signed-in user (issue 10): `const asUser = userRunner(deps)`
 * once per routes file, then `asUser(request, (ctx, trx) => service(ctx, trx, …))` in each route.
 */
export function userRunner({ database, config }: { database: { app: Kysely<DB> }; config: { HEARTH_SESSION_IDLE_MINUTES: number } }) {
  const policy: SessionPolicy = { idleMinutes: config.HEARTH_SESSION_IDLE_MINUTES };
  return <T>(request: FastifyRequest, work: (ctx: RequestContext, trx: Transaction<DB>) => Promise<T>, options: { checkCsrf?: boolean } = {}) =>
    runAsUser(database.app, policy, request, work, options);
}
