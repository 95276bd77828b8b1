import net from 'node:net';
import type { HearthApp } from './deps.js';
import { Problem, problemBody } from './errors.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(done: () => boolean, limitMs: number) {
  const giveUpAt = Date.now() + limitMs;
  while (!done() && Date.now() < giveUpAt) await sleep(20);
}

/**
 * Lets the server stop without dropping anyone. Closing the listener while clients are connecting
 * resets the connections the kernel has accepted but Node has not yet read, and closing a keep-alive
 * connection races a client writing its next request on it: either way the client sees a reset.
 * So the stop goes in steps:
 * 1. `refusing`: every new request gets a 503 problem, but connections are kept alive, so busy
 *    clients go on using the ones they have instead of opening new ones; requests in flight finish.
 * 2. Once no new connection has arrived for `graceMs` (clients are on the ones they have, so nobody
 *    is in the accept queue), the listener closes; a client that connects after this is refused cleanly.
 *    A connection that completes its handshake in the very instant the listener closes is reset by
 *    the kernel: no single process can prevent that (a load balancer draining first can), so the
 *    quiet time makes the instant one in which clients are not connecting.
 * 3. `closing`: each answer now says `Connection: close`, so every client closes its connection
 *    after its next request; we wait until they have (at most `idleLimitMs` — an idle connection
 *    is then closed as any idle keep-alive connection may be), then close the app.
 * Call before `listen`; the returned function performs the stop.
 */
export function prepareGracefulStop(app: HearthApp, { graceMs = 300, idleLimitMs = 5_000, drainLimitMs = 10_000 } = {}) {
  let phase: 'serving' | 'refusing' | 'closing' = 'serving';
  let inFlight = 0;
  let openConnections = 0;
  let lastConnectionAt = 0;
  app.server.on('connection', (socket: net.Socket) => {
    openConnections += 1;
    lastConnectionAt = Date.now();
    socket.once('close', () => (openConnections -= 1));
  });
  app.server.on('request', (_request, response) => {
    inFlight += 1;
    response.once('close', () => (inFlight -= 1));
  });
  // After the body is read: answering before it would close the connection on unread bytes, which
  // the kernel turns into a reset the client may see before the answer.
  app.addHook('preValidation', async (request, reply) => {
    if (phase === 'serving') return;
    return reply
      .code(503)
      .header('retry-after', '5')
      .type('application/problem+json')
      .send(problemBody(new Problem('unavailable', 'Hearth is stopping; try again in a moment.'), request.url.split('?')[0]));
  });
  // Once the listener is closed, answers ask the client to close its connection, so it does not
  // write the next request onto a connection that is about to close.
  app.addHook('onSend', async (_request, reply) => {
    if (phase === 'closing') reply.header('connection', 'close');
  });

  return async function stop() {
    phase = 'refusing';
    // The quiet time counts from now: a connection made just before the signal may still be
    // waiting in the accept queue.
    lastConnectionAt = Math.max(lastConnectionAt, Date.now());
    await until(() => inFlight === 0, drainLimitMs);
    await until(() => Date.now() - lastConnectionAt >= graceMs, drainLimitMs);
    // Stop accepting but keep the open connections (http.Server#close would also drop idle ones).
    // In the check phase, straight after the poll phase has accepted whatever was queued, so the
    // window in which a connection can land in the queue and be reset is as short as it can be.
    await new Promise<void>((resolve) =>
      setImmediate(() => {
        net.Server.prototype.close.call(app.server);
        resolve();
      }),
    );
    await sleep(graceMs);
    phase = 'closing';
    await until(() => openConnections === 0, idleLimitMs);
    await until(() => inFlight === 0, drainLimitMs);
    await app.close();
  };
}
