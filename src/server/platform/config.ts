import { z } from 'zod';

const booleanFlag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** Every setting Hearth reads from the environment, parsed once; a bad value stops start-up. */
export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres://')
    .optional(),
  DATABASE_APP_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres://')
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(20),
  // Bounds on the application's database work, in milliseconds (0 = no limit), so a held lock or a
  // runaway query answers 503 after a bounded wait instead of hanging every request behind it.
  // PGlite enforces none of these itself (no timers in WASM, one connection); there the statement
  // bound limits how long a request waits for the one connection.
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).default(15_000),
  DATABASE_LOCK_TIMEOUT_MS: z.coerce.number().int().min(0).default(5_000),
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().min(0).default(30_000),
  /** How long to wait for a PostgreSQL connection (a new one, or a free one when all are busy) before answering 503. */
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(0).default(5_000),
  HEARTH_DATA_DIR: z.string().default('./data/pglite'),
  HEARTH_TIME_ZONE: z.string().default('America/New_York'),
  /** The practice profile used until an administrator chooses one (PLAT-3). */
  HEARTH_PROFILE: z.enum(['ct', 'ga', 'vt']).default('ct'),
  HEARTH_WORK_TICK_MS: z.coerce.number().int().min(100).default(30000),
  HEARTH_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(30),
  HEARTH_SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).default(12),
  HEARTH_TRUST_PROXY: booleanFlag.default(false),
  HEARTH_SIGN_IN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  HEARTH_SIGN_IN_LOCK_MINUTES: z.coerce.number().int().min(1).default(15),
  HEARTH_AUDIT_SEAL_MS: z.coerce.number().int().min(100).default(2000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {}

/** Parses the environment; throws a ConfigError that names each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = configSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Hearth cannot start: fix these environment variables:\n${lines.join('\n')}`);
  }
  return result.data;
}

/** A config for tests: defaults plus overrides, never read from the developer's shell. */
export function testConfig(overrides: Partial<Record<keyof Config, string>> = {}): Config {
  return loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', HEARTH_AUDIT_SEAL_MS: '100000', ...overrides });
}
