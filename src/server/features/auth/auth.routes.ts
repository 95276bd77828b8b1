import type { AppDeps, HearthApp } from '../../platform/deps.js';
import { recordAudit } from '../../platform/audit.js';
import { type RequestContext, SESSION_COOKIE, userRunner } from '../../platform/request-context.js';
import { languageInput, noContent, sessionAnswer, signInInput } from './auth.schema.js';
import { endSession, setLanguage } from './auth.repo.js';
import { signIn } from './auth.service.js';

export function registerAuthRoutes(app: HearthApp, { database, config }: AppDeps) {
  const asUser = userRunner({ database, config });

  app.post(
    '/api/auth/sign-in',
    {
      schema: { tags: ['auth'], summary: 'Sign in with username and password', body: signInInput, response: { 200: sessionAnswer } },
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const result = await signIn(database.app, config, request.body, {
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
        requestId: String(request.id),
      });
      if (!result.ok) throw result.problem;
      reply.setCookie(SESSION_COOKIE, result.token, {
        httpOnly: true,
        sameSite: 'strict',
        secure: request.protocol === 'https',
        path: '/',
        maxAge: config.HEARTH_SESSION_ABSOLUTE_HOURS * 3600,
      });
      request.cookies[SESSION_COOKIE] = result.token;
      // The new session has just been created; it has no CSRF token on the client yet.
      return asUser(request, async (ctx) => ({ user: presentMe(ctx, config), csrfToken: result.csrfToken }), {
        checkCsrf: false,
      });
    },
  );

  app.post('/api/auth/sign-out', { schema: { tags: ['auth'], summary: 'End this session', response: { 204: noContent } } }, async (request, reply) => {
    await asUser(request, async (ctx, trx) => {
      await endSession(trx, ctx.sessionId);
      await recordAudit(trx, ctx, [{ action: 'session.sign_out', recordType: 'session', recordId: ctx.sessionId }]);
    });
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.code(204).send(null);
  });

  app.put(
    '/api/auth/me/language',
    { schema: { tags: ['auth'], summary: 'Remember the signed-in user’s language (en or es)', body: languageInput, response: { 200: sessionAnswer } } },
    (request) =>
      asUser(request, async (ctx, trx) => {
        await setLanguage(trx, ctx.userId, request.body.language);
        return { user: presentMe({ ...ctx, language: request.body.language }, config), csrfToken: ctx.csrfToken };
      }),
  );

  app.get(
    '/api/auth/me',
    { schema: { tags: ['auth'], summary: 'The signed-in user and their CSRF token', response: { 200: sessionAnswer } } },
    async (request) => asUser(request, async (ctx) => ({ user: presentMe(ctx, config), csrfToken: ctx.csrfToken })),
  );
}

function presentMe(ctx: RequestContext, config: AppDeps['config']) {
  return {
    id: ctx.userId,
    username: ctx.username,
    displayName: ctx.displayName,
    roles: ctx.roles,
    orgUnit: { id: ctx.orgUnitId, name: ctx.orgUnitName },
    language: ctx.language,
    timeZone: config.HEARTH_TIME_ZONE,
  };
}
