import { createHash } from 'node:crypto';
import type pg from 'pg';

/**
 * Wraps a pg pool so every parameterised query runs as a named prepared statement, keyed by its
 * SQL text. PostgreSQL then plans a query shape once per connection instead of on every request —
 * for the report view, planning cost more than running it. Kysely emits the same text for the
 * same query shape, so the set of names stays small.
 */
export function preparingPool(pool: pg.Pool): pg.Pool {
  const names = new Map<string, string>();
  const nameFor = (text: string) => {
    let name = names.get(text);
    if (!name) {
      name = `h_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
      names.set(text, name);
    }
    return name;
  };
  const prepare = (client: pg.PoolClient): pg.PoolClient => {
    const original = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (text: unknown, values?: unknown, ...rest: unknown[]) =>
      typeof text === 'string' && Array.isArray(values) && values.length > 0
        ? original({ name: nameFor(text), text, values }, ...rest)
        : original(text, values, ...rest);
    return client;
  };
  return new Proxy(pool, {
    get(target, property, receiver) {
      if (property === 'connect') {
        return async () => {
          const client = await target.connect();
          // Wrap once per physical connection; pooled clients come back as the same object.
          if (!(client as unknown as { __hearthPrepared?: boolean }).__hearthPrepared) {
            prepare(client);
            (client as unknown as { __hearthPrepared?: boolean }).__hearthPrepared = true;
          }
          return client;
        };
      }
      return Reflect.get(target, property, receiver);
    },
  });
}
