import type { DatabaseConnection, Driver, TransactionSettings } from 'kysely';

/** A first-come, first-served lock: `acquire` resolves with the function that releases it. */
export class Mutex {
  #tail: Promise<void> = Promise.resolve();

  /** With `timeoutMs`, rejects with `onTimeout()` if the lock is not free by then (the turn, when it comes, is passed on at once). */
  acquire(timeoutMs = 0, onTimeout?: () => Error): Promise<() => void> {
    let release!: () => void;
    const next = new Promise<void>((resolve) => (release = resolve));
    const ready = this.#tail.then(() => release);
    this.#tail = this.#tail.then(() => next);
    if (timeoutMs <= 0) return ready;
    return new Promise((resolve, reject) => {
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        reject(onTimeout?.() ?? new Error(`lock not free after ${timeoutMs} ms`));
      }, timeoutMs);
      void ready.then((granted) => {
        if (timedOut) return granted();
        clearTimeout(timer);
        resolve(granted);
      });
    });
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
  readonly #waitLimitMs: number;

  /**
   * `waitLimitMs` bounds how long a query waits for the connection (0 = no bound). PGlite cannot
   * cancel a running statement (it has no statement_timeout timer), so this is what stops one held
   * transaction from hanging every request behind it.
   */
  constructor(inner: Driver, waitLimitMs = 0) {
    this.#inner = inner;
    this.#waitLimitMs = waitLimitMs;
  }

  init(): Promise<void> {
    return this.#inner.init();
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    // 55P03 (lock_not_available): to the caller it is the same as a lock wait over its bound.
    const busy = () => Object.assign(new Error(`The embedded database was busy for ${this.#waitLimitMs} ms.`), { code: '55P03' });
    this.#releases.push(await this.#mutex.acquire(this.#waitLimitMs, busy));
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
