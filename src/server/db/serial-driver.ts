import type { DatabaseConnection, Driver, TransactionSettings } from 'kysely';

/** A first-come, first-served lock: `acquire` resolves with the function that releases it. */
export class Mutex {
  #tail: Promise<void> = Promise.resolve();

  acquire(): Promise<() => void> {
    let release!: () => void;
    const next = new Promise<void>((resolve) => (release = resolve));
    const ready = this.#tail.then(() => release);
    this.#tail = this.#tail.then(() => next);
    return ready;
  }
}

/**
 * Wraps a single-connection driver (PGlite) so that one query or one whole transaction holds the
 * connection at a time. Without it, a query from a second request could run inside the first
 * request's open transaction.
 */
export class SerialDriver implements Driver {
  readonly #inner: Driver;
  readonly #mutex = new Mutex();
  readonly #releases: Array<() => void> = [];

  constructor(inner: Driver) {
    this.#inner = inner;
  }

  init(): Promise<void> {
    return this.#inner.init();
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    this.#releases.push(await this.#mutex.acquire());
    return this.#inner.acquireConnection();
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    try {
      await this.#inner.releaseConnection(connection);
    } finally {
      this.#releases.shift()?.();
    }
  }

  /** Holds the connection for a piece of work done outside Kysely's own acquire/release. */
  async exclusive<T>(work: () => Promise<T>): Promise<T> {
    const release = await this.#mutex.acquire();
    try {
      return await work();
    } finally {
      release();
    }
  }

  beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    return this.#inner.beginTransaction(connection, settings);
  }

  commitTransaction(connection: DatabaseConnection): Promise<void> {
    return this.#inner.commitTransaction(connection);
  }

  rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    return this.#inner.rollbackTransaction(connection);
  }

  destroy(): Promise<void> {
    return this.#inner.destroy();
  }
}
