import { Problem } from './errors.js';

// SQLSTATEs that mean "the database is away or busy", not "this request is wrong": the same
// request can succeed a moment later, so the caller gets 503 and may retry.
const BUSY = new Set(['55P03', '57014']); // lock_not_available (lock_timeout), query_canceled (statement_timeout)
const AWAY = new Set([
  '57P01', // admin_shutdown: the backend was terminated or the server is stopping
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: the server is starting up or recovering
  '53300', // too_many_connections
  '25P03', // idle_in_transaction_session_timeout ended the connection
]);
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
// pg and pg-pool report a lost or unobtainable connection as plain Errors with these messages.
const LOST_CONNECTION =
  /^(Connection terminated|Client has encountered a connection error|Client was closed and is not queryable|timeout exceeded when trying to connect|Cannot use a pool after calling end|PGlite is closed)/;

/** The 503 to answer when `error` says the database is unreachable or a bound was hit; otherwise undefined. */
export function databaseFault(error: unknown): Problem | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (BUSY.has(code)) return new Problem('unavailable', 'The record is busy; try again in a moment.');
    // Class 08: connection exceptions.
    if (AWAY.has(code) || code.startsWith('08') || SOCKET_CODES.has(code)) return away();
  }
  const message = (error as { message?: unknown }).message;
  if (typeof message === 'string' && LOST_CONNECTION.test(message)) return away();
  // Embedded PGlite runs in WebAssembly: a crash there (out of memory, an abort) surfaces as this.
  if (error instanceof WebAssembly.RuntimeError) return away();
  // Node reports a refused connection to a host with several addresses as an AggregateError.
  if (error instanceof AggregateError && error.errors.some((inner) => databaseFault(inner))) return away();
  return undefined;
}

const away = () => new Problem('unavailable', 'The database is not answering right now; try again in a moment.');
