import { randomBytes } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../../../test/support/harness.js';
import { hashToken, SESSION_COOKIE } from '../../platform/request-context.js';
import { DEMO_PASSWORD } from '../../seed/demo-agency.js';

// Identity: password sign-in, session cookies, CSRF, lockout and session expiry (PLAT-1 depends on knowing who is acting).

const sessionCookieOf = (response: LightMyRequestResponse) => response.cookies.find((c) => c.name === SESSION_COOKIE);
const setCookieHeader = (response: LightMyRequestResponse) => [response.headers['set-cookie'] ?? []].flat().join('\n');

function signInRequest(h: Harness, username: string, password: string, extra: { remoteAddress?: string; headers?: Record<string, string> } = {}) {
  return h.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { username, password }, ...extra });
}

describe('signing in and out', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(() => h?.close());

  /** Moves this session's clock as the owner, as if time had passed. */
  const ageSession = (cookie: string, column: 'last_seen_at' | 'expires_at', minutesAgo: number) =>
    h.database.asOwner((owner) =>
      sql`update staff_session set ${sql.ref(column)} = now() - make_interval(mins => ${minutesAgo}) where token_hash = ${hashToken(cookie)}`.execute(owner),
    );
  const me = (cookie: string) => h.app.inject({ method: 'GET', url: '/api/auth/me', cookies: { [SESSION_COOKIE]: cookie } });

  it('a screener signs in and gets an httpOnly, SameSite=Strict session cookie, without Secure over plain http', async () => {
    const response = await signInRequest(h, 'screener', DEMO_PASSWORD);
    expect(response.statusCode).toBe(200);
    const cookie = sessionCookieOf(response)!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/', maxAge: h.config.HEARTH_SESSION_ABSOLUTE_HOURS * 3600 });
    expect(cookie.secure).toBeFalsy();
    expect(cookie.value.length).toBeGreaterThanOrEqual(32);
    const header = setCookieHeader(response);
    expect(header).toMatch(/HttpOnly/);
    expect(header).toMatch(/SameSite=Strict/);
    expect(header).not.toMatch(/;\s*Secure/i);
    // The token lives only in the cookie; the body carries the CSRF token and who signed in.
    const body = response.json();
    expect(body.csrfToken).toEqual(expect.any(String));
    expect(body.user).toMatchObject({ username: 'screener', displayName: 'Hannah Ortiz' });
    expect(response.body).not.toContain(cookie.value);
  });

  it('a forwarded https header from an untrusted proxy does not make the cookie Secure', async () => {
    const response = await signInRequest(h, 'supervisor', DEMO_PASSWORD, { headers: { 'x-forwarded-proto': 'https' } });
    expect(response.statusCode).toBe(200);
    expect(sessionCookieOf(response)!.secure).toBeFalsy();
  });

  it('a wrong password is 401 problem+json, says the same as an unknown username, and sets no cookie', async () => {
    const wrong = await signInRequest(h, 'screener', 'not-the-password');
    expect(wrong.statusCode).toBe(401);
    expect(wrong.headers['content-type']).toContain('application/problem+json');
    expect(wrong.json()).toMatchObject({ status: 401, code: 'unauthenticated' });
    expect(sessionCookieOf(wrong)).toBeUndefined();
    const unknown = await signInRequest(h, 'nobody-here', 'not-the-password');
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json().detail).toBe(wrong.json().detail);
  });

  it('after the allowed number of wrong passwords the account locks (423), even for the right password', async () => {
    const max = h.config.HEARTH_SIGN_IN_MAX_FAILURES;
    expect(max).toBe(5);
    const from = { remoteAddress: '10.0.0.5' }; // its own address, so the per-address rate limit stays out of the way
    for (let attempt = 1; attempt < max; attempt++) {
      expect((await signInRequest(h, 'caseworker', `wrong-${attempt}`, from)).statusCode).toBe(401);
    }
    const last = await signInRequest(h, 'caseworker', 'wrong-again', from);
    expect(last.statusCode).toBe(423);
    expect(last.json().code).toBe('locked');
    const right = await signInRequest(h, 'caseworker', DEMO_PASSWORD, from);
    expect(right.statusCode).toBe(423);
    expect(right.headers['content-type']).toContain('application/problem+json');
    expect(sessionCookieOf(right)).toBeUndefined();
    const lock = await h.database.asOwner((owner) =>
      owner.selectFrom('sign_in_throttle').select(['failures', 'locked_until']).where('username_key', '=', 'caseworker').executeTakeFirstOrThrow(),
    );
    expect(lock.failures).toBe(max);
    expect(new Date(lock.locked_until).getTime()).toBeGreaterThan(Date.now() + (h.config.HEARTH_SIGN_IN_LOCK_MINUTES - 1) * 60_000);
  });

  it('a successful sign-in clears earlier failures', async () => {
    const from = { remoteAddress: '10.0.0.6' };
    expect((await signInRequest(h, 'manager', 'wrong-1', from)).statusCode).toBe(401);
    expect((await signInRequest(h, 'manager', 'wrong-2', from)).statusCode).toBe(401);
    expect((await signInRequest(h, 'manager', DEMO_PASSWORD, from)).statusCode).toBe(200);
    const lock = await h.database.asOwner((owner) => owner.selectFrom('sign_in_throttle').selectAll().where('username_key', '=', 'manager').executeTakeFirst());
    expect(lock).toBeUndefined();
  });

  it('an unknown username is locked exactly like a real one, so lockout does not reveal which accounts exist', async () => {
    const from = { remoteAddress: '10.0.0.8' };
    const max = h.config.HEARTH_SIGN_IN_MAX_FAILURES;
    const statusesFor = async (username: string) => {
      const statuses: number[] = [];
      for (let attempt = 0; attempt <= max; attempt++) statuses.push((await signInRequest(h, username, `wrong-${attempt}`, from)).statusCode);
      return statuses;
    };
    const real = await statusesFor('qa');
    const invented = await statusesFor('no.such.person');
    expect(invented).toEqual(real);
    expect(real.slice(-2)).toEqual([423, 423]);
  });

  it('too many sign-in attempts from one address are refused with 429', async () => {
    const from = { remoteAddress: '10.0.0.7' };
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 21; attempt++) statuses.push((await signInRequest(h, `nobody-${attempt}`, 'guess', from)).statusCode);
    expect(statuses.slice(0, 20)).toEqual(Array(20).fill(401));
    expect(statuses[20]).toBe(429);
    const limited = await signInRequest(h, 'qa', DEMO_PASSWORD, from);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().code).toBe('rate_limited');
  });

  it('a change without the CSRF token, or with a wrong one, is refused with 403 csrf and changes nothing', async () => {
    const screener = await h.signIn('screener');
    const cookies = { [SESSION_COOKIE]: screener.cookie };
    const reportsBefore = (await screener.get('/api/my-work')).json().reports.length;
    const attempts = [
      await h.app.inject({ method: 'POST', url: '/api/reports', cookies, payload: { channel: 'phone' } }),
      await h.app.inject({ method: 'POST', url: '/api/reports', cookies, payload: { channel: 'phone' }, headers: { 'x-csrf-token': 'wrong' } }),
      await h.app.inject({
        method: 'POST',
        url: '/api/reports',
        cookies,
        payload: { channel: 'phone' },
        headers: { 'x-csrf-token': randomBytes(24).toString('base64url') },
      }),
      await h.app.inject({ method: 'POST', url: '/api/auth/sign-out', cookies }),
    ];
    for (const response of attempts) {
      expect(response.statusCode).toBe(403);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json().code).toBe('csrf');
    }
    expect((await screener.get('/api/my-work')).json().reports.length).toBe(reportsBefore);
    // With the token the same request goes through, and the session survived the refused sign-out.
    expect((await screener.post('/api/reports', { channel: 'phone' })).statusCode).toBe(201);
    expect((await screener.get('/api/my-work')).json().reports.length).toBe(reportsBefore + 1);
  });

  it('signing out answers 204, clears the cookie, and the old cookie no longer works', async () => {
    const supervisor = await h.signIn('supervisor');
    const out = await supervisor.post('/api/auth/sign-out');
    expect(out.statusCode).toBe(204);
    const cleared = sessionCookieOf(out);
    expect(cleared?.value).toBe('');
    expect(setCookieHeader(out)).toMatch(/hearth_session=;.*Expires=Thu, 01 Jan 1970/);
    const after = await me(supervisor.cookie);
    expect(after.statusCode).toBe(401);
    expect(after.json().code).toBe('unauthenticated');
    expect((await supervisor.get('/api/approvals')).statusCode).toBe(401);
    const session = await h.database.asOwner((owner) =>
      owner.selectFrom('staff_session').select('ended_at').where('token_hash', '=', hashToken(supervisor.cookie)).executeTakeFirstOrThrow(),
    );
    expect(session.ended_at).not.toBeNull();
  });

  it('a session idle for longer than the limit ends (401); one idle for less carries on', async () => {
    expect(h.config.HEARTH_SESSION_IDLE_MINUTES).toBe(30);
    const investigator = await h.signIn('investigator');
    await ageSession(investigator.cookie, 'last_seen_at', 29);
    expect((await me(investigator.cookie)).statusCode).toBe(200);
    await ageSession(investigator.cookie, 'last_seen_at', 31);
    const expired = await me(investigator.cookie);
    expect(expired.statusCode).toBe(401);
    expect(expired.headers['content-type']).toContain('application/problem+json');
  });

  it('a session past its absolute lifetime ends (401) however active it was', async () => {
    const investigator = await h.signIn('investigator2');
    expect((await me(investigator.cookie)).statusCode).toBe(200);
    await ageSession(investigator.cookie, 'expires_at', 1);
    expect((await me(investigator.cookie)).statusCode).toBe(401);
  });

  it('a request with no cookie, or a made-up one, is 401', async () => {
    const none = await h.app.inject({ method: 'GET', url: '/api/my-work' });
    expect(none.statusCode).toBe(401);
    expect(none.json().code).toBe('unauthenticated');
    expect((await me(randomBytes(32).toString('base64url'))).statusCode).toBe(401);
  });

  it('/api/auth/me says who is signed in: roles, org unit and the CSRF token', async () => {
    const supervisor = await h.signIn('inv.supervisor');
    const response = await me(supervisor.cookie);
    expect(response.statusCode).toBe(200);
    const unit = await h.database.asOwner((owner) =>
      owner
        .selectFrom('staff_user as u')
        .innerJoin('org_unit as o', 'o.id', 'u.org_unit_id')
        .select(['o.id', 'o.name'])
        .where('u.username', '=', 'inv.supervisor')
        .executeTakeFirstOrThrow(),
    );
    expect(response.json()).toEqual({
      user: {
        id: supervisor.userId,
        username: 'inv.supervisor',
        displayName: 'Dana Whitfield',
        roles: ['supervisor'],
        orgUnit: { id: unit.id, name: 'North Investigations Unit' },
        language: 'en',
        timeZone: 'America/New_York',
      },
      csrfToken: supervisor.csrfToken,
    });
  });

  it('passwords are stored only as argon2id PHC strings', async () => {
    const hashes = await h.database.asOwner((owner) => owner.selectFrom('staff_user').select(['username', 'password_hash']).execute());
    expect(hashes.length).toBeGreaterThanOrEqual(12);
    for (const { password_hash } of hashes) {
      expect(password_hash).toMatch(/^\$argon2id\$v=19\$m=\d+,t=\d+,p=\d+\$[\w-]+\$[\w-]+$/);
      expect(password_hash).not.toContain(DEMO_PASSWORD);
    }
  });
});

describe('behind a trusted TLS proxy', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness({ HEARTH_TRUST_PROXY: 'true' });
  });
  afterAll(() => h?.close());

  it('the session cookie is Secure when the proxy says the request came over https', async () => {
    const response = await signInRequest(h, 'screener', DEMO_PASSWORD, { headers: { 'x-forwarded-proto': 'https' } });
    expect(response.statusCode).toBe(200);
    expect(sessionCookieOf(response)).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Strict' });
    expect(setCookieHeader(response)).toMatch(/;\s*Secure/);
  });

  it('and not Secure when the proxy says it came over plain http', async () => {
    const response = await signInRequest(h, 'screener', DEMO_PASSWORD, { headers: { 'x-forwarded-proto': 'http' } });
    expect(response.statusCode).toBe(200);
    expect(sessionCookieOf(response)!.secure).toBeFalsy();
  });
});

describe('language preference (PLAT-6)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(() => h.close());

  it('remembers a user’s chosen language for their next session', async () => {
    const first = await h.signIn('investigator');
    const changed = await h.app.inject({
      method: 'PUT',
      url: '/api/auth/me/language',
      cookies: { hearth_session: first.cookie },
      headers: { 'x-csrf-token': first.csrfToken },
      payload: { language: 'es' },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().user.language).toBe('es');
    const later = await h.signIn('investigator');
    expect((await later.get('/api/auth/me')).json().user.language).toBe('es');
    const bad = await h.app.inject({
      method: 'PUT',
      url: '/api/auth/me/language',
      cookies: { hearth_session: first.cookie },
      headers: { 'x-csrf-token': first.csrfToken },
      payload: { language: 'fr' },
    });
    expect(bad.statusCode).toBe(400);
  });
});
