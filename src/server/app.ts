import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import type { HearthDatabase } from './db/database.js';
import { registerAuditRoutes } from './features/audit/audit.routes.js';
import { registerAuthRoutes } from './features/auth/auth.routes.js';
import { registerInvestigationRoutes } from './features/investigations/investigations.routes.js';
import { registerSafetyPlanRoutes } from './features/safety-plans/safety-plans.routes.js';
import { registerInvestigationRecordRoutes } from './features/investigations/investigation-records.routes.js';
import { registerCaseRoutes } from './features/cases/cases.routes.js';
import { registerDocumentRoutes } from './features/cases/documents/documents.routes.js';
import { registerNetworkRoutes } from './features/cases/network/network.routes.js';
import { registerFunctionalRoutes } from './features/cases/functional/functional.routes.js';
import { registerTeamRoutes } from './features/cases/team/team.routes.js';
import { registerCasePlanRoutes } from './features/cases/plan/plan.routes.js';
import { registerVisitRoutes } from './features/cases/visits/visits.routes.js';
import { registerFamilyAssessmentRoutes } from './features/family-assessment/family-assessment.routes.js';
import { registerRecordRoutes } from './features/records/records.routes.js';
import { registerMyWorkRoutes } from './features/my-work/my-work.routes.js';
import { registerPersonRoutes } from './features/persons/persons.routes.js';
import { registerReferenceRoutes } from './features/reference/reference.routes.js';
import { registerReportRoutes } from './features/reports/reports.routes.js';
import { registerApprovalRoutes } from './features/approvals/approvals.routes.js';
import { registerProfileRoutes } from './features/profile/profile.routes.js';
import { registerWorkRoutes } from './features/work/work.routes.js';
import { registerInstrumentRoutes } from './features/instruments/instruments.routes.js';
import type { Config } from './platform/config.js';
import type { AppDeps, HearthApp } from './platform/deps.js';
import { databaseFault } from './platform/database-faults.js';
import { registerCompression, registerWebApp } from './platform/web-delivery.js';
import { type FieldProblem, Problem, problemBody } from './platform/errors.js';
import { installBoundedJsonParser } from './platform/json-body.js';

const BODY_LIMIT_BYTES = 1_048_576;
const MAX_PARAM_LENGTH = 200;

export interface BuildOptions {
  database: HearthDatabase;
  config: Config;
  /** Folder with the built web app; served with an index.html fallback when present. */
  webRoot?: string;
}

/** Builds the Fastify app without listening, so tests and the CLI share one assembly. */
export async function buildApp({ database, config, webRoot = path.resolve('dist/web') }: BuildOptions): Promise<HearthApp> {
  const app = Fastify({
    logger: config.LOG_LEVEL === 'silent' ? false : { level: config.LOG_LEVEL, redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]'] },
    // Always our own id: a client-chosen one would let callers forge or reuse ids in the audit trail.
    genReqId: () => randomUUID(),
    trustProxy: config.HEARTH_TRUST_PROXY,
    bodyLimit: BODY_LIMIT_BYTES,
    // Longest path parameter (instrument keys may have 120 characters); longer ones, and addresses
    // with broken percent-encoding, are refused by the router and answered as problems below.
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    // Router errors skip the onSend hooks, so the request id is set here.
    frameworkErrors: (error, request, reply) => sendProblem(error, request, reply.header('x-request-id', request.id), app),
  }).withTypeProvider<import('fastify-type-provider-zod').ZodTypeProvider>() as HearthApp;

  installBoundedJsonParser(app);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  app.setErrorHandler((error, request, reply) => sendProblem(error, request, reply, app));
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || !existsSync(path.join(webRoot, 'index.html')) || request.method !== 'GET') {
      return sendProblem(new Problem('not_found', `Nothing at ${request.method} ${request.url.split('?')[0]}.`), request, reply, app);
    }
    return reply.type('text/html').sendFile('index.html', webRoot);
  });

  await registerCompression(app);
  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Hearth API', version: '0.1.0', description: 'Child-welfare practice model as working software.' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'hearth_session' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  app.get('/api/health', { schema: { tags: ['platform'], summary: 'Answers 200 only when the database answers' } }, async (_request, reply) => {
    try {
      await sql`select 1`.execute(database.app);
      return { status: 'ok', database: database.kind };
    } catch {
      return reply
        .code(503)
        .type('application/problem+json')
        .send(problemBody(new Problem('unavailable', 'The database is not answering.')));
    }
  });

  const deps: AppDeps = { database, config };
  registerAuthRoutes(app, deps);
  registerReferenceRoutes(app, deps);
  registerPersonRoutes(app, deps);
  registerReportRoutes(app, deps);
  registerApprovalRoutes(app, deps);
  registerProfileRoutes(app, deps);
  registerWorkRoutes(app, deps);
  registerInstrumentRoutes(app, deps);
  registerInvestigationRoutes(app, deps);
  registerSafetyPlanRoutes(app, deps);
  registerInvestigationRecordRoutes(app, deps);
  registerCaseRoutes(app, deps);
  registerNetworkRoutes(app, deps);
  registerTeamRoutes(app, deps);
  registerCasePlanRoutes(app, deps);
  registerVisitRoutes(app, deps);
  registerFunctionalRoutes(app, deps);
  registerDocumentRoutes(app, deps);
  registerFamilyAssessmentRoutes(app, deps);
  registerRecordRoutes(app, deps);
  registerMyWorkRoutes(app, deps);
  registerAuditRoutes(app, deps);

  if (existsSync(webRoot)) await registerWebApp(app, webRoot);
  return app;
}

function sendProblem(error: unknown, request: FastifyRequest, reply: import('fastify').FastifyReply, app: HearthApp) {
  const { url } = request;
  const problem = toProblem(error, request);
  if (problem.kind === 'internal') app.log.error({ err: error, url }, 'unhandled error');
  if (problem.kind === 'unavailable') {
    app.log.warn({ err: error, url }, 'database unavailable or busy');
    reply.header('retry-after', '1');
  }
  return reply
    .code(problemBody(problem).status)
    .type('application/problem+json')
    .send(problemBody(problem, url.split('?')[0]));
}

function toProblem(error: unknown, request: FastifyRequest): Problem {
  if (error instanceof Problem) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const context = (error as { validationContext?: string }).validationContext;
    const source = context === 'querystring' ? request.query : context === 'params' ? request.params : context === 'headers' ? request.headers : request.body;
    const errors = fieldProblemsOf(error.validation, source);
    return new Problem('validation', errors.map((e) => `${e.path || 'request'}: ${e.message}`).join('; '), errors);
  }
  const status = (error as { statusCode?: number }).statusCode;
  if (status === 429) return new Problem('rate_limited', 'Too many attempts from this address. Wait a minute and try again.');
  if (status === 413) return new Problem('too_large', `The request body is larger than ${request.routeOptions.bodyLimit ?? BODY_LIMIT_BYTES} bytes.`);
  if ((error as { code?: string }).code === 'FST_ERR_MAX_PARAM_LENGTH')
    return new Problem('validation', `A part of the address is too long (at most ${MAX_PARAM_LENGTH} characters).`);
  if (status === 415 || status === 400) return new Problem('validation', (error as Error).message);
  const code = (error as { code?: string }).code;
  // Row-level security refused the row: to the caller it is simply not there.
  if (code === '42501') return new Problem('not_found');
  if (code === '40001') return new Problem('conflict', 'Another change happened at the same moment. Try again.');
  const fault = databaseFault(error);
  if (fault) return fault;
  return new Problem('internal', 'Something went wrong on our side. The request id in this response helps support find it.');
}

/**
 * zod's issues as field problems that keep zod's `code` and its `params` (`maximum`, `values`, a
 * refinement's `reason`, …), so a client can say each in its own words without reading the English.
 * zod does not say that a value was missing; `received: 'undefined'` does, from the request itself.
 */
function fieldProblemsOf(
  issues: Array<{ instancePath: string; message?: string; keyword: string; params: Record<string, unknown> }>,
  source: unknown,
): FieldProblem[] {
  return issues.map((issue) => {
    const keys = issue.instancePath.split('/').slice(1);
    const { params: refinement, input: _input, ...rest } = issue.params;
    const params: Record<string, unknown> = {};
    for (const [key, value] of Object.entries({ ...rest, ...(refinement as Record<string, unknown> | undefined) })) {
      const plain = (v: unknown) => v === null || ['string', 'number', 'boolean'].includes(typeof v);
      if (plain(value) || (Array.isArray(value) && value.every(plain))) params[key] = typeof value === 'bigint' ? String(value) : value;
    }
    if (issue.keyword === 'invalid_type' && keys.reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], source) === undefined)
      params.received = 'undefined';
    return { path: keys.join('.'), message: issue.message ?? 'is not valid', code: issue.keyword, ...(Object.keys(params).length ? { params } : {}) };
  });
}
