import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { HearthDatabase } from '../db/database.js';
import type { Config } from './config.js';

/** What every feature's routes receive: no container, just the few shared things. */
export interface AppDeps {
  database: HearthDatabase;
  config: Config;
}

export type HearthApp = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;
